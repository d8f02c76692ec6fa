// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.network;

import java.util.List;

import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.ModelConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A pose network as SLEAP builds it from a configuration ({@code sleap.nn.model.Model.from_config}): the U-Net
 * backbone, its decoder stopped at the stride of the head's confidence maps (SLEAP overrides the backbone's
 * {@code output_stride} with it), and the head's outputs.
 *
 * @param backbone the backbone's feature maps
 * @param outputs  the head outputs, confidence maps first
 * @param weights  every trainable variable, named as in SLEAP's Keras model
 */
public record PoseNetwork(Backbone backbone, List<HeadOutput> outputs, List<Weight> weights) {

	/** Copies the lists. */
	public PoseNetwork {
		outputs = List.copyOf(outputs);
		weights = List.copyOf(weights);
	}

	/**
	 * Builds a network with initial kernels from seed 0 and head names as SLEAP ≥ 1.2 writes them.
	 *
	 * @see #build(Ops, Operand, ModelConfig, SkeletonNames, long, String)
	 */
	public static PoseNetwork build(Ops tf, Operand<TFloat32> input, ModelConfig model, SkeletonNames skeleton) {
		return build(tf, input, model, skeleton, 0, "");
	}

	/**
	 * Builds a network in a graph.
	 *
	 * @param input      images, {@code [batch, height, width, channels]}, height and width multiples of the max
	 *                   stride
	 * @param skeleton   node names and edges for heads that leave theirs {@code null}
	 * @param seed       the seed of the initial kernels
	 * @param headSuffix appended to head layer names ({@code ""}, or {@code "_0"} as SLEAP 1.0–1.1 named them)
	 * @throws IllegalArgumentException when the model cannot be built, with a message naming the field
	 */
	public static PoseNetwork build(Ops tf, Operand<TFloat32> input, ModelConfig model, SkeletonNames skeleton,
			long seed, String headSuffix) {
		BackboneConfig.UNet unet = check(model);
		Layers layers = new Layers(tf, seed);
		Backbone backbone = UNet.build(layers, input, unet);
		List<HeadOutput> outputs = Heads.build(layers, backbone, model.head(), skeleton, headSuffix);
		return new PoseNetwork(backbone, outputs, layers.weights());
	}

	/**
	 * Checks, before any data is loaded, that a configuration describes a network Myrmex can build: a U-Net
	 * backbone with valid strides, a supported head at strides the backbone has, and a crop size (where set)
	 * divisible by the max stride.
	 *
	 * @throws IllegalArgumentException naming the field and the problem
	 */
	public static void check(TrainingConfig config) {
		BackboneConfig.UNet unet = check(config.model());
		Integer crop = config.data().instanceCropping().cropSize();
		if (crop != null && (crop <= 0 || crop % unet.maxStride() != 0)) {
			throw new IllegalArgumentException("data.instance_cropping.crop_size " + crop
					+ " is not a positive multiple of model.backbone.unet.max_stride " + unet.maxStride());
		}
	}

	/** @return the U-Net to build, after checking the model section as {@link #check(TrainingConfig)} does */
	private static BackboneConfig.UNet check(ModelConfig model) {
		BackboneConfig.UNet unet = backbone(model);
		UNet.check((BackboneConfig.UNet) model.backbone());
		HeadConfig head = model.head();
		String field = "model.heads." + head.key();
		int confmaps = Heads.confmapsStride(head);
		if (head instanceof HeadConfig.MultiInstance multi) {
			checkStride(field + ".confmaps.output_stride", confmaps, 1, unet.maxStride());
			checkStride(field + ".pafs.output_stride", multi.pafs().outputStride(), confmaps, unet.maxStride());
		} else {
			checkStride(field + ".output_stride", confmaps, 1, unet.maxStride());
		}
		return unet;
	}

	/** @return the U-Net of a model, its output stride set to the stride of the head's confidence maps */
	private static BackboneConfig.UNet backbone(ModelConfig model) {
		if (model.backbone() == null) {
			throw new IllegalArgumentException("model.backbone: no backbone is set; set unet");
		}
		if (!(model.backbone() instanceof BackboneConfig.UNet unet)) {
			throw new IllegalArgumentException("model.backbone." + model.backbone().key()
					+ ": only the U-Net backbone (unet) is supported");
		}
		if (model.head() == null) {
			throw new IllegalArgumentException("model.heads: no head is set");
		}
		int stride = Heads.confmapsStride(model.head());
		return new BackboneConfig.UNet(unet.stemStride(), unet.maxStride(), stride, unet.filters(),
				unet.filtersRate(), unet.middleBlock(), unet.upInterpolate(), unet.stacks());
	}

	private static void checkStride(String field, int stride, int minimum, int maximum) {
		if (stride < minimum || Integer.bitCount(stride) != 1 || stride > maximum) {
			throw new IllegalArgumentException(field + " " + stride + " must be a power of two from " + minimum
					+ " to model.backbone.unet.max_stride " + maximum);
		}
	}
}
