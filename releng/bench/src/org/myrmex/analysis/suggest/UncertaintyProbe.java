// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.nn.predict.PosePredictor;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * {@code learning-curve probe LABELS ROUND_DIR}: how well each of active learning's uncertainty terms tracks the
 * error the round's models (its {@code centroid} and {@code centered_instance}) really make. Every second pool frame
 * of the sample project (all labelled: exact ground truth) is predicted directly and mirrored; per frame the mean
 * node distance of each ground-truth ant to its nearest prediction (capped at 40 px) is set beside each term, and
 * the Spearman rank correlation of term and error printed.
 */
public final class UncertaintyProbe {
	private static final double CAP = 40;

	private UncertaintyProbe() {
	}

	public static void run(Path labelsFile, Path round) throws Exception {
		Labels labels = LabelsFiles.load(labelsFile);
		List<Path> models = List.of(round.resolve("centroid"), round.resolve("centered_instance"));
		Set<Integer> heldOut = new HashSet<>(LearningCurvePicks.heldOut(labels));
		List<LabeledFrame> frames = List.copyOf(labels.getLabeledFrames());
		List<double[]> rows = new ArrayList<>();
		try (PosePredictor predictor = ModelPredictor.open(labels, labelsFile, models);
				VideoSource source = Videos.open(frames.get(0).getVideo(), labelsFile)) {
			int[] flip = ModelPredictor.flip(predictor, labels);
			ColorMode mode = source.channels() == 3 ? ColorMode.RGB : ColorMode.GRAY;
			for (int i = 0; i < frames.size(); i += 2) {
				if (heldOut.contains(i)) {
					continue;
				}
				VideoFrame frame = source.read(frames.get(i).getFrameIndex(), mode);
				List<PredictedPose> direct = predictor.predict(List.of(frame)).get(0);
				List<PredictedPose> mirrored = predictor.predict(List.of(Uncertainty.mirror(frame))).get(0);
				Uncertainty all = Uncertainty.of(direct, mirrored, frame.width(), flip);
				Uncertainty alone = Uncertainty.of(direct);
				rows.add(new double[] { error(frames.get(i), direct), 1 - all.confidence(), all.disagreement(),
						all.spread(), all.value(), alone.value() });
			}
		}
		System.out.printf(Locale.ROOT, "%s: %d pool frames, mean error %.2f px; Spearman correlation with the error:%n",
				round, rows.size(), rows.stream().mapToDouble(r -> r[0]).average().orElse(0));
		String[] names = { "1 - confidence", "mirror disagreement", "map spread", "all three", "without the mirror" };
		for (int t = 0; t < names.length; t++) {
			System.out.printf(Locale.ROOT, "  %-20s %.3f%n", names[t], spearman(rows, t + 1));
		}
	}

	/** @return the mean over ground-truth ants of the mean node distance to the nearest prediction, capped */
	private static double error(LabeledFrame frame, List<PredictedPose> predicted) {
		double sum = 0;
		int ants = 0;
		for (Instance truth : frame.getInstances()) {
			PointArray p = truth.getPoints();
			double best = CAP;
			for (PredictedPose pose : predicted) {
				double d = 0;
				int nodes = 0;
				for (int n = 0; n < p.size(); n++) {
					if (p.visible(n)) {
						nodes++;
						d += pose.visible(n) ? Math.min(CAP, Math.hypot(pose.x(n) - p.x(n), pose.y(n) - p.y(n))) : CAP;
					}
				}
				best = Math.min(best, nodes == 0 ? CAP : d / nodes);
			}
			sum += best;
			ants++;
		}
		return ants == 0 ? 0 : sum / ants;
	}

	private static double spearman(List<double[]> rows, int column) {
		double[] x = ranks(rows, column);
		double[] y = ranks(rows, 0);
		double mx = Arrays.stream(x).average().orElse(0);
		double my = Arrays.stream(y).average().orElse(0);
		double xy = 0, xx = 0, yy = 0;
		for (int i = 0; i < x.length; i++) {
			xy += (x[i] - mx) * (y[i] - my);
			xx += (x[i] - mx) * (x[i] - mx);
			yy += (y[i] - my) * (y[i] - my);
		}
		return xy / Math.sqrt(xx * yy);
	}

	private static double[] ranks(List<double[]> rows, int column) {
		Integer[] order = new Integer[rows.size()];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(rows.get(i)[column]) ? 0 : rows.get(i)[column]));
		double[] rank = new double[order.length];
		for (int i = 0; i < order.length; i++) {
			rank[order[i]] = i;
		}
		return rank;
	}
}
