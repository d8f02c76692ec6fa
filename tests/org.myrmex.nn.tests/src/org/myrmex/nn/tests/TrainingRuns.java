// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.TrainingOptions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Small, fast training runs on real fixtures: SLEAP's {@code minimal_robot.UNet.single_instance} configuration on
 * {@code slp_hdf5/small_robot_minimal.slp} (2 frames, 2 nodes, input scaling 0.5, 18 250 weights), cut to a few
 * steps per epoch.
 */
final class TrainingRuns {
	private static final ObjectMapper JSON = new ObjectMapper();

	private TrainingRuns() {
	}

	/** @return the robot labels */
	static Path robotLabels() {
		return Fixtures.get("sleap/slp_hdf5/small_robot_minimal.slp");
	}

	/**
	 * Writes the robot configuration with {@code batches} training and 1 validation step per epoch, then the edits.
	 *
	 * @return options training it on the robot labels into {@code folder/run}
	 */
	static TrainingOptions robot(Path folder, int epochs, int batches, Consumer<ObjectNode> edit) throws IOException {
		return options(folder, "sleap/models/minimal_robot.UNet.single_instance/training_config.json", robotLabels(),
				epochs, batches, edit);
	}

	/** @return options training a fixture configuration, cut to a few steps, on labels into {@code folder/run} */
	static TrainingOptions options(Path folder, String config, Path labels, int epochs, int batches,
			Consumer<ObjectNode> edit) throws IOException {
		ObjectNode json = (ObjectNode) JSON.readTree(Fixtures.get(config).toFile());
		ObjectNode optimization = (ObjectNode) json.get("optimization");
		optimization.put("epochs", epochs);
		optimization.put("batches_per_epoch", batches);
		optimization.put("min_batches_per_epoch", batches);
		optimization.put("val_batches_per_epoch", 1);
		optimization.put("min_val_batches_per_epoch", 1);
		edit.accept(json);
		Path file = folder.resolve("training_config.json");
		JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
		return TrainingOptions.of(file, labels).withRunFolder(folder.resolve("run"));
	}

	/** @return the rows of a {@code training_log.csv}, split at commas, header first */
	static List<String[]> log(Path run) throws IOException {
		return Files.readAllLines(run.resolve("training_log.csv")).stream().filter(l -> !l.isBlank())
				.map(l -> l.split(",")).toList();
	}

	/** @return a column of a log's rows (header excluded) */
	static double[] column(List<String[]> log, String name) {
		int c = List.of(log.get(0)).indexOf(name);
		return log.subList(1, log.size()).stream().mapToDouble(r -> Double.parseDouble(r[c])).toArray();
	}

	/** @return a recorder that cancels {@code monitor} at the first step of epoch {@code epoch} */
	static TrainerTest.Recorder cancellingIn(int epoch, IProgressMonitor monitor) {
		return new TrainerTest.Recorder() {
			@Override
			public void batchEnded(BatchProgress progress) {
				if (progress.epoch() == epoch) {
					monitor.setCanceled(true);
				}
			}
		};
	}
}
