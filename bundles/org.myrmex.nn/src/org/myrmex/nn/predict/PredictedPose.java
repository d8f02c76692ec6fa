// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

/**
 * One predicted instance in image coordinates (SLEAP's convention: the centre of the top-left pixel is (0, 0)).
 *
 * @param points      x, y per node in the model's node order; NaN where the node was not found
 * @param pointScores the confidence-map value per node (NaN where bottom-up grouping left the node out)
 * @param score       the instance score: the centroid's confidence (top-down), the sum of point scores (single
 *                    instance) or the sum of its PAF edge scores (bottom-up)
 */
public record PredictedPose(double[] points, double[] pointScores, double score) {

	/** Checks that there are two coordinates per node. */
	public PredictedPose {
		if (points.length != 2 * pointScores.length) {
			throw new IllegalArgumentException(points.length + " coordinates for " + pointScores.length + " nodes");
		}
	}

	/** @return the number of nodes */
	public int nodeCount() {
		return pointScores.length;
	}

	/** @return x of node {@code node} */
	public double x(int node) {
		return points[2 * node];
	}

	/** @return y of node {@code node} */
	public double y(int node) {
		return points[2 * node + 1];
	}

	/** @return whether node {@code node} was found */
	public boolean visible(int node) {
		return !Double.isNaN(points[2 * node]) && !Double.isNaN(points[2 * node + 1]);
	}

	static PredictedPose of(float[] points, float[] scores, float score) {
		double[] p = new double[points.length];
		double[] s = new double[scores.length];
		for (int i = 0; i < p.length; i++) {
			p[i] = points[i];
		}
		for (int i = 0; i < s.length; i++) {
			s[i] = scores[i];
		}
		return new PredictedPose(p, s, score);
	}

	static boolean allNaN(float[] points) {
		for (float v : points) {
			if (!Float.isNaN(v)) {
				return false;
			}
		}
		return true;
	}
}
