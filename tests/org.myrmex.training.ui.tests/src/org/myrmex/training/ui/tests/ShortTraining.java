// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.train.TrainingOptions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A short real training on the CPU: SLEAP's {@code minimal_instance.UNet.centroid} configuration (centroid
 * confidence maps with offset refinement) on {@code slp_hdf5/minimal_instance.slp} (1 frame of
 * {@code centered_pair_low_quality.mp4}, 2 instances; validated on the same frame), cut to a few steps per epoch and 8 base filters.
 */
final class ShortTraining {
	private ShortTraining() {
	}

	/**
	 * @return options training {@code epochs} epochs of {@code batches} steps into a run folder in {@code folder}
	 *         named as SLEAP names them ({@code 241206_110501.centroid})
	 */
	static TrainingOptions options(Path folder, int epochs, int batches) throws IOException {
		ObjectMapper json = new ObjectMapper();
		ObjectNode config = (ObjectNode) json
				.readTree(Fixtures.require("sleap/models/minimal_instance.UNet.centroid/training_config.json").toFile());
		ObjectNode optimization = (ObjectNode) config.get("optimization");
		optimization.put("epochs", epochs);
		optimization.put("batches_per_epoch", batches);
		optimization.put("min_batches_per_epoch", 1);
		optimization.put("val_batches_per_epoch", 1);
		optimization.put("min_val_batches_per_epoch", 1);
		((ObjectNode) config.get("model").get("backbone").get("unet")).put("filters", 8);
		Path labels = Fixtures.require("sleap/slp_hdf5/minimal_instance.slp").toAbsolutePath();
		// its one frame is all the data: validate on it too, so that there are validation losses to show
		((ObjectNode) config.get("data").get("labels")).put("validation_labels", labels.toString());
		Path file = folder.resolve("training_config.json");
		Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(config));
		return TrainingOptions.of(file, labels)
				.withRunFolder(folder.resolve(
						LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyMMdd_HHmmss")) + ".centroid")).withDevice(ComputeDevice.CPU);
	}
}
