// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code myrmex eval} on the ant group's top-down model and SLEAP's test models. */
class EvalCommandTest extends CommandTest {
	private static final String ANTS = "ants/models/general_models/filter_32-stride_32.240425_031454.centered_instance/";

	@TempDir
	Path dir;

	private static String fixture(String path) {
		return Fixtures.get(path).toString();
	}

	/** @return the whitespace-separated words of the first printed line starting with {@code start} */
	private List<String> words(String start) {
		String line = out().lines().filter(l -> l.startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no line starting '" + start + "' in\n" + out()));
		return List.of(line.trim().split("\\s+"));
	}

	@Test
	void printsSleapsNumbers() {
		assertEquals(Command.OK, run("eval", fixture(ANTS + "labels_gt.test.slp"), fixture(ANTS + "labels_pr.test.slp")));
		// SLEAP's metrics.test.npz: OKS mAP 0.7207, mAR 0.7984, mOKS 0.8728; PCK mAP 0.4173, mAR 0.5144
		assertEquals(List.of("mAP", "mAR", "mean"), words("   "));
		assertEquals(List.of("OKS", "0.7207", "0.7984", "0.8728"), words("OKS"));
		assertEquals(List.of("PCK", "0.4173", "0.5144", "0.7300"), words("PCK"));
		assertEquals(List.of("Distance", "(px):", "mean", "3.9713", "p50", "2.0694", "p75", "3.3477", "p90", "6.6608",
				"p95", "11.3003", "p99", "42.4640"), words("Distance"));
		assertEquals(List.of("Visibility:", "precision", "0.9881", "recall", "0.9774", "(tp", "2161,", "fp", "26,", "tn",
				"13,", "fn", "50)"), words("Visibility"));
		assertTrue(out().contains("Frames: 21 paired; instances: 125 ground truth, 125 predicted, 125 matched, 0 missed"),
				out());
		assertEquals("Head", words("  Head").get(0));
		assertEquals(9, words("  Head").size(), "node, points, mean, p50, p90, p95, PCK, vis P, vis R");
	}

	@Test
	void writesTheMetricsAsJson() throws Exception {
		Path json = dir.resolve("metrics.test.json");
		assertEquals(Command.OK, run("eval", fixture(ANTS + "labels_gt.test.slp"), fixture(ANTS + "labels_pr.test.slp"),
				"--json", json.toString()), err());
		assertTrue(out().contains("Wrote " + json), out());
		JsonNode root = new ObjectMapper().readTree(json.toFile());
		assertEquals(0.720745, root.get("oks_voc.mAP").asDouble(), 0.0000005);
		assertEquals(0.7984, root.get("oks_voc.mAR").asDouble(), 1e-9);
		assertEquals(0.417340, root.get("pck_voc.mAP").asDouble(), 0.0000005);
		assertEquals(11.300349, root.get("dist.p95").asDouble(), 0.0000005);
		assertEquals(2161, root.get("vis.tp").asInt());
		assertEquals(10, root.get("oks_voc.AP").size());
		assertEquals(101, root.get("oks_voc.precisions").get(0).size());
		assertEquals(18, root.get("nodes").size());
		assertEquals("Head", root.get("nodes").get(0).get("name").asText());
		assertEquals(125, root.get("instances.matched").asInt());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(json), files.toList(), "no temporary file left");
		}
	}

	@Test
	void evaluatesUserInstancesAsUnscoredPredictions() {
		String truth = fixture("sleap/models/minimal_instance.UNet.centered_instance/labels_gt.val.slp");
		assertEquals(Command.OK, run("eval", truth, truth));
		assertEquals(List.of("OKS", "1.0000", "1.0000", "1.0000"), words("OKS"));
		assertTrue(words("Distance").containsAll(List.of("p50", "0.0000", "p99")), out());
		assertTrue(out().contains("Note: " + truth + " holds no predicted instances: its user instances are evaluated"
				+ " as predictions without scores, ranked in file order"), out());
	}

	@Test
	void refusesDifferentSkeletonsWritingNothing() {
		Path json = dir.resolve("m.json");
		String truth = fixture(ANTS + "labels_gt.test.slp");
		String predictions = fixture("sleap/models/minimal_instance.UNet.centered_instance/labels_pr.val.slp");
		assertEquals(Command.FAILED, run("eval", truth, predictions, "--json", json.toString()));
		assertTrue(err().startsWith("myrmex eval: different skeletons: " + truth + " has nodes [Head, "), err());
		assertTrue(err().contains(predictions + " skeleton 'Skeleton-0' has [A, B]; only in " + truth
				+ ": Head, "), err());
		assertTrue(err().contains("; only in " + predictions + ": A, B"), err());
		assertFalse(Files.exists(json));
		assertEquals("", out());
	}

	@Test
	void refusesDifferentVideosWritingNothing() throws Exception {
		Labels predictions = SlpReader.read(Fixtures.get(ANTS + "labels_pr.test.slp"));
		String renamed = predictions.getVideos().get(0).getFilename();
		predictions.getVideos().get(0).setFilename("/elsewhere/other.mp4");
		Path moved = dir.resolve("moved.slp");
		SlpWriter.write(predictions, moved, new NullProgressMonitor());
		Path json = dir.resolve("m.json");
		String truth = fixture(ANTS + "labels_gt.test.slp");
		assertEquals(Command.FAILED, run("eval", truth, moved.toString(), "--json", json.toString()));
		assertEquals("myrmex eval: different videos: " + truth + " labels " + renamed + ", not in " + moved + "; "
				+ moved + " predicts /elsewhere/other.mp4, not in " + truth, err().strip());
		assertFalse(Files.exists(json));
	}

	@Test
	void namesAMissingFile() {
		Path missing = dir.resolve("missing.slp");
		Path json = dir.resolve("m.json");
		assertEquals(Command.FAILED, run("eval", fixture(ANTS + "labels_gt.test.slp"), missing.toString(), "--json",
				json.toString()));
		assertEquals("myrmex eval: " + missing + ": no such file", err().strip());
		assertFalse(Files.exists(json));
	}

	@Test
	void explainsBadArguments() {
		assertEquals(Command.USAGE, run("eval", fixture(ANTS + "labels_gt.test.slp")));
		assertTrue(err().contains("eval takes two files, GT.slp and PR.slp"), err());
		String truth = fixture(ANTS + "labels_gt.test.slp");
		assertEquals(Command.USAGE, run("eval", truth, fixture(ANTS + "labels_pr.test.slp"), "--json", truth));
		assertTrue(err().contains("would overwrite an input file"), err());
		assertEquals(Command.OK, run("--help"));
		assertTrue(out().contains("  eval "), out());
	}
}
