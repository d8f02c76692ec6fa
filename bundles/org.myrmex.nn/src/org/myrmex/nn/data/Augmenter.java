// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.myrmex.nn.config.OptimizationConfig.Augmentation;

/**
 * SLEAP's augmentation ({@code augmentation_config}) of an image and its points, in SLEAP's order: random flip (half
 * of the examples; symmetric nodes swap so a left part stays a left part), one affine warp combining rotation,
 * scale and translation about the image centre, then uniform noise, Gaussian noise, gamma contrast and brightness
 * on the pixels, then a random crop. Noise and brightness values are in 8-bit units (0–255) as in SLEAP; images stay in [0, 1].
 */
public final class Augmenter {
	private final Augmentation config;
	private final int[] flipPermutation;

	/** @param flipPermutation for each node, its symmetric partner (or itself); see {@link LabelledSamples} */
	public Augmenter(Augmentation config, int[] flipPermutation) {
		this.config = config;
		this.flipPermutation = flipPermutation.clone();
	}

	/** @return whether any augmentation is switched on */
	public boolean active() {
		return config.randomFlip() || config.rotate() || config.scale() || config.translate() || config.uniformNoise()
				|| config.gaussianNoise() || config.contrast() || config.brightness() || config.randomCrop();
	}

	/** @return the augmented example; {@code random} decides every choice */
	public Example apply(Example example, Random random) {
		Example out = example;
		if (config.randomFlip() && random.nextBoolean()) {
			out = flip(out, config.flipHorizontal(), flipPermutation);
		}
		if (config.rotate() || config.scale() || config.translate()) {
			double angle = config.rotate() ? uniform(random, config.rotationMinAngle(), config.rotationMaxAngle()) : 0;
			double scale = config.scale() ? uniform(random, config.scaleMin(), config.scaleMax()) : 1;
			double tx = config.translate() ? uniform(random, config.translateMin(), config.translateMax()) : 0;
			double ty = config.translate() ? uniform(random, config.translateMin(), config.translateMax()) : 0;
			out = affine(out, angle, scale, tx, ty);
		}
		if (config.uniformNoise() || config.gaussianNoise() || config.contrast() || config.brightness()) {
			out = new Example(pixels(out.image(), random), out.instances());
		}
		if (config.randomCrop()) {
			out = randomCrop(out, config.randomCropWidth(), config.randomCropHeight(), random);
		}
		return out;
	}

	/**
	 * Cuts a {@code width × height} window at a uniformly random position inside the image (SLEAP's
	 * {@code RandomCropper}); points move with it.
	 *
	 * @throws IllegalArgumentException when the image is smaller than the window
	 */
	public static Example randomCrop(Example example, int width, int height, Random random) {
		FloatImage image = example.image();
		if (width > image.width() || height > image.height()) {
			throw new IllegalArgumentException("random crop " + width + "x" + height + " is larger than the image "
					+ image.width() + "x" + image.height());
		}
		int x0 = random.nextInt(image.width() - width + 1);
		int y0 = random.nextInt(image.height() - height + 1);
		List<double[]> instances = new ArrayList<>();
		for (double[] points : example.instances()) {
			double[] moved = new double[points.length];
			for (int i = 0; i < points.length; i += 2) {
				moved[i] = points[i] - x0;
				moved[i + 1] = points[i + 1] - y0;
			}
			instances.add(moved);
		}
		return new Example(Cv.warp(image, new double[] { 1, 0, -x0, 0, 1, -y0 }, width, height), instances);
	}

	/**
	 * Mirrors an image and its points ({@code x → width − 1 − x}, or y when not horizontal) and swaps symmetric
	 * nodes.
	 */
	public static Example flip(Example example, boolean horizontal, int[] permutation) {
		FloatImage image = example.image();
		int w = image.width();
		int h = image.height();
		List<double[]> instances = new ArrayList<>();
		for (double[] points : example.instances()) {
			double[] mirrored = new double[points.length];
			for (int n = 0; n < points.length / 2; n++) {
				int to = permutation[n];
				mirrored[2 * to] = horizontal ? w - 1 - points[2 * n] : points[2 * n];
				mirrored[2 * to + 1] = horizontal ? points[2 * n + 1] : h - 1 - points[2 * n + 1];
			}
			instances.add(mirrored);
		}
		return new Example(Cv.flip(image, horizontal), instances);
	}

	/**
	 * Rotates by {@code degrees} (counter-clockwise as seen on screen), scales about the image centre
	 * ((w − 1) / 2, (h − 1) / 2) and translates by (tx, ty) pixels; points follow the image.
	 */
	public static Example affine(Example example, double degrees, double scale, double tx, double ty) {
		FloatImage image = example.image();
		double cx = (image.width() - 1) / 2.0;
		double cy = (image.height() - 1) / 2.0;
		double radians = Math.toRadians(degrees);
		double a = scale * Math.cos(radians);
		double b = scale * Math.sin(radians);
		// y points down: a counter-clockwise turn on screen is x' = a·x + b·y, y' = −b·x + a·y about the centre
		double[] m = { a, b, cx + tx - a * cx - b * cy, -b, a, cy + ty + b * cx - a * cy };
		List<double[]> instances = new ArrayList<>();
		for (double[] points : example.instances()) {
			double[] moved = new double[points.length];
			for (int i = 0; i < points.length; i += 2) {
				moved[i] = m[0] * points[i] + m[1] * points[i + 1] + m[2];
				moved[i + 1] = m[3] * points[i] + m[4] * points[i + 1] + m[5];
			}
			instances.add(moved);
		}
		return new Example(Cv.warp(image, m, image.width(), image.height()), instances);
	}

	private FloatImage pixels(FloatImage image, Random random) {
		float[] data = image.data().clone();
		if (config.uniformNoise() || config.gaussianNoise()) {
			for (int i = 0; i < data.length; i++) {
				double v = data[i];
				if (config.uniformNoise()) {
					v = clip(v + uniform(random, config.uniformNoiseMinVal(), config.uniformNoiseMaxVal()) / 255);
				}
				if (config.gaussianNoise()) {
					v = clip(v + (config.gaussianNoiseMean() + config.gaussianNoiseStddev() * random.nextGaussian())
							/ 255);
				}
				data[i] = (float) v;
			}
		}
		FloatImage out = new FloatImage(image.width(), image.height(), image.channels(), data);
		if (config.contrast()) {
			double gamma = uniform(random, config.contrastMinGamma(), config.contrastMaxGamma());
			out = Cv.pow(out, gamma);
			data = out.data();
		}
		if (config.brightness()) {
			float brightness = (float) (uniform(random, config.brightnessMinVal(), config.brightnessMaxVal()) / 255);
			for (int i = 0; i < data.length; i++) {
				data[i] = Math.min(1f, Math.max(0f, data[i] + brightness));
			}
		}
		return out;
	}

	private static double uniform(Random random, double min, double max) {
		return min + (max - min) * random.nextDouble();
	}

	private static double clip(double v) {
		return v < 0 ? 0 : v > 1 ? 1 : v;
	}
}
