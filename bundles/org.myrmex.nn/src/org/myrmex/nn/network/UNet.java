// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.network;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.nn.config.BackboneConfig;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

/**
 * SLEAP's U-Net ({@code sleap.nn.architectures.unet}), layer for layer and with the same layer names.
 * <ul>
 * <li>Optional stem ({@code stem_stride}): log2(stem stride) blocks of two 7×7 convolutions, each but the first
 * after a max-pool, then a max-pool ({@code stem0_conv0}, {@code stem1_pool}, …, {@code stemN_last_pool}).</li>
 * <li>Encoder: log2(max stride) − stem blocks blocks of two 3×3 ReLU convolutions, each but the first after a
 * max-pool; block i has int(filters · rate^(i + stem blocks)) filters ({@code stack0_enc0_conv0}); then a max-pool
 * ({@code stack0_encD_last_pool}).</li>
 * <li>Middle block: one expand and one contract convolution with int(filters · rate^(D + stem)) filters
 * ({@code stack0_enc(D+1)_middle_expand_conv0}, {@code stack0_enc(D+2)_middle_contract_conv0}).</li>
 * <li>Decoder: log2(max stride / output stride) blocks ({@code stack0_dec0_s8_to_s4_…}) of 2× upsampling
 * (bilinear, or a 3×3 transposed ReLU convolution {@code _trans_conv}), concatenation of the encoder features at
 * the new stride before the upsampled ones ({@code _skip_concat}), and two 3×3 ReLU convolutions
 * ({@code _refine_conv0/1}); block i has int(filters · rate^(D + stem − 1 − i)) filters.</li>
 * </ul>
 * No batch normalisation; one stack.
 */
public final class UNet {
	private static final int KERNEL = 3;
	private static final int STEM_KERNEL = 7;
	private static final String STACK = "stack0_";

	private UNet() {
	}

	/**
	 * Builds the U-Net on an input.
	 *
	 * @param layers builds the layers and collects the weights
	 * @param input  images, {@code [batch, height, width, channels]}; height, width and channels must be known,
	 *               height and width multiples of the max stride
	 * @param config the U-Net configuration; its output stride is where the decoder stops
	 * @throws IllegalArgumentException when the configuration or the input shape cannot be built
	 */
	public static Backbone build(Layers layers, Operand<TFloat32> input, BackboneConfig.UNet config) {
		check(config);
		checkInput(input.shape(), config.maxStride());
		int stemBlocks = config.stemStride() == null ? 0 : log2(config.stemStride());
		int downBlocks = log2(config.maxStride()) - stemBlocks;
		int upBlocks = log2(config.maxStride() / config.outputStride());
		Operand<TFloat32> x = input;
		int stride = 1;
		List<FeatureMap> skips = new ArrayList<>();
		if (stemBlocks > 0) {
			for (int block = 0; block < stemBlocks; block++) {
				if (block > 0) {
					x = layers.maxPool("stem" + block + "_pool", x);
				}
				x = convs(layers, "stem" + block, x, filters(config, block), STEM_KERNEL);
			}
			x = layers.maxPool("stem" + stemBlocks + "_last_pool", x);
			stride = 1 << stemBlocks;
			skips.add(new FeatureMap(stride, x));
		}
		List<FeatureMap> encoder = new ArrayList<>();
		for (int block = 0; block < downBlocks; block++) {
			if (block > 0) {
				x = layers.maxPool(STACK + "enc" + block + "_pool", x);
				stride *= 2;
			}
			x = convs(layers, STACK + "enc" + block, x, filters(config, block + stemBlocks), KERNEL);
			encoder.add(new FeatureMap(stride, x));
		}
		x = layers.maxPool(STACK + "enc" + downBlocks + "_last_pool", x);
		stride *= 2;
		if (config.middleBlock()) {
			int middle = filters(config, downBlocks + stemBlocks);
			x = layers.conv(STACK + "enc" + (downBlocks + 1) + "_middle_expand_conv0", x, middle, KERNEL, true);
			x = layers.conv(STACK + "enc" + (downBlocks + 2) + "_middle_contract_conv0", x, middle, KERNEL, true);
		}
		skips.addAll(encoder);
		List<FeatureMap> features = new ArrayList<>();
		features.add(new FeatureMap(stride, x));
		for (int block = 0; block < upBlocks; block++) {
			int next = stride / 2;
			String prefix = STACK + "dec" + block + "_s" + stride + "_to_s" + next;
			int filters = filters(config, downBlocks + stemBlocks - 1 - block);
			x = config.upInterpolate() ? layers.upsampleBilinear(prefix + "_interp_bilinear", x)
					: layers.transposedConv(prefix + "_trans_conv", x, filters, KERNEL);
			FeatureMap skip = skips.stream().filter(f -> f.stride() == next).findFirst().orElse(null);
			if (skip != null) {
				x = layers.concat(prefix + "_skip_concat", skip.tensor(), x);
			}
			x = layers.conv(prefix + "_refine_conv0", x, filters, KERNEL, true);
			x = layers.conv(prefix + "_refine_conv1", x, filters, KERNEL, true);
			stride = next;
			features.add(new FeatureMap(stride, x));
		}
		return new Backbone(config.maxStride(), features);
	}

