// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

/**
 * Distances in pixels between matched predicted and ground-truth points ({@code sleap.nn.evals.compute_dist_metrics}):
 * points missing from either side are left out; percentiles interpolate linearly as {@code np.percentile} does. All
 * NaN when no distance was measured.
 *
 * @param count the number of distances (points visible in both)
 * @param mean  their mean
 * @param p50   the median
 * @param p75   the 75th percentile
 * @param p90   the 90th percentile
 * @param p95   the 95th percentile
 * @param p99   the 99th percentile
 */
public record DistanceMetrics(int count, double mean, double p50, double p75, double p90, double p95, double p99) {

	/** @param distances the distances, NaN where a point is missing; the mean sums them in NumPy's order */
	public static DistanceMetrics of(double[] distances) {
		double[] sorted = NumpyMath.sortedWithoutNaN(distances);
		double[] zeroed = distances.clone();
		for (int i = 0; i < zeroed.length; i++) {
			if (Double.isNaN(zeroed[i])) {
				zeroed[i] = 0;
			}
		}
		return new DistanceMetrics(sorted.length, NumpyMath.sum(zeroed) / sorted.length,
				NumpyMath.percentile(sorted, 50), NumpyMath.percentile(sorted, 75), NumpyMath.percentile(sorted, 90),
				NumpyMath.percentile(sorted, 95), NumpyMath.percentile(sorted, 99));
	}
}
