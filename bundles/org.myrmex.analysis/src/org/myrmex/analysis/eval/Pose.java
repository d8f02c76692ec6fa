// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.util.Arrays;

/**
 * One instance as SLEAP's evaluator sees it: a point per node in a common node order, NaN where the node is missing
 * (not visible, or without coordinates), and the instance's score (NaN for an instance without one).
 *
 * @param x     x per node, NaN where missing
 * @param y     y per node, NaN where missing
 * @param score the detection score that ranks predictions, NaN when there is none
 */
public record Pose(double[] x, double[] y, double score) {

	/** Copies the coordinates; a node missing in x or y is missing in both. */
	public Pose {
		if (x.length != y.length) {
			throw new IllegalArgumentException("x has " + x.length + " nodes, y " + y.length);
		}
		x = x.clone();
		y = y.clone();
		for (int i = 0; i < x.length; i++) {
			if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
				x[i] = Double.NaN;
				y[i] = Double.NaN;
			}
		}
	}

	/** @return the number of nodes */
	public int nodes() {
		return x.length;
	}

	/** @return whether a node is missing */
	public boolean missing(int node) {
		return Double.isNaN(x[node]);
	}

	/** @return the number of nodes that are not missing */
	public int visibleCount() {
		int count = 0;
		for (int i = 0; i < x.length; i++) {
			if (!missing(i)) {
				count++;
			}
		}
		return count;
	}

	/** @return the x coordinate of a node, NaN when missing */
	public double x(int node) {
		return x[node];
	}

	/** @return the y coordinate of a node, NaN when missing */
	public double y(int node) {
		return y[node];
	}

	@Override
	public double[] x() {
		return x.clone();
	}

	@Override
	public double[] y() {
		return y.clone();
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Pose other && Arrays.equals(x, other.x) && Arrays.equals(y, other.y)
				&& Double.compare(score, other.score) == 0;
	}

	@Override
	public int hashCode() {
		return 31 * (31 * Arrays.hashCode(x) + Arrays.hashCode(y)) + Double.hashCode(score);
	}

	@Override
	public String toString() {
		return "Pose[x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + ", score=" + score + "]";
	}
}