	/**
	 * Checks that a U-Net configuration can be built: strides powers of two, output stride ≤ max stride, stem
	 * stride < max stride, positive filters, one stack.
	 *
	 * @throws IllegalArgumentException naming the field ({@code model.backbone.unet.…}) and the problem
	 */
	public static void check(BackboneConfig.UNet config) {
		String field = "model.backbone.unet.";
		powerOfTwo(field + "max_stride", config.maxStride(), 2);
		powerOfTwo(field + "output_stride", config.outputStride(), 1);
		if (config.outputStride() > config.maxStride()) {
			throw new IllegalArgumentException(field + "output_stride " + config.outputStride()
					+ " is larger than max_stride " + config.maxStride());
		}
		if (config.stemStride() != null) {
			powerOfTwo(field + "stem_stride", config.stemStride(), 2);
			if (config.stemStride() >= config.maxStride()) {
				throw new IllegalArgumentException(field + "stem_stride " + config.stemStride()
						+ " must be smaller than max_stride " + config.maxStride());
			}
		}
		if (config.filters() < 1 || !(config.filtersRate() > 0)) {
			throw new IllegalArgumentException(field + "filters " + config.filters() + " and filters_rate "
					+ config.filtersRate() + " must be positive");
		}
		if (config.stacks() != 1) {
			throw new IllegalArgumentException(field + "stacks " + config.stacks() + ": only 1 stack is supported");
		}
	}

	private static void checkInput(Shape shape, int maxStride) {
		if (shape.numDimensions() != 4 || shape.get(1) < 0 || shape.get(2) < 0 || shape.get(3) < 0) {
			throw new IllegalArgumentException("network input has shape " + shape
					+ "; a [batch, height, width, channels] tensor with known height, width and channels is needed");
		}
		if (shape.get(1) % maxStride != 0 || shape.get(2) % maxStride != 0) {
			throw new IllegalArgumentException("network input " + shape.get(1) + "×" + shape.get(2)
					+ " (height×width) is not divisible by the max stride " + maxStride
					+ "; pad or crop the images to multiples of " + maxStride);
		}
	}

	private static Operand<TFloat32> convs(Layers layers, String prefix, Operand<TFloat32> x, int filters,
			int kernel) {
		Operand<TFloat32> y = layers.conv(prefix + "_conv0", x, filters, kernel, true);
		return layers.conv(prefix + "_conv1", y, filters, kernel, true);
	}

	private static int filters(BackboneConfig.UNet config, int exponent) {
		return (int) (config.filters() * Math.pow(config.filtersRate(), exponent));
	}

	private static void powerOfTwo(String field, int value, int minimum) {
		if (value < minimum || Integer.bitCount(value) != 1) {
			throw new IllegalArgumentException(field + " " + value + " is not a power of two"
					+ (minimum > 1 ? " of at least " + minimum : ""));
		}
	}

	private static int log2(int powerOfTwo) {
		return Integer.numberOfTrailingZeros(powerOfTwo);
	}
}
