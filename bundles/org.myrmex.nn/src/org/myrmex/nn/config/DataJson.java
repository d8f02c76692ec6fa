// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.List;

import org.myrmex.nn.config.DataConfig.InstanceCropping;
import org.myrmex.nn.config.DataConfig.Labels;
import org.myrmex.nn.config.DataConfig.Preprocessing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes the {@code data} section. */
final class DataJson {
	private DataJson() {
	}

	static DataConfig read(JsonSection data) throws TrainingConfigException {
		return new DataConfig(labels(data.section("labels")), preprocessing(data.section("preprocessing")),
				cropping(data.section("instance_cropping")));
	}

	private static Labels labels(JsonSection s) throws TrainingConfigException {
		Labels d = Labels.defaults();
		List<JsonNode> skeletons = s.elements("skeletons");
		return new Labels(s.text("training_labels", null), s.text("validation_labels", null),
				s.number("validation_fraction", d.validationFraction()), s.text("test_labels", null),
				s.bool("split_by_inds", d.splitByInds()), s.integers("training_inds"), s.integers("validation_inds"),
				s.integers("test_inds"), s.texts("search_path_hints", d.searchPathHints()),
				skeletons == null ? d.skeletons() : skeletons);
	}

	private static Preprocessing preprocessing(JsonSection s) throws TrainingConfigException {
		Preprocessing d = Preprocessing.defaults();
		return new Preprocessing(s.bool("ensure_rgb", d.ensureRgb()), s.bool("ensure_grayscale", d.ensureGrayscale()),
				s.text("imagenet_mode", null), s.number("input_scaling", d.inputScaling()),
				s.optInteger("pad_to_stride"), s.bool("resize_and_pad_to_target", d.resizeAndPadToTarget()),
				s.optInteger("target_height"), s.optInteger("target_width"));
	}

	private static InstanceCropping cropping(JsonSection s) throws TrainingConfigException {
		return new InstanceCropping(s.text("center_on_part", null), s.optInteger("crop_size"),
				s.integer("crop_size_detection_padding", InstanceCropping.defaults().cropSizeDetectionPadding()));
	}

	static ObjectNode write(DataConfig data) {
		ObjectNode json = JsonOut.object();
		Labels l = data.labels();
		ObjectNode labels = json.putObject("labels");
		labels.put("training_labels", l.trainingLabels());
		labels.put("validation_labels", l.validationLabels());
		labels.put("validation_fraction", l.validationFraction());
		labels.put("test_labels", l.testLabels());
		labels.put("split_by_inds", l.splitByInds());
		labels.set("training_inds", JsonOut.integers(l.trainingInds()));
		labels.set("validation_inds", JsonOut.integers(l.validationInds()));
		labels.set("test_inds", JsonOut.integers(l.testInds()));
		labels.set("search_path_hints", JsonOut.texts(l.searchPathHints()));
		labels.set("skeletons", JsonOut.nodes(l.skeletons()));
		Preprocessing p = data.preprocessing();
		ObjectNode preprocessing = json.putObject("preprocessing");
		preprocessing.put("ensure_rgb", p.ensureRgb());
		preprocessing.put("ensure_grayscale", p.ensureGrayscale());
		preprocessing.put("imagenet_mode", p.imagenetMode());
		preprocessing.put("input_scaling", p.inputScaling());
		preprocessing.put("pad_to_stride", p.padToStride());
		preprocessing.put("resize_and_pad_to_target", p.resizeAndPadToTarget());
		preprocessing.put("target_height", p.targetHeight());
		preprocessing.put("target_width", p.targetWidth());
		InstanceCropping c = data.instanceCropping();
		ObjectNode cropping = json.putObject("instance_cropping");
		cropping.put("center_on_part", c.centerOnPart());
		cropping.put("crop_size", c.cropSize());
		cropping.put("crop_size_detection_padding", c.cropSizeDetectionPadding());
		return json;
	}
}
