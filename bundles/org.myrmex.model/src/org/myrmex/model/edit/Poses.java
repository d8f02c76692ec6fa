// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

/**
 * Arithmetic on poses held as coordinate arrays, {@code NaN} for a node without coordinates: centroids, moves,
 * the spread template and keeping a pose inside the frame.
 */
final class Poses {
	private Poses() {
	}

	/** The mean of the points that have coordinates ({@code NaN, NaN} when none has). */
	static double[] centroid(double[] x, double[] y) {
		return centroid(x, y, null);
	}

	/** The mean of the points that have coordinates and, if {@code only} is not null, are marked in it. */
	static double[] centroid(double[] x, double[] y, boolean[] only) {
		double sumX = 0;
		double sumY = 0;
		int count = 0;
		for (int i = 0; i < x.length; i++) {
			if (!Double.isNaN(x[i]) && !Double.isNaN(y[i]) && (only == null || only[i])) {
				sumX += x[i];
				sumY += y[i];
				count++;
			}
		}
		return count == 0 ? new double[] { Double.NaN, Double.NaN } : new double[] { sumX / count, sumY / count };
	}

	/** Moves the points that have coordinates by ({@code dx}, {@code dy}), in place. */
	static void translate(double[] x, double[] y, double dx, double dy) {
		for (int i = 0; i < x.length; i++) {
			if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
				x[i] += dx;
				y[i] += dy;
			}
		}
	}

	/**
	 * {@code n} points spread evenly on a circle around ({@code cx}, {@code cy}), the first at the top, with a
	 * radius of an eighth of the frame's smaller side; the centre is moved in as far as needed for the whole
	 * circle to lie inside the frame. A single point sits at the centre.
	 */
	static double[][] circle(int n, double cx, double cy, double width, double height) {
		double radius = n == 1 ? 0 : Math.min(width, height) / 8;
		double centreX = clamp(cx, radius, width - 1 - radius);
		double centreY = clamp(cy, radius, height - 1 - radius);
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			double angle = 2 * Math.PI * i / n - Math.PI / 2;
			x[i] = centreX + radius * Math.cos(angle);
			y[i] = centreY + radius * Math.sin(angle);
		}
		return new double[][] { x, y };
	}

	/**
	 * Brings the pose inside the frame ({@code 0 <= x <= width - 1}, the same for y), in place: moved as a whole
	 * when it fits, each point clamped to the border along an axis where it does not.
	 */
	static void fitInside(double[] x, double[] y, double width, double height) {
		fitAxis(x, width - 1);
		fitAxis(y, height - 1);
	}

	private static void fitAxis(double[] values, double max) {
		double low = Double.POSITIVE_INFINITY;
		double high = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			if (!Double.isNaN(value)) {
				low = Math.min(low, value);
				high = Math.max(high, value);
			}
		}
		if (low > high) {
			return;
		}
		double shift = low < 0 ? -low : (high > max ? max - high : 0);
		boolean fits = high - low <= max;
		for (int i = 0; i < values.length; i++) {
			if (!Double.isNaN(values[i])) {
				values[i] = fits ? values[i] + shift : clamp(values[i], 0, max);
			}
		}
	}

	private static double clamp(double value, double low, double high) {
		return high < low ? (low + high) / 2 : Math.max(low, Math.min(high, value));
	}
}
