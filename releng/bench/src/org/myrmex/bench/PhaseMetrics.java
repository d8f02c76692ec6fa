// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myrmex.analysis.eval.Evaluation;
import org.myrmex.analysis.eval.Metrics;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;

/**
 * {@code learning-curve phases OUT_DIR FRAME}: each finished round's held-out evaluation split at a frame index — the
 * held-out frames before FRAME and those from it on (on {@code tracks/clip.slp}, 1000: the flies sit still before
 * and walk after) — OKS mAP and the 95th percentile of node distances per method and budget, mean over the seeds.
 */
final class PhaseMetrics {
	private PhaseMetrics() {
	}

	static void run(Path out, int split) throws Exception {
		System.out.printf("| method | frames | mAP before %d | mAP from %d | dist p95 before | dist p95 from |%n", split,
				split);
		System.out.println("|---|---:|---:|---:|---:|---:|");
		for (String method : List.of("random", "image_features", "active_learning")) {
			for (int budget : budgets(out.resolve(method))) {
				double[] sum = new double[4];
				int seeds = 0;
				for (Path seed : list(out.resolve(method))) {
					Path run = seed.resolve("k" + budget).resolve("centered_instance");
					if (!Files.isRegularFile(run.resolve("labels_pr.test.slp"))) {
						continue;
					}
					Metrics before = metrics(run, split, false);
					Metrics after = metrics(run, split, true);
					sum[0] += before.oksVoc().mAP();
					sum[1] += after.oksVoc().mAP();
					sum[2] += before.distance().p95();
					sum[3] += after.distance().p95();
					seeds++;
				}
				if (seeds > 0) {
					System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.1f px | %.1f px |%n", method, budget,
							sum[0] / seeds, sum[1] / seeds, sum[2] / seeds, sum[3] / seeds);
				}
			}
		}
	}

	private static Metrics metrics(Path run, int split, boolean from) throws Exception {
		Labels truth = LabelsFiles.load(run.resolve("labels_gt.test.slp"));
		Labels predicted = LabelsFiles.load(run.resolve("labels_pr.test.slp"));
		truth.getLabeledFrames().removeIf(f -> f.getFrameIndex() >= split != from);
		predicted.getLabeledFrames().removeIf(f -> f.getFrameIndex() >= split != from);
		return Evaluation.of(truth, "truth", predicted, "predictions").metrics();
	}

	private static List<Integer> budgets(Path method) throws Exception {
		List<Integer> out = new ArrayList<>();
		for (Path seed : list(method)) {
			for (Path round : list(seed)) {
				int k = Integer.parseInt(round.getFileName().toString().substring(1));
				if (!out.contains(k)) {
					out.add(k);
				}
			}
		}
		out.sort(null);
		return out;
	}

	private static List<Path> list(Path dir) throws Exception {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (var s = Files.list(dir)) {
			return s.filter(Files::isDirectory).sorted().toList();
		}
	}
}
