// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.video.VideoFrame;

/**
 * How little a model knows a frame, from its predictions of the frame and of the frame mirrored left/right: the
 * mean peak confidence of its points (low is unsure), how far the mirrored prediction, mapped back (x → w − 1 −
 * x, symmetric nodes swapped), lands from the direct one (a model that knows the animal predicts both alike), and
 * how spread its confidence maps are (per node the strongest other peak relative to the node's peak: a model torn
 * between two places for a node has a second peak nearly as high).
 *
 * @param confidence   mean point score of the direct prediction, 0–1 (0 when it found nothing)
 * @param disagreement 0 (the mirrored prediction agrees) to 1 (nothing in common); NaN when left out (a model
 *                     trained without left/right flips)
 * @param spread       mean spread of the direct prediction's nodes, 0 (sharp single peaks) to 1 (two equal peaks);
 *                     NaN where the predictor gives none (bottom-up models)
 */
record Uncertainty(double confidence, double disagreement, double spread) {

	/** @return the frame's uncertainty, 0–1: the mean of unconfidence, disagreement and spread, those it has */
	double value() {
		double sum = 1 - confidence;
		int terms = 1;
		if (!Double.isNaN(disagreement)) {
			sum += disagreement;
			terms++;
		}
		if (!Double.isNaN(spread)) {
			sum += spread;
			terms++;
		}
		return sum / terms;
	}

	/** @return the terms for a suggestion's reason: {@code confidence 0.53, mirror disagreement 0.91, map spread 0.52} */
	String terms() {
		return String.format(Locale.ROOT, "confidence %.2f, mirror disagreement %s, map spread %s", confidence,
				Double.isNaN(disagreement) ? "left out" : String.format(Locale.ROOT, "%.2f", disagreement),
				Double.isNaN(spread) ? "none" : String.format(Locale.ROOT, "%.2f", spread));
	}

	/** @return the uncertainty of a direct prediction alone: confidence and spread, no mirror disagreement */
	static Uncertainty of(List<PredictedPose> direct) {
		double scores = 0;
		int points = 0;
		double spreads = 0;
		int spread = 0;
		for (PredictedPose pose : direct) {
			for (int n = 0; n < pose.nodeCount(); n++) {
				if (pose.visible(n)) {
					double score = pose.pointScores()[n];
					scores += Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
					points++;
					if (!Double.isNaN(pose.pointSpreads()[n])) {
						spreads += pose.pointSpreads()[n];
						spread++;
					}
				}
			}
		}
		return new Uncertainty(points == 0 ? 0 : scores / points, Double.NaN,
				spread == 0 ? Double.NaN : spreads / spread);
	}

	/**
	 * @param flip node permutation of a left/right mirror, in the predictor's node order
	 */
	static Uncertainty of(List<PredictedPose> direct, List<PredictedPose> mirrored, int width, int[] flip) {
		if (direct.isEmpty() && mirrored.isEmpty()) {
			return new Uncertainty(0, 1, Double.NaN);
		}
		List<PredictedPose> back = new ArrayList<>();
		for (PredictedPose pose : mirrored) {
			back.add(unmirror(pose, width, flip));
		}
		Uncertainty alone = of(direct);
		// greedy pairing by centroid; every pose left unpaired disagrees fully
		double disagreement = 0;
		List<PredictedPose> left = new ArrayList<>(back);
		for (PredictedPose pose : direct) {
			PredictedPose best = null;
			double bestDistance = Double.POSITIVE_INFINITY;
			for (PredictedPose other : left) {
				double d = distance(centroid(pose), centroid(other));
				if (d < bestDistance) {
					bestDistance = d;
					best = other;
				}
			}
			if (best == null) {
				disagreement += 1;
			} else {
				left.remove(best);
				disagreement += disagreement(pose, best);
			}
		}
		disagreement += left.size();
		return new Uncertainty(alone.confidence(), disagreement / Math.max(direct.size(), back.size()),
				alone.spread());
	}

	/** @return the frame mirrored left/right */
	static VideoFrame mirror(VideoFrame frame) {
		int w = frame.width();
		int c = frame.channels();
		byte[] in = frame.pixels();
		byte[] out = new byte[in.length];
		for (int y = 0; y < frame.height(); y++) {
			int row = y * w * c;
			for (int x = 0; x < w; x++) {
				System.arraycopy(in, row + x * c, out, row + (w - 1 - x) * c, c);
			}
		}
		return VideoFrame.wrap(w, frame.height(), c, out);
	}

	private static PredictedPose unmirror(PredictedPose pose, int width, int[] flip) {
		int nodes = pose.nodeCount();
		double[] points = new double[2 * nodes];
		double[] scores = new double[nodes];
		double[] spreads = new double[nodes];
		for (int n = 0; n < nodes; n++) {
			int to = flip[n];
			double x = pose.x(n);
			points[2 * to] = Double.isNaN(x) ? Double.NaN : width - 1 - x;
			points[2 * to + 1] = pose.y(n);
			scores[to] = pose.pointScores()[n];
			spreads[to] = pose.pointSpreads()[n];
		}
		return new PredictedPose(points, scores, pose.score(), spreads);
	}

	/** Mean over nodes of the distance in tenths of the instance's size (capped at 1); a node one shows alone: 1. */
	private static double disagreement(PredictedPose a, PredictedPose b) {
		double scale = Math.max(10, 0.1 * size(a));
		double sum = 0;
		int nodes = 0;
		for (int n = 0; n < a.nodeCount(); n++) {
			boolean va = a.visible(n);
			boolean vb = b.visible(n);
			if (!va && !vb) {
				continue;
			}
			nodes++;
			sum += va && vb ? Math.min(1, Math.hypot(a.x(n) - b.x(n), a.y(n) - b.y(n)) / scale) : 1;
		}
		return nodes == 0 ? 1 : sum / nodes;
	}

	private static double size(PredictedPose pose) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (int n = 0; n < pose.nodeCount(); n++) {
			if (pose.visible(n)) {
				minX = Math.min(minX, pose.x(n));
				maxX = Math.max(maxX, pose.x(n));
				minY = Math.min(minY, pose.y(n));
				maxY = Math.max(maxY, pose.y(n));
			}
		}
		return minX > maxX ? 0 : Math.hypot(maxX - minX, maxY - minY);
	}

	private static double[] centroid(PredictedPose pose) {
		double x = 0, y = 0;
		int n = 0;
		for (int i = 0; i < pose.nodeCount(); i++) {
			if (pose.visible(i)) {
				x += pose.x(i);
				y += pose.y(i);
				n++;
			}
		}
		return n == 0 ? null : new double[] { x / n, y / n };
	}

	private static double distance(double[] a, double[] b) {
		return a == null || b == null ? Double.POSITIVE_INFINITY : Math.hypot(a[0] - b[0], a[1] - b[1]);
	}
}
