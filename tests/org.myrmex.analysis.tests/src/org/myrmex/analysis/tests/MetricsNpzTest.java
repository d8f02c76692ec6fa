// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.analysis.eval.Evaluation;
import org.myrmex.analysis.eval.Metrics;
import org.myrmex.analysis.eval.MetricsNpz;
import org.myrmex.analysis.eval.MetricsNpzReader;
import org.myrmex.analysis.eval.MetricsNpzReader.NpArray;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;

/**
 * {@link MetricsNpz} writes what SLEAP's {@code metrics.<split>.npz} holds: read back by the reader of SLEAP's own
 * files, every figure equals SLEAP's, and the keys are SLEAP's less its per-pair arrays.
 */
class MetricsNpzTest {
	private static final String RUN = "sleap/models/minimal_instance.UNet.bottomup/";

	@TempDir
	Path dir;

	@Test
	void writesSleapsMetricsFile() throws Exception {
		Path run = Fixtures.get(RUN);
		Evaluation evaluation = Evaluation.of(SlpReader.read(run.resolve("labels_gt.val.slp")), "gt",
				SlpReader.read(run.resolve("labels_pr.val.slp")), "pr");
		Path file = dir.resolve("metrics.val.npz");
		MetricsNpz.write(evaluation, file);
		// kept for a look with NumPy: np.load(f, allow_pickle=True)["metrics"].item()
		Files.createDirectories(Path.of("target"));
		Files.copy(file, Path.of("target/metrics.val.npz"), StandardCopyOption.REPLACE_EXISTING);
		Map<String, NpArray> ours = MetricsNpzReader.read(file);
		Map<String, NpArray> sleap = MetricsNpzReader.read(run.resolve("metrics.val.npz"));
		Set<String> expected = new TreeSet<>(sleap.keySet());
		expected.removeAll(Set.of("dist.dists", "pck.pcks", "oks_voc.match_scores", "pck_voc.match_scores"));
		assertEquals(expected, new TreeSet<>(ours.keySet()));
		for (String key : expected) {
			assertArrayEquals(sleap.get(key).shape(), ours.get(key).shape(), key);
			assertArrayEquals(sleap.get(key).values(), ours.get(key).values(), 1e-9, key);
		}
		Metrics m = evaluation.metrics();
		assertEquals(m.oksVoc().mAP(), ours.get("oks_voc.mAP").scalar());
		assertEquals(0.7505, ours.get("oks_voc.mAP").scalar(), 0.0005);
	}
}
