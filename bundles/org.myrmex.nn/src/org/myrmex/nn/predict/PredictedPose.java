// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

/**
 * One predicted instance in image coordinates (SLEAP's convention: the centre of the top-left pixel is (0, 0)).
 *
 * @param points      x, y per node in the model's node order; NaN where the node was not found
 * @param pointScores the confidence-map value per node (NaN where bottom-up grouping left the node out)
 * @param score       the instance score: the centroid's confidence (top-down), the sum of point scores (single
 *                    instance) or the sum of its PAF edge scores (bottom-up)
 * @param pointSpreads per node, how spread its confidence map is: the height of the map's strongest other peak
 *                    relative to the node's peak, 0 (one sharp peak) to 1 (two equal candidates); NaN where unknown
 *                    (bottom-up models, poses not predicted from maps)
 */
public record PredictedPose(double[] points, double[] pointScores, double score, double[] pointSpreads) {

	/** Checks that there are two coordinates and one spread per node. */
	public PredictedPose {
		if (points.length != 2 * pointScores.length || pointSpreads.length != pointScores.length) {
			throw new IllegalArgumentException(points.length + " coordinates and " + pointSpreads.length
					+ " spreads for " + pointScores.length + " nodes");
		}
	}

	/** A pose whose confidence-map spreads are unknown (NaN). */
	public PredictedPose(double[] points, double[] pointScores, double score) {
		this(points, pointScores, score, nan(pointScores.length));
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
		return new PredictedPose(doubles(points), doubles(scores), score);
	}

	static PredictedPose of(float[] points, float[] scores, float score, float[] spreads) {
		return new PredictedPose(doubles(points), doubles(scores), score, doubles(spreads));
	}

	private static double[] doubles(float[] values) {
		double[] out = new double[values.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = values[i];
		}
		return out;
	}

	private static double[] nan(int count) {
		double[] out = new double[count];
		java.util.Arrays.fill(out, Double.NaN);
		return out;
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
