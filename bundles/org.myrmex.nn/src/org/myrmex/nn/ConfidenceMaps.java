// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn;

/**
 * SLEAP's confidence-map training targets: one channel per node, {@code exp(-((x-px)²+(y-py)²)/(2σ²))} on
 * the output-stride grid (grid cell (i, j) sits at image pixel (i·stride, j·stride)); a missing point (NaN)
 * gives an all-zero channel.
 */
public final class ConfidenceMaps {
	private final int imageWidth;
	private final int imageHeight;
	private final int outputStride;
	private final double sigma;

	public ConfidenceMaps(int imageWidth, int imageHeight, int outputStride, double sigma) {
		if (imageWidth <= 0 || imageHeight <= 0) {
			throw new IllegalArgumentException("image size " + imageWidth + "x" + imageHeight + " is not positive");
		}
		if (outputStride <= 0) {
			throw new IllegalArgumentException("output stride " + outputStride + " is not positive");
		}
		if (!(sigma > 0)) {
			throw new IllegalArgumentException("sigma " + sigma + " is not positive");
		}
		this.imageWidth = imageWidth;
		this.imageHeight = imageHeight;
		this.outputStride = outputStride;
		this.sigma = sigma;
	}

	/** @return grid width: ceil(imageWidth / outputStride), as {@code range(0, width, stride)} */
	public int gridWidth() {
		return (imageWidth + outputStride - 1) / outputStride;
	}

	/** @return grid height: ceil(imageHeight / outputStride) */
	public int gridHeight() {
		return (imageHeight + outputStride - 1) / outputStride;
	}

	/**
	 * Renders the maps of one instance.
	 *
	 * @param x node x coordinates in image pixels (NaN = missing)
	 * @param y node y coordinates in image pixels (NaN = missing)
	 * @return channels-last maps, {@code [gridHeight][gridWidth][nodes]}, flattened row-major
	 */
	public float[] render(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException(x.length + " x coordinates but " + y.length + " y coordinates");
		}
		int nodes = x.length;
		int width = gridWidth();
		int height = gridHeight();
		float[] maps = new float[width * height * nodes];
		double scale = -1.0 / (2 * sigma * sigma);
		for (int node = 0; node < nodes; node++) {
			if (Double.isNaN(x[node]) || Double.isNaN(y[node])) {
				continue;
			}
			for (int row = 0; row < height; row++) {
				double dy = row * outputStride - y[node];
				for (int col = 0; col < width; col++) {
					double dx = col * outputStride - x[node];
					maps[(row * width + col) * nodes + node] = (float) Math.exp((dx * dx + dy * dy) * scale);
				}
			}
		}
		return maps;
	}
}
