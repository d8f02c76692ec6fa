// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

import java.nio.file.Path;

/**
 * A run about to start.
 *
 * @param runFolder         where the run's files go
 * @param firstEpoch        the first epoch to run, 1-based (above 1 when resuming)
 * @param epochs            the last epoch
 * @param trainingBatches   training steps per epoch
 * @param validationBatches validation batches per epoch (0 without validation data)
 * @param inputShape        the network's input, {@code [batch, height, width, channels]}
 * @param parameters        trainable parameters
 * @param device            where TensorFlow runs, in words
 */
public record TrainingPlan(Path runFolder, int firstEpoch, int epochs, int trainingBatches, int validationBatches,
		long[] inputShape, long parameters, String device) {
}
