// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

import java.util.Map;

/**
 * One epoch done, as a row of {@code training_log.csv}.
 *
 * @param epoch            1-based
 * @param loss             mean training loss
 * @param headLosses       mean training loss per output, by output name (unweighted)
 * @param validationLoss   mean validation loss, or {@code NaN} without validation data
 * @param validationHeadLosses mean validation loss per output (empty without validation data)
 * @param learningRate     the learning rate used in the epoch
 * @param best             the validation (or, without it, training) loss is the lowest so far: best model saved
 * @param nanos            the epoch's wall time
 */
public record EpochSummary(int epoch, double loss, Map<String, Double> headLosses, double validationLoss,
		Map<String, Double> validationHeadLosses, double learningRate, boolean best, long nanos) {

	/** Copies the maps. */
	public EpochSummary {
		headLosses = Map.copyOf(headLosses);
		validationHeadLosses = Map.copyOf(validationHeadLosses);
	}
}
