// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.List;

/** SLEAP's preprocessing of a whole image: input scaling and zero padding at the bottom and right to a stride. */
public final class Preprocess {
	private Preprocess() {
	}

	/**
	 * Scales the image bilinearly and its points by the same factor (SLEAP multiplies coordinates by the scale).
	 *
	 * @param scale {@code input_scaling}; 1 returns the example unchanged
	 */
	public static Example scale(Example example, double scale) {
		if (!(scale > 0)) {
			throw new IllegalArgumentException("input scaling " + scale + " is not positive");
		}
		if (scale == 1) {
			return example;
		}
		FloatImage image = example.image();
		int width = (int) Math.round(image.width() * scale);
		int height = (int) Math.round(image.height() * scale);
		List<double[]> points = example.instances().stream().map(p -> {
			double[] q = p.clone();
			for (int i = 0; i < q.length; i++) {
				q[i] *= scale;
			}
			return q;
		}).toList();
		return new Example(Cv.resize(image, width, height), points);
	}

	/** @return the image padded with zeros at the bottom and right to multiples of {@code stride}; points unchanged */
	public static Example padToStride(Example example, int stride) {
		if (stride <= 0) {
			throw new IllegalArgumentException("stride " + stride + " is not positive");
		}
		FloatImage image = example.image();
		int width = roundUp(image.width(), stride);
		int height = roundUp(image.height(), stride);
		if (width == image.width() && height == image.height()) {
			return example;
		}
		int c = image.channels();
		float[] data = new float[width * height * c];
		for (int row = 0; row < image.height(); row++) {
			System.arraycopy(image.data(), row * image.width() * c, data, row * width * c, image.width() * c);
		}
		return new Example(new FloatImage(width, height, c, data), example.instances());
	}

	/** @return {@code value} rounded up to a multiple of {@code stride} */
	public static int roundUp(int value, int stride) {
		return (value + stride - 1) / stride * stride;
	}
}
