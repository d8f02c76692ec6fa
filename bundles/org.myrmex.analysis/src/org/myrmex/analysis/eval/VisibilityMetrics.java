// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

/**
 * Whether matched predictions have the ground truth's visible points ({@code sleap.nn.evals.compute_visibility_conf}),
 * counted per point of the matched pairs.
 *
 * @param tp visible in both
 * @param fp visible in the prediction only
 * @param tn missing from both
 * @param fn visible in the ground truth only
 */
public record VisibilityMetrics(int tp, int fp, int tn, int fn) {

	public VisibilityMetrics {
		if (tp < 0 || fp < 0 || tn < 0 || fn < 0) {
			throw new IllegalArgumentException("counts must not be negative: " + tp + ", " + fp + ", " + tn + ", " + fn);
		}
	}

	/** @return tp / (tp + fp), NaN when nothing was predicted visible */
	public double precision() {
		return (double) tp / (tp + fp);
	}

	/** @return tp / (tp + fn), NaN when nothing is visible in the ground truth */
	public double recall() {
		return (double) tp / (tp + fn);
	}

	/** @return the counts of one point added */
	VisibilityMetrics plus(boolean truthVisible, boolean predictionVisible) {
		return new VisibilityMetrics(tp + (truthVisible && predictionVisible ? 1 : 0),
				fp + (!truthVisible && predictionVisible ? 1 : 0), tn + (!truthVisible && !predictionVisible ? 1 : 0),
				fn + (truthVisible && !predictionVisible ? 1 : 0));
	}
}
