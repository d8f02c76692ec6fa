// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.List;
import java.util.Objects;

/**
 * The {@code outputs} section: where the run folder goes and what is saved in it. The run folder is
 * {@code runsFolder/runNamePrefix + runName + runNameSuffix}.
 *
 * @param saveOutputs        write anything at all (true)
 * @param runName            or {@code null} to generate one from the time
 * @param runNamePrefix      ("")
 * @param runNameSuffix      or {@code null}
 * @param runsFolder         ("models")
 * @param tags               free text tags (empty)
 * @param saveVisualizations save prediction images per epoch (true)
 * @param keepVizImages      keep them after training (false); older files say {@code delete_viz_images}, its
 *                           negation
 * @param zipOutputs         zip the run folder at the end (false)
 * @param logToCsv           write {@code training_log.csv} (true)
 * @param checkpointing      {@code checkpointing}
 * @param tensorBoard        {@code tensorboard}
 * @param zmq                {@code zmq} (SLEAP's GUI link; kept, not used)
 */
public record OutputsConfig(boolean saveOutputs, String runName, String runNamePrefix, String runNameSuffix,
		String runsFolder, List<String> tags, boolean saveVisualizations, boolean keepVizImages, boolean zipOutputs,
		boolean logToCsv, Checkpointing checkpointing, TensorBoard tensorBoard, Zmq zmq) {

	/** Copies the tags and checks that the sub-sections are present. */
	public OutputsConfig {
		tags = List.copyOf(tags);
		Objects.requireNonNull(checkpointing, "checkpointing");
		Objects.requireNonNull(tensorBoard, "tensorBoard");
		Objects.requireNonNull(zmq, "zmq");
	}

	/** @return SLEAP's defaults */
	public static OutputsConfig defaults() {
		return new OutputsConfig(true, null, "", null, "models", List.of(), true, false, false, true,
				Checkpointing.defaults(), TensorBoard.defaults(), Zmq.defaults());
	}

	/** @return a copy with another run name */
	public OutputsConfig withRunName(String name) {
		return new OutputsConfig(saveOutputs, name, runNamePrefix, runNameSuffix, runsFolder, tags,
				saveVisualizations, keepVizImages, zipOutputs, logToCsv, checkpointing, tensorBoard, zmq);
	}

	/**
	 * {@code checkpointing}: which models are saved.
	 *
	 * @param initialModel before training (false)
	 * @param bestModel    at the lowest validation loss (true)
	 * @param everyEpoch   after every epoch (false)
	 * @param latestModel  after every epoch, overwritten (false)
	 * @param finalModel   at the end (false)
	 */
	public record Checkpointing(boolean initialModel, boolean bestModel, boolean everyEpoch, boolean latestModel,
			boolean finalModel) {

		/** @return SLEAP's defaults */
		public static Checkpointing defaults() {
			return new Checkpointing(false, true, false, false, false);
		}
	}

	/**
	 * {@code tensorboard}: TensorBoard logs.
	 *
	 * @param writeLogs         (false)
	 * @param lossFrequency     {@code "epoch"} or {@code "batch"} ("epoch")
	 * @param architectureGraph (false)
	 * @param profileGraph      (false)
	 * @param visualizations    (true)
	 */
	public record TensorBoard(boolean writeLogs, String lossFrequency, boolean architectureGraph,
			boolean profileGraph, boolean visualizations) {

		/** @return SLEAP's defaults */
		public static TensorBoard defaults() {
			return new TensorBoard(false, "epoch", false, false, true);
		}
	}

	/**
	 * {@code zmq}: SLEAP's link to its GUI.
	 *
	 * @param subscribeToController    (false)
	 * @param controllerAddress        ("tcp://127.0.0.1:9000")
	 * @param controllerPollingTimeout milliseconds (10)
	 * @param publishUpdates           (false)
	 * @param publishAddress           ("tcp://127.0.0.1:9001")
	 */
	public record Zmq(boolean subscribeToController, String controllerAddress, int controllerPollingTimeout,
			boolean publishUpdates, String publishAddress) {

		/** @return SLEAP's defaults */
		public static Zmq defaults() {
			return new Zmq(false, "tcp://127.0.0.1:9000", 10, false, "tcp://127.0.0.1:9001");
		}
	}
}
