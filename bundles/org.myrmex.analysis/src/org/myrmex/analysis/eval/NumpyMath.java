// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.util.Arrays;

/**
 * The few NumPy operations SLEAP's evaluator uses, computed in NumPy's order so that results agree to the last bit
 * where it matters: a pair's PCK score compared with a threshold, a recall compared with a recall threshold.
 */
final class NumpyMath {
	private static final int BLOCK = 128;

	private NumpyMath() {
	}

	/** {@code np.sum} of {@code n} values from {@code from}: NumPy's pairwise summation with eight accumulators. */
	static double sum(double[] values, int from, int n) {
		if (n < 8) {
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += values[from + i];
			}
			return sum;
		}
		if (n <= BLOCK) {
			double[] r = Arrays.copyOfRange(values, from, from + 8);
			int i = 8;
			for (; i < n - n % 8; i += 8) {
				for (int j = 0; j < 8; j++) {
					r[j] += values[from + i + j];
				}
			}
			double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
			for (; i < n; i++) {
				sum += values[from + i];
			}
			return sum;
		}
		int half = n / 2;
		half -= half % 8;
		return sum(values, from, half) + sum(values, from + half, n - half);
	}

	/** {@code np.sum} of all values. */
	static double sum(double[] values) {
		return sum(values, 0, values.length);
	}

	/** {@code np.mean}: NaN for no values. */
	static double mean(double[] values) {
		return sum(values) / values.length;
	}

	/** {@code np.linspace(start, stop, num)}: {@code i * step + start}, the last value exactly {@code stop}. */
	static double[] linspace(double start, double stop, int num) {
		double[] values = new double[num];
		double step = (stop - start) / (num - 1);
		for (int i = 0; i < num; i++) {
			values[i] = i * step + start;
		}
		values[num - 1] = stop;
		return values;
	}

	/**
	 * {@code np.percentile(values, q)} with NumPy's default linear interpolation; NaN for no values.
	 *
	 * @param sorted the values in ascending order, without NaN
	 */
	static double percentile(double[] sorted, double q) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		double index = (sorted.length - 1) * (q / 100);
		int below = (int) Math.floor(index);
		int above = Math.min(below + 1, sorted.length - 1);
		double t = index - below;
		double a = sorted[below];
		double b = sorted[above];
		double difference = b - a;
		return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
	}

	/** The values that are not NaN, sorted. */
	static double[] sortedWithoutNaN(double[] values) {
		return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
	}

	/**
	 * The order of {@code np.argsort(-scores, kind="mergesort")}: highest score first, ties in their original order,
	 * NaN last.
	 */
	static Integer[] descending(double[] scores) {
		Integer[] order = new Integer[scores.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> compareDescending(scores[a], scores[b]));
		return order;
	}

	private static int compareDescending(double a, double b) {
		if (Double.isNaN(a) || Double.isNaN(b)) {
			return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
		}
		return a > b ? -1 : a < b ? 1 : 0;
	}
}
