// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.List;

import org.myrmex.nn.config.BackboneConfig.Hourglass;
import org.myrmex.nn.config.BackboneConfig.Leap;
import org.myrmex.nn.config.BackboneConfig.PretrainedEncoder;
import org.myrmex.nn.config.BackboneConfig.ResNet;
import org.myrmex.nn.config.BackboneConfig.UNet;
import org.myrmex.nn.config.BackboneConfig.Upsampling;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes the {@code model} section; the heads are {@link HeadsJson}'s. */
final class ModelJson {
	/** The choices of {@code model.backbone}, in SLEAP's order. */
	static final List<String> BACKBONES = List.of("leap", "unet", "hourglass", "resnet", "pretrained_encoder");

	private ModelJson() {
	}

	static ModelConfig read(JsonSection model) throws TrainingConfigException {
		return new ModelConfig(backbone(model.section("backbone")), HeadsJson.read(model.section("heads")),
				model.text("base_checkpoint", null));
	}

	/**
	 * @return the one key of a SLEAP "one-of" section that has a value, or {@code null} when none has
	 * @throws TrainingConfigException when a key is not one of {@code choices} or more than one has a value
	 */
	static String oneOf(JsonSection section, List<String> choices, String what) throws TrainingConfigException {
		List<String> present = section.presentKeys();
		for (String key : present) {
			if (!choices.contains(key)) {
				throw section.error(key, "unknown " + what + " '" + key + "' (known: " + String.join(", ", choices)
						+ ")");
			}
		}
		if (present.size() > 1) {
			throw section.error("more than one " + what + " is set (" + String.join(", ", present)
					+ "); set one and leave the others null");
		}
		return present.isEmpty() ? null : present.get(0);
	}

	private static BackboneConfig backbone(JsonSection backbone) throws TrainingConfigException {
		String key = oneOf(backbone, BACKBONES, "backbone");
		if (key == null) {
			return null;
		}
		JsonSection s = backbone.section(key);
		switch (key) {
		case "unet": {
			UNet d = UNet.defaults();
			return new UNet(s.optInteger("stem_stride"), s.integer("max_stride", d.maxStride()),
					s.integer("output_stride", d.outputStride()), s.integer("filters", d.filters()),
					s.number("filters_rate", d.filtersRate()), s.bool("middle_block", d.middleBlock()),
					s.bool("up_interpolate", d.upInterpolate()), s.integer("stacks", d.stacks()));
		}
		case "leap": {
			Leap d = Leap.defaults();
			return new Leap(s.integer("max_stride", d.maxStride()), s.integer("output_stride", d.outputStride()),
					s.integer("filters", d.filters()), s.number("filters_rate", d.filtersRate()),
					s.bool("up_interpolate", d.upInterpolate()), s.integer("stacks", d.stacks()));
		}
		case "hourglass": {
			Hourglass d = Hourglass.defaults();
			return new Hourglass(s.integer("stem_stride", d.stemStride()), s.integer("max_stride", d.maxStride()),
					s.integer("output_stride", d.outputStride()), s.integer("stem_filters", d.stemFilters()),
					s.integer("filters", d.filters()), s.integer("filter_increase", d.filterIncrease()),
					s.integer("stacks", d.stacks()));
		}
		case "resnet": {
			ResNet d = ResNet.defaults();
			return new ResNet(s.text("version", d.version()), s.text("weights", d.weights()),
					s.has("upsampling") ? upsampling(s.section("upsampling")) : null,
					s.integer("max_stride", d.maxStride()), s.integer("output_stride", d.outputStride()));
		}
		default: {
			PretrainedEncoder d = PretrainedEncoder.defaults();
			return new PretrainedEncoder(s.text("encoder", d.encoder()), s.bool("pretrained", d.pretrained()),
					s.integer("decoder_filters", d.decoderFilters()),
					s.number("decoder_filters_rate", d.decoderFiltersRate()),
					s.integer("output_stride", d.outputStride()), s.bool("decoder_batchnorm", d.decoderBatchnorm()));
		}
		}
	}

	private static Upsampling upsampling(JsonSection s) throws TrainingConfigException {
		Upsampling d = Upsampling.defaults();
		return new Upsampling(s.text("method", d.method()), s.text("skip_connections", null),
				s.integer("block_stride", d.blockStride()), s.integer("filters", d.filters()),
				s.number("filters_rate", d.filtersRate()), s.integer("refine_convs", d.refineConvs()),
				s.bool("batch_norm", d.batchNorm()),
				s.integer("transposed_conv_kernel_size", d.transposedConvKernelSize()));
	}

	static ObjectNode write(ModelConfig model) {
		ObjectNode json = JsonOut.object();
		ObjectNode backbones = json.putObject("backbone");
		for (String key : BACKBONES) {
			backbones.putNull(key);
		}
		if (model.backbone() != null) {
			backbones.set(model.backbone().key(), backbone(model.backbone()));
		}
		json.set("heads", HeadsJson.write(model.head()));
		json.put("base_checkpoint", model.baseCheckpoint());
		return json;
	}

	private static ObjectNode backbone(BackboneConfig backbone) {
		ObjectNode json = JsonOut.object();
		if (backbone instanceof UNet u) {
			json.put("stem_stride", u.stemStride());
			json.put("max_stride", u.maxStride());
			json.put("output_stride", u.outputStride());
			json.put("filters", u.filters());
			json.put("filters_rate", u.filtersRate());
			json.put("middle_block", u.middleBlock());
			json.put("up_interpolate", u.upInterpolate());
			json.put("stacks", u.stacks());
		} else if (backbone instanceof Leap l) {
			json.put("max_stride", l.maxStride());
			json.put("output_stride", l.outputStride());
			json.put("filters", l.filters());
			json.put("filters_rate", l.filtersRate());
			json.put("up_interpolate", l.upInterpolate());
			json.put("stacks", l.stacks());
		} else if (backbone instanceof Hourglass h) {
			json.put("stem_stride", h.stemStride());
			json.put("max_stride", h.maxStride());
			json.put("output_stride", h.outputStride());
			json.put("stem_filters", h.stemFilters());
			json.put("filters", h.filters());
			json.put("filter_increase", h.filterIncrease());
			json.put("stacks", h.stacks());
		} else if (backbone instanceof ResNet r) {
			json.put("version", r.version());
			json.put("weights", r.weights());
			json.set("upsampling", r.upsampling() == null ? null : upsampling(r.upsampling()));
			json.put("max_stride", r.maxStride());
			json.put("output_stride", r.outputStride());
		} else if (backbone instanceof PretrainedEncoder p) {
			json.put("encoder", p.encoder());
			json.put("pretrained", p.pretrained());
			json.put("decoder_filters", p.decoderFilters());
			json.put("decoder_filters_rate", p.decoderFiltersRate());
			json.put("output_stride", p.outputStride());
			json.put("decoder_batchnorm", p.decoderBatchnorm());
		}
		return json;
	}

	private static ObjectNode upsampling(Upsampling u) {
		ObjectNode json = JsonOut.object();
		json.put("method", u.method());
		json.put("skip_connections", u.skipConnections());
		json.put("block_stride", u.blockStride());
		json.put("filters", u.filters());
		json.put("filters_rate", u.filtersRate());
		json.put("refine_convs", u.refineConvs());
		json.put("batch_norm", u.batchNorm());
		json.put("transposed_conv_kernel_size", u.transposedConvKernelSize());
		return json;
	}
}
