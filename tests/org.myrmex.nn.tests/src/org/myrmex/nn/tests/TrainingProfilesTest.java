// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.Pipeline;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.config.TrainingProfile;
import org.myrmex.nn.config.TrainingProfiles;
import org.myrmex.nn.train.ConfigCheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The training wizard's profiles and the checks it shows as the user types. */
class TrainingProfilesTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final List<String> ANT = List.of("Head", "Neck", "UpperThorax", "LowerThorax", "Petiole",
			"Abdomen");

	@Test
	void builtInProfilesCoverEveryPipelineAndPassTheChecks() {
		List<TrainingProfile> profiles = TrainingProfiles.builtIn();
		assertEquals(7, profiles.size());
		for (Pipeline pipeline : Pipeline.values()) {
			assertTrue(profiles.stream().anyMatch(p -> p.pipeline() == pipeline), pipeline.title());
		}
		for (TrainingProfile profile : profiles) {
			assertEquals(profile.pipeline().heads(), List.copyOf(profile.configs().keySet()), profile.name());
			for (TrainingConfig config : profile.configs().values()) {
				assertEquals(List.of(), ConfigCheck.problems(config, ANT), profile.name());
			}
		}
	}

	@Test
	void theAntPairHasTheGroupsValues() {
		TrainingProfile ant = TrainingProfiles.builtIn().get(0);
		assertEquals(Pipeline.TOP_DOWN, ant.pipeline());
		for (TrainingConfig config : ant.configs().values()) {
			BackboneConfig.UNet unet = (BackboneConfig.UNet) config.model().backbone();
			assertEquals(32, unet.filters());
			assertEquals(32, unet.maxStride());
		}
		assertEquals(2.5, ((HeadConfig.Centroid) ant.configs().get("centroid").model().head()).sigma());
		assertEquals(2.5,
				((HeadConfig.CenteredInstance) ant.configs().get("centered_instance").model().head()).sigma());
		assertEquals(0.5, ant.configs().get("centroid").data().preprocessing().inputScaling());
	}

	@Test
	void aSleapConfigurationLoadsAsAProfileOfItsPipeline() throws TrainingConfigException {
		TrainingProfile centroid = TrainingProfiles
				.load(Fixtures.get("sleap/models/minimal_instance.UNet.centroid/training_config.json"));
		assertEquals(Pipeline.TOP_DOWN, centroid.pipeline());
		assertEquals(List.of("centroid"), List.copyOf(centroid.configs().keySet()));
		TrainingProfile bottomUp = TrainingProfiles
				.load(Fixtures.get("sleap/models/minimal_instance.UNet.bottomup/training_config.json"));
		assertEquals(Pipeline.BOTTOM_UP, bottomUp.pipeline());
	}

	@Test
	void savedProfilesComeBackEqual(@TempDir Path folder) throws TrainingConfigException {
		TrainingProfile ant = TrainingProfiles.builtIn().get(0);
		TrainingProfiles.save(folder, "my ants", ant.pipeline(), ant.configs());
		assertTrue(Files.isRegularFile(folder.resolve("my ants/centroid.json")));
		List<TrainingProfile> saved = TrainingProfiles.saved(folder);
		assertEquals(1, saved.size());
		assertEquals("my ants", saved.get(0).name());
		assertEquals(TrainingProfile.Origin.SAVED, saved.get(0).origin());
		assertEquals(ant.configs(), saved.get(0).configs());
		assertThrows(TrainingConfigException.class,
				() -> TrainingProfiles.save(folder, "../up", ant.pipeline(), ant.configs()));
		assertThrows(TrainingConfigException.class, () -> TrainingProfiles.save(folder, "half", ant.pipeline(),
				Map.of("centroid", ant.configs().get("centroid"))));
	}

	@Test
	void checksNameTheFieldsThatCannotTrain() throws Exception {
		TrainingConfig centred = TrainingProfiles.builtIn().get(0).configs().get("centered_instance");
		ObjectNode json = (ObjectNode) JSON.readTree(TrainingConfigJson.toJson(centred));
		((ObjectNode) json.at("/data/instance_cropping")).put("crop_size", 100);
		((ObjectNode) json.at("/model/heads/centered_instance")).put("anchor_part", "Tail");
		((ObjectNode) json.at("/data/labels")).put("validation_fraction", 1.5);
		List<String> problems = ConfigCheck.problems(TrainingConfigJson.parse(json.toString(), "test"), ANT);
		assertTrue(problems.contains("data.labels.validation_fraction 1.5 must be from 0 to below 1"),
				problems.toString());
		assertTrue(problems.contains("model.heads.centered_instance.anchor_part 'Tail' is not a node of the skeleton"),
				problems.toString());
		ObjectNode crop = (ObjectNode) JSON.readTree(TrainingConfigJson.toJson(centred));
		((ObjectNode) crop.at("/data/instance_cropping")).put("crop_size", 100);
		assertEquals(List.of("data.instance_cropping.crop_size 100 is not a positive multiple of "
				+ "model.backbone.unet.max_stride 32"),
				ConfigCheck.problems(TrainingConfigJson.parse(crop.toString(), "test"), ANT));
	}
}
