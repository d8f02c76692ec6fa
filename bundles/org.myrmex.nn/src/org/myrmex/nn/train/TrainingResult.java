// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

import java.nio.file.Path;

/**
 * A finished run.
 *
 * @param runFolder          the run folder
 * @param model              the best model (a TensorFlow SavedModel folder)
 * @param lastEpoch          the last epoch run
 * @param bestLoss           the lowest validation (or, without it, training) loss
 * @param stoppedEarly       early stopping ended the run before the last epoch
 */
public record TrainingResult(Path runFolder, Path model, int lastEpoch, double bestLoss, boolean stoppedEarly) {
}
