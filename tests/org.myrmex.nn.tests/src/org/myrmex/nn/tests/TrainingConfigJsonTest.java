// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.ModelConfig;
import org.myrmex.nn.config.OptimizationConfig;
import org.myrmex.nn.config.OutputsConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingConfigJson;

class TrainingConfigJsonTest {

	@Test
	void aWrittenFileReadsBackEqual(@TempDir Path dir) throws Exception {
		TrainingConfig config = TrainingConfigJson.read(Fixtures
				.get("ants/models/general_models/filter_32-stride_32.240425_031454.centered_instance/training_config.json"));
		Path file = dir.resolve("training_config.json");
		TrainingConfigJson.write(config, file);
		assertEquals(config, TrainingConfigJson.read(file));
		String text = Files.readString(file);
		assertTrue(text.startsWith("{\n    \"data\": {\n        \"labels\": {"), text.substring(0, 60));
		assertTrue(text.contains("\"leap\": null,"), "SLEAP's null siblings of the chosen backbone");
		assertTrue(text.contains("\"multi_class_topdown\": null"), "and of the chosen head");
		assertTrue(text.contains("\"keep_viz_images\": false"));
	}

	@Test
	void everyRecordKindRoundTrips() throws Exception {
		HeadConfig.CenteredInstance centred = new HeadConfig.CenteredInstance("Thorax", List.of("Head"), 3, 2, 0.5, true);
		List<ModelConfig> models = List.of(
				new ModelConfig(BackboneConfig.Leap.defaults(), new HeadConfig.MultiClassTopDown(centred,
						new HeadConfig.ClassVectors(List.of("ant1", "ant2"), 2, 32, false, 4, 0.25)), "base"),
				new ModelConfig(new BackboneConfig.ResNet("ResNet101", "tunable",
						BackboneConfig.Upsampling.defaults(), 32, 8), new HeadConfig.MultiClassBottomUp(
								new HeadConfig.Confmaps(null, 4, 2, 1, false),
								new HeadConfig.ClassMaps(List.of("a"), 6, 2, 1)), null),
				new ModelConfig(BackboneConfig.Hourglass.defaults(),
						new HeadConfig.SingleInstance(null, 1, 1, 1, true), null),
				new ModelConfig(null, null, null));
		for (ModelConfig model : models) {
			TrainingConfig config = TrainingConfig.defaults().withModel(model);
			assertEquals(config, TrainingConfigJson.parse(TrainingConfigJson.toJson(config), "written"));
		}
	}

	@Test
	void missingKeysTakeSleapDefaults() throws Exception {
		TrainingConfig config = TrainingConfigJson.parse("""
				{"model": {"backbone": {"unet": {"max_stride": 8}}, "heads": {"centroid": {"sigma": 3}}},
				 "optimization": {"batch_size": 2, "learning_rate_schedule": {"plateau_patience": 7}}}
				""", "old.json");
		assertEquals(new BackboneConfig.UNet(null, 8, 1, 64, 2, true, false, 1), config.model().backbone());
		assertEquals(new HeadConfig.Centroid(null, 3, 1, 1, false), config.model().head());
		assertEquals(DataConfig.defaults(), config.data());
		assertEquals(OutputsConfig.defaults(), config.outputs());
		OptimizationConfig o = config.optimization();
		assertEquals(2, o.batchSize());
		assertEquals(new OptimizationConfig.LearningRateSchedule(true, 0.5, 1e-6, 7, 3, 1e-8), o.learningRateSchedule());
		assertEquals(OptimizationConfig.Augmentation.defaults(), o.augmentation());
		assertEquals(200, o.minBatchesPerEpoch());
		assertNull(o.batchesPerEpoch());
		assertEquals("", config.name());
	}

