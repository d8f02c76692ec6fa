// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * SLEAP's greedy matching of one frame's predictions to its ground truth ({@code sleap.nn.evals.match_instances}):
 * predictions in descending score (ties in their order, unscored last) each take the still unmatched ground-truth
 * instance of highest OKS (the first on a tie); a prediction whose best OKS is 0 (or NaN) matches nothing; the
 * ground-truth instances left over are false negatives.
 *
 * @param pairs          the matched pairs, in matching order
 * @param falseNegatives the ground-truth instances no prediction matched
 * @param unmatched      the number of predictions that matched nothing
 */
public record InstanceMatching(List<MatchedPair> pairs, List<Pose> falseNegatives, int unmatched) {

	public InstanceMatching {
		pairs = List.copyOf(pairs);
		falseNegatives = List.copyOf(falseNegatives);
	}

	/** Matches with σ per node. */
	public static InstanceMatching of(List<Pose> truths, List<Pose> predictions, double[] stddev) {
		double[] scores = predictions.stream().mapToDouble(Pose::score).toArray();
		List<Pose> available = new ArrayList<>(truths);
		List<MatchedPair> pairs = new ArrayList<>();
		int matched = 0;
		for (int index : NumpyMath.descending(scores)) {
			if (available.isEmpty()) {
				break;
			}
			Pose prediction = predictions.get(index);
			double[] oks = new double[available.size()];
			for (int t = 0; t < oks.length; t++) {
				double similarity = Oks.of(available.get(t), prediction, stddev);
				oks[t] = similarity <= 0 ? Double.NaN : similarity;
			}
			int best = NumpyMath.descending(oks)[0];
			if (Double.isNaN(oks[best])) {
				continue;
			}
			pairs.add(new MatchedPair(available.remove(best), prediction, oks[best]));
			matched++;
		}
		return new InstanceMatching(pairs, available, predictions.size() - matched);
	}
}
