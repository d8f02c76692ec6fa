// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.List;

/**
 * SLEAP's preprocessing of a whole image: ImageNet normalisation, input scaling and zero padding at the bottom and
 * right to a stride.
 */
public final class Preprocess {
	private static final float[] TORCH_MEAN = { 0.485f, 0.456f, 0.406f };
	private static final float[] TORCH_STD = { 0.229f, 0.224f, 0.225f };
	private static final float[] CAFFE_MEAN_BGR = { 103.939f, 116.779f, 123.68f };

	private Preprocess() {
	}

	/**
	 * Normalises an RGB image in [0, 1] as Keras' {@code preprocess_input} does for SLEAP's {@code imagenet_mode}:
	 * {@code "tf"} to [−1, 1]; {@code "torch"} by ImageNet's mean and standard deviation per channel;
	 * {@code "caffe"} to BGR in 0–255 less ImageNet's BGR mean.
	 *
	 * @param mode {@code "tf"}, {@code "torch"}, {@code "caffe"}, or {@code null} for none
	 */
	public static Example normalize(Example example, String mode) {
		if (mode == null) {
			return example;
		}
		FloatImage image = example.image();
		if (image.channels() != 3) {
			throw new IllegalArgumentException("imagenet_mode needs RGB images, not " + image.channels() + " channel");
		}
		float[] in = image.data();
		float[] out = new float[in.length];
		for (int i = 0; i < in.length; i += 3) {
			for (int c = 0; c < 3; c++) {
				out[i + c] = switch (mode) {
				case "tf" -> in[i + c] * 2 - 1;
				case "torch" -> (in[i + c] - TORCH_MEAN[c]) / TORCH_STD[c];
				case "caffe" -> in[i + 2 - c] * 255 - CAFFE_MEAN_BGR[c];
				default -> throw new IllegalArgumentException("imagenet_mode \"" + mode
						+ "\" is not one of tf, torch, caffe");
				};
			}
		}
		return new Example(new FloatImage(image.width(), image.height(), 3, out), example.instances());
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

	/**
	 * SLEAP's {@code SizeMatcher}: an image of another size than the target is resized, keeping its aspect ratio, to
	 * fit the target and padded with zeros at the bottom and right; points are scaled with it.
	 */
	public static Example matchSize(Example example, int targetWidth, int targetHeight) {
		FloatImage image = example.image();
		if (image.width() == targetWidth && image.height() == targetHeight) {
			return example;
		}
		double scale = Math.min((double) targetWidth / image.width(), (double) targetHeight / image.height());
		Example scaled = scale(example, scale);
		FloatImage small = scaled.image();
		int c = small.channels();
		int width = Math.min(small.width(), targetWidth);
		float[] data = new float[targetWidth * targetHeight * c];
		for (int row = 0; row < Math.min(small.height(), targetHeight); row++) {
			System.arraycopy(small.data(), row * small.width() * c, data, row * targetWidth * c, width * c);
		}
		return new Example(new FloatImage(targetWidth, targetHeight, c, data), scaled.instances());
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
