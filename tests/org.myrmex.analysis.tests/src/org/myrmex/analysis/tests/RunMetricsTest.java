// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.analysis.eval.RunMetrics;
import org.myrmex.analysis.eval.RunMetrics.SplitFile;
import org.myrmex.analysis.eval.SplitMetrics;
import org.myrmex.analysis.eval.SplitMetrics.NodeDistances;
import org.myrmex.fixtures.Fixtures;

/** The figures runs are compared by, from SLEAP's metrics files of the ant runs and from Myrmex's JSON. */
class RunMetricsTest {
	private static final String RUNS = "ants/models/general_models/filter_32-stride_32.240425_031454.";

	@Test
	void readsSleapNpzOfTheCentredInstanceRun() {
		List<SplitFile> files = RunMetrics.read(Fixtures.get(RUNS + "centered_instance"));

		assertEquals(List.of("train", "val", "test"), files.stream().map(SplitFile::split).toList());
		SplitMetrics val = files.get(1).metrics();
		assertNull(files.get(1).problem());
		// values printed by NumPy from the same file
		assertEquals(0.7433149780640426, val.oksMap(), 1e-15);
		assertEquals(0.8094488188976378, val.oksMar(), 1e-15);
		assertEquals(0.4545278620927709, val.pckMap(), 1e-15);
		assertEquals(2.095902005487889, val.distP50(), 1e-12);
		assertEquals(6.177963860082826, val.distP90(), 1e-12);
		assertEquals(10.826633808127024, val.distP95(), 1e-12);
		assertEquals(0.9919064748201439, val.visPrecision(), 1e-15);
		assertEquals(0.9826280623608018, val.visRecall(), 1e-15);
		assertEquals(18, val.nodes().size());
		NodeDistances head = val.nodes().get(0);
		assertEquals("Head", head.node());
		assertTrue(head.distances().length > 0 && head.distances().length <= 127);
		assertEquals(2.197987283101205, head.summary().p50(), 1e-12); // np.nanmedian(dist.dists[:, 0])
		assertEquals(0.720744656032123, files.get(2).metrics().oksMap(), 1e-15);
	}

	@Test
	void readsTheCentroidRunsSplits() {
		List<SplitFile> files = RunMetrics.read(Fixtures.get(RUNS + "centroid"));

		assertEquals(3, files.size());
		assertEquals(0.7249998132968639, files.get(0).metrics().oksMap(), 1e-15);
		assertEquals(1.0, files.get(2).metrics().visRecall());
	}

	@Test
	void prefersMyrmexJsonAndReportsAnUnreadableFileWhileTheOthersRead(@TempDir Path run) throws IOException {
		Files.writeString(run.resolve("metrics.val.json"), """
				{"oks_voc.mAP": 0.5, "oks_voc.mAR": 0.625, "pck_voc.mAP": null, "dist.p50": 1.5, "dist.p90": 3,
				 "dist.p95": 4, "vis.precision": 1, "vis.recall": 0.75,
				 "nodes": [{"name": "Head", "dist.count": 2, "dist.avg": 1, "dist.p50": 1, "dist.p75": 1.5,
				            "dist.p90": 1.8, "dist.p95": 1.9, "dist.p99": 1.98}]}
				""");
		Files.copy(Fixtures.get(RUNS + "centroid/metrics.val.npz"), run.resolve("metrics.val.npz"));
		Files.write(run.resolve("metrics.test.npz"), new byte[] { 'P', 'K', 3, 4, 0, 0 });
		Files.writeString(run.resolve("metrics.train.json"), "{\"oks_voc.mAP\": ");

		List<SplitFile> files = RunMetrics.read(run);

		assertEquals(List.of("train", "val", "test"), files.stream().map(SplitFile::split).toList());
		assertNull(files.get(0).metrics());
		assertTrue(files.get(0).problem().startsWith(run.resolve("metrics.train.json") + " is not valid JSON"),
				files.get(0).problem());
		SplitMetrics val = files.get(1).metrics();
		assertEquals(run.resolve("metrics.val.json"), val.file());
		assertEquals(0.625, val.oksMar());
		assertTrue(Double.isNaN(val.pckMap()));
		assertEquals("Head", val.nodes().get(0).node());
		assertEquals(1.5, val.nodes().get(0).summary().p75());
		assertEquals(0, val.nodes().get(0).distances().length);
		assertNull(files.get(2).metrics());
		assertTrue(files.get(2).problem().startsWith(run.resolve("metrics.test.npz").toString()),
				files.get(2).problem());
		assertTrue(RunMetrics.evaluated(run));
	}

	@Test
	void findsNothingInARunNotEvaluated(@TempDir Path run) throws IOException {
		Files.writeString(run.resolve("training_config.json"), "{}");

		assertEquals(List.of(), RunMetrics.read(run));
		assertFalse(RunMetrics.evaluated(run));
	}
}
