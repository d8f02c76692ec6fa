// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
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
		for (var method : LearningCurveReport.rounds(out, "labels_pr.test.slp").entrySet()) {
			for (var budget : method.getValue().entrySet()) {
				double[] sum = new double[4];
				for (Path run : budget.getValue().values()) {
					Labels truth = LabelsFiles.load(run.resolve("labels_gt.test.slp"));
					Labels predicted = LabelsFiles.load(run.resolve("labels_pr.test.slp"));
					Metrics before = metrics(EcoreUtil.copy(truth), EcoreUtil.copy(predicted), split, false);
					Metrics after = metrics(truth, predicted, split, true);
					sum[0] += before.oksVoc().mAP();
					sum[1] += after.oksVoc().mAP();
					sum[2] += before.distance().p95();
					sum[3] += after.distance().p95();
				}
				int seeds = budget.getValue().size();
				System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.1f px | %.1f px |%n", method.getKey(),
						budget.getKey(), sum[0] / seeds, sum[1] / seeds, sum[2] / seeds, sum[3] / seeds);
			}
		}
	}

	/** @return the metrics of the frames before {@code split} ({@code from} false) or from it on; drops the rest */
	private static Metrics metrics(Labels truth, Labels predicted, int split, boolean from) throws Exception {
		truth.getLabeledFrames().removeIf(f -> f.getFrameIndex() >= split != from);
		predicted.getLabeledFrames().removeIf(f -> f.getFrameIndex() >= split != from);
		return Evaluation.of(truth, "truth", predicted, "predictions").metrics();
	}
}
