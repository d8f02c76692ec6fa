// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigJson;

/** Every SLEAP and ant configuration in the fixtures loads, with the values the files hold. */
class FixtureConfigsTest {
	private static final String ANTS = "ants/models/general_models/filter_32-stride_32.240425_031454.";
	private static final String SLEAP = "sleap/models/minimal_instance.UNet.";

	@TestFactory
	Stream<DynamicTest> everyFixtureConfigLoadsAndReadsBackEqual() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Fixtures.get(""))) {
			files = walk.filter(p -> p.toString().endsWith(".json"))
					.filter(p -> p.toString().contains("/models/") || p.toString().contains("/training_profiles/"))
					.sorted().toList();
		}
		assertEquals(25, files.size(), "fixture configurations " + files);
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			TrainingConfig config = TrainingConfigJson.read(file);
			assertTrue(config.model().head() != null, "a head");
			assertEquals(config, TrainingConfigJson.parse(TrainingConfigJson.toJson(config), "written"));
		}));
	}

	@Test
	void antCentredInstanceConfig() throws Exception {
		TrainingConfig c = TrainingConfigJson.read(Fixtures.get(ANTS + "centered_instance/training_config.json"));
		BackboneConfig.UNet unet = assertInstanceOf(BackboneConfig.UNet.class, c.model().backbone());
		assertEquals(new BackboneConfig.UNet(null, 32, 4, 32, 2.0, true, true, 1), unet);
		HeadConfig.CenteredInstance head = assertInstanceOf(HeadConfig.CenteredInstance.class, c.model().head());
		assertNull(head.anchorPart());
		assertEquals(2.5, head.sigma());
		assertEquals(4, head.outputStride());
		assertFalse(head.offsetRefinement());
		assertEquals(18, head.partNames().size());
		assertEquals("RHindFoot", head.partNames().get(17));
		assertEquals(288, c.data().instanceCropping().cropSize());
		assertTrue(c.data().preprocessing().ensureRgb());
		assertEquals(1080, c.data().preprocessing().targetHeight());
		assertEquals(List.of(62, 21, 21), List.of(c.data().labels().trainingInds().size(),
				c.data().labels().validationInds().size(), c.data().labels().testInds().size()));
		assertEquals(1, c.data().labels().skeletons().size());
		assertEquals(4, c.optimization().batchSize());
		assertEquals(200, c.optimization().epochs());
		assertEquals(31, c.optimization().valBatchesPerEpoch());
		assertEquals(-15.0, c.optimization().augmentation().rotationMinAngle());
		assertTrue(c.optimization().augmentation().randomFlip());
		assertFalse(c.optimization().augmentation().flipHorizontal());
		assertEquals(1e-8, c.optimization().earlyStopping().plateauMinDelta());
		assertFalse(c.outputs().keepVizImages(), "delete_viz_images: true");
		assertEquals("filter_32-stride_32.", c.outputs().runNamePrefix());
		assertEquals("1.3.3", c.sleapVersion());
	}

	@Test
	void antCentroidConfig() throws Exception {
		TrainingConfig c = TrainingConfigJson.read(Fixtures.get(ANTS + "centroid/training_config.json"));
		assertEquals(new BackboneConfig.UNet(null, 32, 2, 32, 2.0, true, true, 1), c.model().backbone());
		assertEquals(new HeadConfig.Centroid(null, 2.5, 2, 1.0, false), c.model().head());
		assertEquals(0.5, c.data().preprocessing().inputScaling());
		assertEquals(32, c.data().preprocessing().padToStride());
		assertNull(c.data().instanceCropping().cropSize());
	}

	@Test
	void sleapBottomUpConfigWithOffsetsAndPafs() throws Exception {
		TrainingConfig c = TrainingConfigJson.read(Fixtures.get(SLEAP + "bottomup/training_config.json"));
		assertEquals(new BackboneConfig.UNet(null, 8, 2, 16, 1.5, true, false, 1), c.model().backbone());
		HeadConfig.MultiInstance head = assertInstanceOf(HeadConfig.MultiInstance.class, c.model().head());
		assertEquals(new HeadConfig.Confmaps(List.of("A", "B"), 1.5, 2, 1.0, true), head.confmaps());
		assertEquals(new HeadConfig.Pafs(List.of(new HeadConfig.Edge("A", "B")), 50, 4, 1.0), head.pafs());
		assertEquals(8, c.data().preprocessing().padToStride());
		assertTrue(c.data().preprocessing().resizeAndPadToTarget(), "missing key: SLEAP's default");
		assertNull(c.sleapVersion());
		assertEquals("", c.name());
	}

	@Test
	void sleapCentroidAndCentredInstanceConfigs() throws Exception {
		TrainingConfig centroid = TrainingConfigJson.read(Fixtures.get(SLEAP + "centroid/training_config.json"));
		assertEquals(new HeadConfig.Centroid(null, 1.5, 4, 1.0, true), centroid.model().head());
		assertEquals(100, centroid.optimization().batchesPerEpoch());
		assertEquals("", centroid.outputs().runNameSuffix());
		TrainingConfig initial = TrainingConfigJson.read(Fixtures.get(SLEAP + "centroid/initial_config.json"));
		assertNull(initial.outputs().runNameSuffix());
		assertEquals(List.of(), initial.data().labels().skeletons());
		TrainingConfig scaled = TrainingConfigJson
				.read(Fixtures.get(SLEAP + "centered_instance_with_scaling/training_config.json"));
		assertEquals(new HeadConfig.CenteredInstance(null, List.of("A", "B"), 1.5, 2, 1.0, true),
				scaled.model().head());
		assertEquals(0.5, scaled.data().preprocessing().inputScaling());
		assertEquals(56, scaled.data().instanceCropping().cropSize());
		assertEquals("1.4.1", scaled.sleapVersion());
	}

	@Test
	void sleapSingleInstanceConfig() throws Exception {
		TrainingConfig c = TrainingConfigJson
				.read(Fixtures.get("sleap/models/minimal_robot.UNet.single_instance/training_config.json"));
		assertEquals(new BackboneConfig.UNet(null, 4, 4, 8, 2.0, true, true, 1), c.model().backbone());
		assertEquals(new HeadConfig.SingleInstance(List.of("A", "B"), 5.0, 4, 1.0, false), c.model().head());
		assertEquals(1e-3, c.optimization().initialLearningRate());
	}

	@Test
	void trainingProfiles() throws Exception {
		TrainingConfig pretrained = TrainingConfigJson.read(Fixtures.get("sleap/training_profiles/pretrained.bottomup.json"));
		assertEquals(new BackboneConfig.PretrainedEncoder("efficientnetb0", true, 256, 1.0, 4, true),
				pretrained.model().backbone());
		HeadConfig.MultiInstance head = assertInstanceOf(HeadConfig.MultiInstance.class, pretrained.model().head());
		assertNull(head.confmaps().partNames(), "all nodes");
		assertNull(head.pafs().edges(), "all edges");
		assertEquals(75.0, head.pafs().sigma());
		assertEquals(8, head.pafs().outputStride());
		TrainingConfig large = TrainingConfigJson.read(Fixtures.get("sleap/training_profiles/baseline_large_rf.topdown.json"));
		assertEquals(new BackboneConfig.UNet(null, 32, 4, 24, 1.5, true, true, 1), large.model().backbone());
		assertEquals(new HeadConfig.CenteredInstance(null, null, 2.5, 4, 1.0, false), large.model().head());
		assertEquals(15.0, large.optimization().augmentation().rotationMaxAngle());
	}
}
