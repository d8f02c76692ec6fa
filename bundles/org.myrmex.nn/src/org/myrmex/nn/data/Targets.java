// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.List;

import org.myrmex.nn.ConfidenceMaps;

/**
 * SLEAP's training targets on the output-stride grid of an image (grid cell (i, j) at image pixel
 * (i·stride, j·stride)): confidence maps of one instance, of every instance (maximum over instances), of instance
 * centroids, and part affinity fields.
 */
public final class Targets {
	private Targets() {
	}

	/** @return one channel per node for a single instance; a missing point gives a zero channel */
	public static FloatImage confidenceMaps(FloatImage image, double[] points, int stride, double sigma) {
		ConfidenceMaps maps = new ConfidenceMaps(image.width(), image.height(), stride, sigma);
		int nodes = points.length / 2;
		double[] x = new double[nodes];
		double[] y = new double[nodes];
		for (int n = 0; n < nodes; n++) {
			x[n] = points[2 * n];
			y[n] = points[2 * n + 1];
		}
		return new FloatImage(maps.gridWidth(), maps.gridHeight(), nodes, maps.render(x, y));
	}

	/** @return one channel per node, the maximum over instances (bottom-up) */
	public static FloatImage multiConfidenceMaps(FloatImage image, List<double[]> instances, int nodes, int stride,
			double sigma) {
		ConfidenceMaps maps = new ConfidenceMaps(image.width(), image.height(), stride, sigma);
		float[] out = new float[maps.gridWidth() * maps.gridHeight() * nodes];
		for (double[] points : instances) {
			float[] one = confidenceMaps(image, points, stride, sigma).data();
			for (int i = 0; i < out.length; i++) {
				out[i] = Math.max(out[i], one[i]);
			}
		}
		return new FloatImage(maps.gridWidth(), maps.gridHeight(), nodes, out);
	}

	/** @return one channel: the maximum of the centroids' Gaussians (centroid model) */
	public static FloatImage centroidMap(FloatImage image, List<double[]> instances, InstanceCrops crops, int stride,
			double sigma) {
		List<double[]> centroids = instances.stream().map(crops::centroid).filter(c -> c != null).toList();
		return multiConfidenceMaps(image, centroids, 1, stride, sigma);
	}

	/**
	 * Part affinity fields (SLEAP's {@code make_multi_pafs}): for each edge, two channels (x, y) holding the edge's
	 * unit vector times {@code exp(−d²/(2σ²))}, d the distance from the grid point to the segment, summed over the
	 * instances that have both end points.
	 *
	 * @param edges {source, destination} node indices per edge
	 * @return {@code 2 × edges} channels, edge-major (x0, y0, x1, y1, …)
	 */
	public static FloatImage partAffinityFields(FloatImage image, List<double[]> instances, int[][] edges,
			int stride, double sigma) {
		ConfidenceMaps grid = new ConfidenceMaps(image.width(), image.height(), stride, sigma);
		int width = grid.gridWidth();
		int height = grid.gridHeight();
		int channels = 2 * edges.length;
		float[] out = new float[width * height * channels];
		double scale = -1.0 / (2 * sigma * sigma);
		for (double[] points : instances) {
			for (int e = 0; e < edges.length; e++) {
				double sx = points[2 * edges[e][0]];
				double sy = points[2 * edges[e][0] + 1];
				double ex = points[2 * edges[e][1]] - sx;
				double ey = points[2 * edges[e][1] + 1] - sy;
				double length2 = ex * ex + ey * ey;
				if (Double.isNaN(length2) || length2 == 0) {
					continue;
				}
				double length = Math.sqrt(length2);
				for (int row = 0; row < height; row++) {
					for (int col = 0; col < width; col++) {
						double px = col * stride - sx;
						double py = row * stride - sy;
						double t = Math.max(0, Math.min(1, (px * ex + py * ey) / length2));
						double dx = px - t * ex;
						double dy = py - t * ey;
						double weight = Math.exp((dx * dx + dy * dy) * scale);
						int i = (row * width + col) * channels + 2 * e;
						out[i] += (float) (weight * ex / length);
						out[i + 1] += (float) (weight * ey / length);
					}
				}
			}
		}
		return new FloatImage(width, height, channels, out);
	}
}
