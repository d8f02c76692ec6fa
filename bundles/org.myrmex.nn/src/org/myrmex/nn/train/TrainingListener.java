// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

/**
 * Follows a training run (the UI's loss plot, the command line's progress bar). Called on the training thread;
 * keep the work short. Every method does nothing by default.
 */
public interface TrainingListener {

	/** Called once, after the data is read and the network built, before the first step. */
	default void started(TrainingPlan plan) {
	}

	/** Called after every training step. */
	default void batchEnded(BatchProgress progress) {
	}

	/** Called after every epoch, once its validation loss is known. */
	default void epochEnded(EpochSummary summary) {
	}

	/** Called after every epoch with the network's output on one validation (or training) example. */
	default void samplePredicted(SamplePrediction prediction) {
	}
}
