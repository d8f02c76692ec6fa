// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

/** One choice of {@code model.backbone}; {@link #key()} is its key in the file. */
public sealed interface BackboneConfig {

	/** @return the key of this choice in {@code model.backbone} */
	String key();

	/**
	 * {@code unet}: SLEAP's U-Net.
	 *
	 * @param stemStride    stride of the stem (7×7 blocks before the encoder), or {@code null} for no stem
	 * @param maxStride     stride at the bottom of the encoder: 2^(down blocks + stem blocks) (16)
	 * @param outputStride  stride of the decoder's output (1)
	 * @param filters       filters of the first block (64)
	 * @param filtersRate   factor from one block's filters to the next (2)
	 * @param middleBlock   add an expand and a contract convolution at the bottom (true)
	 * @param upInterpolate bilinear upsampling when true, transposed convolutions when false (false)
	 * @param stacks        repetitions of encoder and decoder (1)
	 */
	record UNet(Integer stemStride, int maxStride, int outputStride, int filters, double filtersRate,
			boolean middleBlock, boolean upInterpolate, int stacks) implements BackboneConfig {

		/** @return SLEAP's defaults */
		public static UNet defaults() {
			return new UNet(null, 16, 1, 64, 2, true, false, 1);
		}

		@Override
		public String key() {
			return "unet";
		}
	}

	/**
	 * {@code leap}: the LEAP CNN.
	 *
	 * @param maxStride     (8)
	 * @param outputStride  (1)
	 * @param filters       (64)
	 * @param filtersRate   (2)
	 * @param upInterpolate (false)
	 * @param stacks        (1)
	 */
	record Leap(int maxStride, int outputStride, int filters, double filtersRate, boolean upInterpolate, int stacks)
			implements BackboneConfig {

		/** @return SLEAP's defaults */
		public static Leap defaults() {
			return new Leap(8, 1, 64, 2, false, 1);
		}

		@Override
		public String key() {
			return "leap";
		}
	}

	/**
	 * {@code hourglass}: stacked hourglass.
	 *
	 * @param stemStride     (4)
	 * @param maxStride      (64)
	 * @param outputStride   (4)
	 * @param stemFilters    (128)
	 * @param filters        (256)
	 * @param filterIncrease (128)
	 * @param stacks         (3)
	 */
	record Hourglass(int stemStride, int maxStride, int outputStride, int stemFilters, int filters,
			int filterIncrease, int stacks) implements BackboneConfig {

		/** @return SLEAP's defaults */
		public static Hourglass defaults() {
			return new Hourglass(4, 64, 4, 128, 256, 128, 3);
		}

		@Override
		public String key() {
			return "hourglass";
		}
	}

	/**
	 * {@code resnet}: a Keras ResNet with an optional upsampling branch.
	 *
	 * @param version      {@code "ResNet50"}, {@code "ResNet101"} or {@code "ResNet152"} ("ResNet50")
	 * @param weights      {@code "random"}, {@code "frozen"} or {@code "tunable"} ("frozen")
	 * @param upsampling   the upsampling branch, or {@code null}
	 * @param maxStride    (32)
	 * @param outputStride (4)
	 */
	record ResNet(String version, String weights, Upsampling upsampling, int maxStride, int outputStride)
			implements BackboneConfig {

		/** @return SLEAP's defaults */
		public static ResNet defaults() {
			return new ResNet("ResNet50", "frozen", null, 32, 4);
		}

		@Override
		public String key() {
			return "resnet";
		}
	}

	/**
	 * The upsampling branch of {@link ResNet}.
	 *
	 * @param method                   {@code "interpolation"} or {@code "transposed_conv"} ("interpolation")
	 * @param skipConnections          {@code "add"}, {@code "concatenate"} or {@code null}
	 * @param blockStride              (2)
	 * @param filters                  (64)
	 * @param filtersRate              (1)
	 * @param refineConvs              (2)
	 * @param batchNorm                (true)
	 * @param transposedConvKernelSize (4)
	 */
	record Upsampling(String method, String skipConnections, int blockStride, int filters, double filtersRate,
			int refineConvs, boolean batchNorm, int transposedConvKernelSize) {

		/** @return SLEAP's defaults */
		public static Upsampling defaults() {
			return new Upsampling("interpolation", null, 2, 64, 1, 2, true, 4);
		}
	}

	/**
	 * {@code pretrained_encoder}: a U-Net decoder on an ImageNet encoder.
	 *
	 * @param encoder            encoder name ("efficientnetb0")
	 * @param pretrained         start from ImageNet weights (true)
	 * @param decoderFilters     (256)
	 * @param decoderFiltersRate (1.0)
	 * @param outputStride       (2)
	 * @param decoderBatchnorm   (true)
	 */
	record PretrainedEncoder(String encoder, boolean pretrained, int decoderFilters, double decoderFiltersRate,
			int outputStride, boolean decoderBatchnorm) implements BackboneConfig {

		/** @return SLEAP's defaults */
		public static PretrainedEncoder defaults() {
			return new PretrainedEncoder("efficientnetb0", true, 256, 1.0, 2, true);
		}

		@Override
		public String key() {
			return "pretrained_encoder";
		}
	}
}
