// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

/**
 * SLEAP's generalised VOC metrics ({@code sleap.nn.evals.compute_generalized_voc_metrics}): the matched pairs ranked
 * by detection score; at each match-score threshold a pair is a true positive when its match score (OKS, or PCK) is
 * at least the threshold, else a false positive, and the ground-truth instances no prediction matched are missed;
 * precision made monotone, read at each recall threshold; AP the mean over recall thresholds, AR the final recall;
 * mAP and mAR their means over the match-score thresholds.
 *
 * @param matchScoreThresholds SLEAP's {@code np.linspace(0.5, 0.95, 10)}
 * @param recallThresholds     SLEAP's {@code np.linspace(0, 1, 101)}
 * @param precisions           precision per match-score threshold and recall threshold
 * @param recalls              the recall reached per match-score threshold
 * @param ap                   average precision per match-score threshold
 * @param mAP                  the mean of all precisions
 * @param mAR                  the mean of the recalls
 */
public record VocMetrics(double[] matchScoreThresholds, double[] recallThresholds, double[][] precisions,
		double[] recalls, double[] ap, double mAP, double mAR) {

	/** SLEAP's match-score thresholds, 0.50:0.05:0.95. */
	public static double[] sleapMatchScoreThresholds() {
		return NumpyMath.linspace(0.5, 0.95, 10);
	}

	/** SLEAP's recall thresholds, 0.00:0.01:1.00. */
	public static double[] sleapRecallThresholds() {
		return NumpyMath.linspace(0, 1, 101);
	}

	/** @return the recall per match-score threshold (SLEAP's AR) */
	public double[] ar() {
		return recalls.clone();
	}

	/**
	 * @param detectionScores the predictions' scores of the matched pairs (NaN for unscored: ranked last)
	 * @param matchScores     the match score of each pair, in the same order
	 * @param groundTruth     the number of ground-truth instances (matched and missed)
	 */
	public static VocMetrics of(double[] detectionScores, double[] matchScores, int groundTruth) {
		if (detectionScores.length != matchScores.length) {
			throw new IllegalArgumentException(detectionScores.length + " detection scores for " + matchScores.length
					+ " match scores");
		}
		double[] thresholds = sleapMatchScoreThresholds();
		double[] recallThresholds = sleapRecallThresholds();
		Integer[] order = NumpyMath.descending(detectionScores);
		double[] ranked = new double[order.length];
		for (int i = 0; i < order.length; i++) {
			ranked[i] = matchScores[order[i]];
		}
		double[][] precisions = new double[thresholds.length][];
		double[] recalls = new double[thresholds.length];
		double[] ap = new double[thresholds.length];
		double[] all = new double[thresholds.length * recallThresholds.length];
		for (int t = 0; t < thresholds.length; t++) {
			double[] recall = new double[ranked.length];
			double[] precision = new double[ranked.length];
			long tp = 0;
			long fp = 0;
			for (int i = 0; i < ranked.length; i++) {
				if (ranked[i] >= thresholds[t]) {
					tp++;
				}
				if (ranked[i] < thresholds[t]) {
					fp++;
				}
				recall[i] = (double) tp / groundTruth;
				precision[i] = tp / ((fp + tp) + Math.ulp(1.0));
			}
			recalls[t] = ranked.length == 0 ? 0 : recall[ranked.length - 1];
			for (int i = precision.length - 1; i > 0; i--) {
				if (precision[i] > precision[i - 1]) {
					precision[i - 1] = precision[i];
				}
			}
			precisions[t] = new double[recallThresholds.length];
			for (int r = 0; r < recallThresholds.length; r++) {
				int index = searchLeft(recall, recallThresholds[r]);
				precisions[t][r] = index < precision.length ? precision[index] : 0;
			}
			ap[t] = NumpyMath.mean(precisions[t]);
			System.arraycopy(precisions[t], 0, all, t * recallThresholds.length, recallThresholds.length);
		}
		return new VocMetrics(thresholds, recallThresholds, precisions, recalls, ap, NumpyMath.mean(all),
				NumpyMath.mean(recalls));
	}

	/** {@code np.searchsorted(sorted, value, side="left")}: the first index whose value is not below {@code value}. */
	private static int searchLeft(double[] sorted, double value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] < value) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
