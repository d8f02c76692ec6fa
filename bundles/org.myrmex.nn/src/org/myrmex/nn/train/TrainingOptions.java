// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

import java.nio.file.Path;
import java.util.Objects;

import org.myrmex.nn.ComputeDevice;

/**
 * What to train: a SLEAP training configuration, the labels, where the run folder goes and how to run.
 *
 * @param config    the {@code training_config.json} (SLEAP's format)
 * @param labels    the training labels ({@code .slp})
 * @param runFolder the run folder; {@code null} for SLEAP's default
 *                  {@code <labels folder>/<outputs.runs_folder>/<run name>}
 * @param epochs    overrides {@code optimization.epochs}; {@code null} keeps the configured number
 * @param device    where TensorFlow runs
 * @param seed      seeds the split, shuffling, augmentation and initial weights
 * @param resume    continue the run in {@code runFolder} from its latest checkpoint (after a crash or cancel)
 */
public record TrainingOptions(Path config, Path labels, Path runFolder, Integer epochs, ComputeDevice device,
		long seed, boolean resume) {

	/** Checks the required parts. */
	public TrainingOptions {
		Objects.requireNonNull(config, "config");
		Objects.requireNonNull(labels, "labels");
		Objects.requireNonNull(device, "device");
		if (resume && runFolder == null) {
			throw new IllegalArgumentException("resuming needs the run folder of the run to continue");
		}
	}

	/** @return options for a new run with SLEAP's default folder, the configured epochs, device chosen automatically */
	public static TrainingOptions of(Path config, Path labels) {
		return new TrainingOptions(config, labels, null, null, ComputeDevice.AUTO, 0, false);
	}

	/** @return these options with another run folder */
	public TrainingOptions withRunFolder(Path folder) {
		return new TrainingOptions(config, labels, folder, epochs, device, seed, resume);
	}

	/** @return these options with another number of epochs */
	public TrainingOptions withEpochs(Integer count) {
		return new TrainingOptions(config, labels, runFolder, count, device, seed, resume);
	}

	/** @return these options on another device */
	public TrainingOptions withDevice(ComputeDevice choice) {
		return new TrainingOptions(config, labels, runFolder, epochs, choice, seed, resume);
	}

	/** @return these options resuming (or not) the run in the run folder */
	public TrainingOptions withResume(boolean value) {
		return new TrainingOptions(config, labels, runFolder, epochs, device, seed, value);
	}
}
