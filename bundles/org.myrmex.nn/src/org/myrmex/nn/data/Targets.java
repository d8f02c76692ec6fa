// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.List;

import org.myrmex.nn.ConfidenceMaps;

/**
 * SLEAP's training targets on the output-stride grid of an image (grid cell (i, j) at image pixel
 * (i·stride, j·stride)): confidence maps of one instance, of every instance (maximum over instances), of instance
 * centroids, and part affinity fields. As in SLEAP's generators, a confidence map's {@code sigma} is in grid cells
 * (the Gaussian's spread in image pixels is σ·stride) while a part affinity field's is not scaled; multi-instance
 * maps and fields skip instances with no point strictly inside the grid's span.
 */
public final class Targets {
	/** SLEAP's {@code offsets_threshold}: offsets are kept where the confidence map exceeds it. */
	public static final double OFFSET_THRESHOLD = 0.2;

	private Targets() {
	}

	/** @return one channel per node for a single instance; a missing point gives a zero channel */
	public static FloatImage confidenceMaps(FloatImage image, double[] points, int stride, double sigma) {
		ConfidenceMaps maps = new ConfidenceMaps(image.width(), image.height(), stride, sigma * stride);
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
		ConfidenceMaps maps = new ConfidenceMaps(image.width(), image.height(), stride, sigma * stride);
		float[] out = new float[maps.gridWidth() * maps.gridHeight() * nodes];
		for (double[] points : inside(instances, maps, stride)) {
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
	 * Offset-refinement targets (SLEAP's {@code make_offsets} + {@code mask_offsets}): for each node two channels
	 * (x, y), node-major, holding (point − grid point) / stride where that instance's confidence map (σ in grid
	 * cells, as above) is above 0.2, zero elsewhere and for missing points; summed over instances. No instance is
	 * left out here: multi-instance callers pass {@link #insideGrid} of their instances, as SLEAP does.
	 */
	public static FloatImage offsets(FloatImage image, List<double[]> instances, int nodes, int stride, double sigma) {
		ConfidenceMaps grid = new ConfidenceMaps(image.width(), image.height(), stride, sigma * stride);
		int width = grid.gridWidth();
		int height = grid.gridHeight();
		float[] out = new float[width * height * 2 * nodes];
		double scale = -1.0 / (2 * sigma * stride * sigma * stride);
		for (double[] points : instances) {
			for (int n = 0; n < nodes; n++) {
				double x = points[2 * n];
				double y = points[2 * n + 1];
				if (Double.isNaN(x) || Double.isNaN(y)) {
					continue;
				}
				for (int row = 0; row < height; row++) {
					for (int col = 0; col < width; col++) {
						double dx = x - col * stride;
						double dy = y - row * stride;
						if (Math.exp((dx * dx + dy * dy) * scale) > OFFSET_THRESHOLD) {
							int i = (row * width + col) * 2 * nodes + 2 * n;
							out[i] += (float) (dx / stride);
							out[i + 1] += (float) (dy / stride);
						}
					}
				}
			}
		}
		return new FloatImage(width, height, 2 * nodes, out);
	}

	/**
	 * @return the instances with at least one point strictly inside (0, last grid x) × (0, last grid y) of the
	 *         image's grid at {@code stride}: those SLEAP's multi-instance generators keep
	 */
	public static List<double[]> insideGrid(FloatImage image, List<double[]> instances, int stride) {
		return inside(instances, new ConfidenceMaps(image.width(), image.height(), stride, 1), stride);
	}

	private static List<double[]> inside(List<double[]> instances, ConfidenceMaps grid, int stride) {
		double maxX = (grid.gridWidth() - 1) * stride;
		double maxY = (grid.gridHeight() - 1) * stride;
		return instances.stream().filter(p -> {
			for (int i = 0; i < p.length; i += 2) {
				if (p[i] > 0 && p[i] < maxX && p[i + 1] > 0 && p[i + 1] < maxY) {
					return true;
				}
			}
			return false;
		}).toList();
	}

	/**
	 * Part affinity fields (SLEAP's {@code make_multi_pafs}): for each edge, two channels (x, y) holding the edge's
	 * unit vector times SLEAP's edge weight {@code exp(−(d²)²/(2σ²))} (SLEAP passes the squared distance d² from the
	 * grid point to the segment to its Gaussian, so σ acts on d²), summed over the instances that have both end
	 * points.
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
		for (double[] points : inside(instances, grid, stride)) {
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
				double projectionScale = Math.max(length2, 1);
				for (int row = 0; row < height; row++) {
					for (int col = 0; col < width; col++) {
						double px = col * stride - sx;
						double py = row * stride - sy;
						double t = Math.max(0, Math.min(1, (px * ex + py * ey) / projectionScale));
						double dx = px - t * ex;
						double dy = py - t * ey;
						double d2 = dx * dx + dy * dy;
						double weight = Math.exp(d2 * d2 * scale);
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
