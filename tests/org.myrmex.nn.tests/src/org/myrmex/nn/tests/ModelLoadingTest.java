// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PosePredictor;
import org.myrmex.nn.predict.PredictionOptions;

/**
 * SLEAP model folders load with their weights checked against the configured network; bad folders fail with a
 * message naming the file and the problem.
 */
class ModelLoadingTest {

	@Test
	void sleapModelsLoadWithTheirHeadNaming() throws Exception {
		PoseModel centroid = PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centroid"));
		assertEquals("_0", centroid.headSuffix(), "SLEAP 1.0–1.1 named heads CentroidConfmapsHead_0");
		assertEquals(1, centroid.channels());
		assertEquals(26, centroid.weights().size());
		assertTrue(centroid.weightsFile().endsWith("best_model.h5"));
		PoseModel scaled = PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centered_instance_with_scaling")
				.resolve("training_config.json"));
		assertEquals("", scaled.headSuffix());
		assertEquals(List.of("A", "B"), scaled.partNames());
	}

	@Test
	void aFolderWithoutWeightsIsRefused(@TempDir Path folder) throws Exception {
		copyConfig("minimal_instance.UNet.centroid", folder);
		assertTrue(refused(folder).contains("no trained weights: neither best_model.h5"));
	}

	@Test
	void aFolderWithoutConfigurationIsRefused(@TempDir Path folder) {
		assertTrue(refused(folder).endsWith("not a model folder: it has no training_config.json"));
	}

	@Test
	void aForeignH5IsRefused(@TempDir Path folder) throws Exception {
		copyConfig("minimal_instance.UNet.centroid", folder);
		Files.copy(Fixtures.get("sleap/hdf5_format_v1/centered_pair_predictions.h5"), folder.resolve("best_model.h5"));
		assertEquals(folder.resolve("best_model.h5") + ": not a SLEAP Keras model: it has no layer 'stack0_enc0_conv0' "
				+ "(and no 'model_weights' group)", refused(folder));
		Files.writeString(folder.resolve("best_model.h5"), "not HDF5");
		assertEquals(folder.resolve("best_model.h5") + ": not an HDF5 file (Keras weights are HDF5)", refused(folder));
	}

	@Test
	void weightsOfAnotherNetworkAreRefused(@TempDir Path folder) throws Exception {
		copyConfig("minimal_instance.UNet.centroid", folder);
		Files.copy(PredictionFixtures.model("minimal_instance.UNet.bottomup").resolve("best_model.h5"),
				folder.resolve("best_model.h5"));
		String message = refused(folder);
		assertTrue(message.startsWith(folder.resolve("best_model.h5") + ": "), message);
		assertTrue(message.contains("the weights and the configuration do not match"), message);
	}

	@Test
	void weightsOfAnotherShapeAreRefusedNamingTheWeight(@TempDir Path folder) throws Exception {
		Path config = PredictionFixtures.model("minimal_instance.UNet.centroid").resolve("training_config.json");
		Files.writeString(folder.resolve("training_config.json"),
				Files.readString(config).replace("\"filters\": 16", "\"filters\": 8"));
		Files.copy(config.resolveSibling("best_model.h5"), folder.resolve("best_model.h5"));
		assertEquals(folder.resolve("best_model.h5") + ": 'model_weights/stack0_enc0_conv0/stack0_enc0_conv0/kernel:0' "
				+ "has shape 3x3x1x16 but the network of training_config.json needs 3x3x1x8: the weights and the "
				+ "configuration do not match", refused(folder));
	}

	@Test
	void modelsThatCannotPredictTogetherAreRefused() throws Exception {
		PoseModel centroid = PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centroid"));
		ModelException e = assertThrows(ModelException.class,
				() -> PosePredictor.create(List.of(centroid), PredictionOptions.defaults()));
		assertTrue(e.getMessage().contains("top-down prediction needs exactly one centroid and one centered_instance "
				+ "model, not 1 and 0"), e.getMessage());
	}

	private static void copyConfig(String model, Path folder) throws Exception {
		Files.copy(PredictionFixtures.model(model).resolve("training_config.json"), folder.resolve("training_config.json"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	private static String refused(Path folder) {
		return assertThrows(ModelException.class, () -> PoseModel.load(folder)).getMessage();
	}
}
