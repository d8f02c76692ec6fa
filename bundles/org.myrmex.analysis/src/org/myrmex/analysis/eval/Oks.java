// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

/**
 * Object keypoint similarity as SLEAP computes it ({@code sleap.nn.evals.compute_oks}, after Ronchi &amp; Perona,
 * ICCV 2017): per node {@code ks = exp(-d² / ((2σ)² · 2 · (scale + ε)))} with {@code scale} the area of the bounding
 * box of the ground truth's visible points and ε NumPy's {@code spacing(1)}; a node missing from the prediction
 * scores 0; nodes missing from the ground truth are left out: OKS is the sum of {@code ks} over the ground truth's
 * visible nodes divided by their number.
 */
public final class Oks {
	/** SLEAP's default σ, the same for every node. */
	public static final double DEFAULT_STDDEV = 0.025;

	private static final double EPSILON = Math.ulp(1.0);

	private Oks() {
	}

	/**
	 * @param stddev σ per node (SLEAP's convention: one value, {@link #DEFAULT_STDDEV}, for every node unless given)
	 * @return the OKS of a prediction against a ground truth in [0, 1]; NaN when the ground truth has no visible node
	 * @throws IllegalArgumentException when the poses or σ have different numbers of nodes
	 */
	public static double of(Pose truth, Pose prediction, double[] stddev) {
		int nodes = truth.nodes();
		if (prediction.nodes() != nodes || stddev.length != nodes) {
			throw new IllegalArgumentException("ground truth has " + nodes + " nodes, prediction "
					+ prediction.nodes() + ", σ " + stddev.length);
		}
		double scale = area(truth);
		double[] ks = new double[nodes];
		int visible = 0;
		for (int i = 0; i < nodes; i++) {
			if (truth.missing(i)) {
				continue;
			}
			visible++;
			if (prediction.missing(i)) {
				continue;
			}
			double dx = truth.x(i) - prediction.x(i);
			double dy = truth.y(i) - prediction.y(i);
			double spread = (2 * stddev[i]) * (2 * stddev[i]);
			double normalization = spread * (2 * (scale + EPSILON));
			ks[i] = Math.exp(-((dx * dx + dy * dy) / normalization));
		}
		return NumpyMath.sum(ks) / visible;
	}

	/** @return the OKS with SLEAP's default σ for every node */
	public static double of(Pose truth, Pose prediction) {
		double[] stddev = new double[truth.nodes()];
		java.util.Arrays.fill(stddev, DEFAULT_STDDEV);
		return of(truth, prediction, stddev);
	}

	/** @return the area of the bounding box of the visible points, NaN when none is visible */
	public static double area(Pose pose) {
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		boolean any = false;
		for (int i = 0; i < pose.nodes(); i++) {
			if (pose.missing(i)) {
				continue;
			}
			any = true;
			minX = Math.min(minX, pose.x(i));
			maxX = Math.max(maxX, pose.x(i));
			minY = Math.min(minY, pose.y(i));
			maxY = Math.max(maxY, pose.y(i));
		}
		return any ? (maxX - minX) * (maxY - minY) : Double.NaN;
	}
}