	@Test
	void unknownKeysAndNullSectionsAreIgnored() throws Exception {
		TrainingConfig config = TrainingConfigJson.parse("""
				{"future_section": {"x": 1}, "data": {"labels": null, "new_option": [1, 2]},
				 "model": {"backbone": {"unet": {"max_stride": 16, "dropout": 0.5}, "leap": null}, "heads": {}},
				 "outputs": {"delete_viz_images": false}}
				""", "new.json");
		assertEquals(DataConfig.Labels.defaults(), config.data().labels());
		assertEquals(16, ((BackboneConfig.UNet) config.model().backbone()).maxStride());
		assertNull(config.model().head());
		assertTrue(config.outputs().keepVizImages(), "delete_viz_images false: kept");
	}

	@Test
	void malformedJsonNamesTheFileAndThePlace() {
		TrainingConfigException e = assertThrows(TrainingConfigException.class,
				() -> TrainingConfigJson.parse("{\"data\": {\"labels\": }", "bad.json"));
		assertTrue(e.getMessage().startsWith("bad.json: not valid JSON at line 1, column 21: "), e.getMessage());
	}

	@Test
	void anUnknownBackboneOrHeadNamesTheFileAndTheField() {
		TrainingConfigException backbone = assertThrows(TrainingConfigException.class, () -> TrainingConfigJson
				.parse("{\"model\": {\"backbone\": {\"unet\": null, \"transformer\": {\"depth\": 4}}}}", "cfg.json"));
		assertEquals("cfg.json: model.backbone.transformer: unknown backbone 'transformer' (known: leap, unet, "
				+ "hourglass, resnet, pretrained_encoder)", backbone.getMessage());
		assertEquals("model.backbone.transformer", backbone.getField());
		TrainingConfigException head = assertThrows(TrainingConfigException.class, () -> TrainingConfigJson
				.parse("{\"model\": {\"heads\": {\"centroid\": null, \"top_down\": {}}}}", "cfg.json"));
		assertEquals("cfg.json: model.heads.top_down: unknown head 'top_down' (known: single_instance, centroid, "
				+ "centered_instance, multi_instance, multi_class_bottomup, multi_class_topdown)", head.getMessage());
	}

	@Test
	void twoHeadsOrAWrongTypeNameTheField() {
		TrainingConfigException two = assertThrows(TrainingConfigException.class, () -> TrainingConfigJson
				.parse("{\"model\": {\"heads\": {\"centroid\": {}, \"single_instance\": {}}}}", "cfg.json"));
		assertEquals("cfg.json: model.heads: more than one head is set (centroid, single_instance); "
				+ "set one and leave the others null", two.getMessage());
		TrainingConfigException type = assertThrows(TrainingConfigException.class, () -> TrainingConfigJson
				.parse("{\"model\": {\"backbone\": {\"unet\": {\"max_stride\": \"big\"}}}}", "cfg.json"));
		assertEquals("cfg.json: model.backbone.unet.max_stride: expected an integer, found \"big\"", type.getMessage());
		TrainingConfigException edge = assertThrows(TrainingConfigException.class, () -> TrainingConfigJson
				.parse("{\"model\": {\"heads\": {\"multi_instance\": {\"pafs\": {\"edges\": [[\"A\"]]}}}}}", "cfg.json"));
		assertEquals("cfg.json: model.heads.multi_instance.pafs.edges[0]: expected [source, destination] node names, "
				+ "found [\"A\"]", edge.getMessage());
	}

	@Test
	void aMissingFileOrANonObjectSaysSo(@TempDir Path dir) throws Exception {
		Path missing = dir.resolve("nothing.json");
		TrainingConfigException e = assertThrows(TrainingConfigException.class, () -> TrainingConfigJson.read(missing));
		assertEquals(missing + ": no such file", e.getMessage());
		TrainingConfigException list = assertThrows(TrainingConfigException.class,
				() -> TrainingConfigJson.parse("[1, 2]", "list.json"));
		assertEquals("list.json: expected a JSON object, found [1,2]", list.getMessage());
	}
}
