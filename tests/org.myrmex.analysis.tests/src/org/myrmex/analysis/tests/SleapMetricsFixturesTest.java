// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.myrmex.analysis.eval.Evaluation;
import org.myrmex.analysis.eval.Metrics;
import org.myrmex.analysis.eval.VocMetrics;
import org.myrmex.analysis.eval.MetricsNpzReader;
import org.myrmex.analysis.eval.MetricsNpzReader.NpArray;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;

/**
 * The evaluator against SLEAP's own numbers: every {@code metrics.<split>.npz} of the fixture model folders was
 * computed by SLEAP from the {@code labels_gt.<split>.slp} / {@code labels_pr.<split>.slp} pair beside it.
 */
class SleapMetricsFixturesTest {
	/** Far inside the issue's ±0.0005: the evaluator follows NumPy's order of summation. */
	private static final double TOLERANCE = 1e-9;
	private static final String ANTS = "ants/models/general_models/filter_32-stride_32.240425_031454.";
	private static final String MINIMAL = "sleap/models/minimal_instance.UNet.";

	/** Every fixture model folder's split with SLEAP's metrics and both labels files. */
	private static List<Path> metricsFiles() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Stream.concat(Files.walk(Fixtures.get("ants/models")),
				Files.walk(Fixtures.get("sleap/models")))) {
			files = walk.filter(p -> p.getFileName().toString().matches("metrics\\.\\w+\\.npz")).sorted()
					.filter(p -> Files.exists(labels(p, "gt")) && Files.exists(labels(p, "pr"))).toList();
		}
		return files;
	}

	private static Path labels(Path metrics, String kind) {
		String split = metrics.getFileName().toString().split("\\.")[1];
		return metrics.resolveSibling("labels_" + kind + "." + split + ".slp");
	}

	@Test
	void everyFixtureSplitIsCompared() throws IOException {
		// ants: centered_instance and centroid × train/val/test; SLEAP's minimal_instance centroid,
		// centered_instance and bottomup × train/val
		assertEquals(12, metricsFiles().size(), metricsFiles().toString());
	}

	/** The issue's table of SLEAP's numbers, to ±0.0005, independently of the .npz reader. */
	@Test
	void matchesTheIssuesTable() throws Exception {
		// OKS mAP, OKS mAR, PCK mAP, dist p50, p90, p95, vis precision, vis recall
		table(ANTS + "centered_instance", "test", 0.7207, 0.7984, 0.4173, 2.0694, 6.6608, 11.3003, 0.9881, 0.9774);
		table(ANTS + "centered_instance", "val", 0.7433, 0.8094, 0.4545, 2.0959, 6.1780, 10.8266, 0.9919, 0.9826);
		table(ANTS + "centroid", "test", 0.5566, 0.6000, 0.5566, 0.0, 267.807, 339.3444, 0.9916, 1.0);
		table(MINIMAL + "centered_instance", "val", 0.8252, 0.85, 0.9252, 0.9978, 1.3775, 1.4410, 1.0, 1.0);
		table(MINIMAL + "bottomup", "val", 0.7505, 0.75, 1.0, 1.0186, 1.6417, 1.7687, 1.0, 1.0);
	}

	private static void table(String folder, String split, double... expected) throws Exception {
		Path dir = Fixtures.get(folder);
		Metrics m = Evaluation.of(SlpReader.read(dir.resolve("labels_gt." + split + ".slp")), "gt",
				SlpReader.read(dir.resolve("labels_pr." + split + ".slp")), "pr").metrics();
		double[] actual = { m.oksVoc().mAP(), m.oksVoc().mAR(), m.pckVoc().mAP(), m.distance().p50(),
				m.distance().p90(), m.distance().p95(), m.visibility().precision(), m.visibility().recall() };
		assertArrayEquals(expected, actual, 0.0005, folder + " " + split);
	}

	@TestFactory
	Stream<DynamicTest> matchesSleapsMetricsOnEverySplit() throws IOException {
		return metricsFiles().stream().map(file -> DynamicTest.dynamicTest(
				file.getParent().getFileName() + "/" + file.getFileName(), () -> compare(file)));
	}

	private static void compare(Path file) throws Exception {
		Map<String, NpArray> sleap = MetricsNpzReader.read(file);
		Metrics metrics = Evaluation.of(SlpReader.read(labels(file, "gt")), "gt", SlpReader.read(labels(file, "pr")),
				"pr").metrics();
		String where = file.toString();
		assertEquals(sleap.get("dist.dists").shape()[0], metrics.matched(), where + ": matched pairs");
		assertEquals(sleap.get("dist.dists").shape()[1], metrics.nodes().size(), where + ": nodes");
		assertEquals(sleap.get("vis.tp").scalar(), metrics.visibility().tp(), where + ": vis.tp");
		assertEquals(sleap.get("vis.fp").scalar(), metrics.visibility().fp(), where + ": vis.fp");
		assertEquals(sleap.get("vis.tn").scalar(), metrics.visibility().tn(), where + ": vis.tn");
		assertEquals(sleap.get("vis.fn").scalar(), metrics.visibility().fn(), where + ": vis.fn");
		close(sleap, "vis.precision", metrics.visibility().precision(), where);
		close(sleap, "vis.recall", metrics.visibility().recall(), where);
		close(sleap, "dist.avg", metrics.distance().mean(), where);
		close(sleap, "dist.p50", metrics.distance().p50(), where);
		close(sleap, "dist.p75", metrics.distance().p75(), where);
		close(sleap, "dist.p90", metrics.distance().p90(), where);
		close(sleap, "dist.p95", metrics.distance().p95(), where);
		close(sleap, "dist.p99", metrics.distance().p99(), where);
		assertArrayEquals(sleap.get("pck.thresholds").values(), metrics.pckThresholds(), where);
		assertArrayEquals(sleap.get("pck.mPCK_parts").values(),
				metrics.perNode().stream().mapToDouble(n -> n.pck()).toArray(), TOLERANCE, where + ": pck.mPCK_parts");
		close(sleap, "pck.mPCK", metrics.meanPck(), where);
		close(sleap, "oks.mOKS", metrics.meanOks(), where);
		voc(sleap, "oks_voc", metrics.oksVoc(), where);
		voc(sleap, "pck_voc", metrics.pckVoc(), where);
	}

	private static void voc(Map<String, NpArray> sleap, String name, VocMetrics voc, String where) {
		assertArrayEquals(sleap.get(name + ".match_score_thresholds").values(), voc.matchScoreThresholds(),
				where + ": " + name + ".match_score_thresholds");
		assertArrayEquals(sleap.get(name + ".recall_thresholds").values(), voc.recallThresholds(),
				where + ": " + name + ".recall_thresholds");
		assertArrayEquals(sleap.get(name + ".AP").values(), voc.ap(), TOLERANCE, where + ": " + name + ".AP");
		assertArrayEquals(sleap.get(name + ".AR").values(), voc.ar(), TOLERANCE, where + ": " + name + ".AR");
		close(sleap, name + ".mAP", voc.mAP(), where);
		close(sleap, name + ".mAR", voc.mAR(), where);
	}

	private static void close(Map<String, NpArray> sleap, String key, double actual, String where) {
		assertEquals(sleap.get(key).scalar(), actual, TOLERANCE, where + ": " + key);
	}
}
