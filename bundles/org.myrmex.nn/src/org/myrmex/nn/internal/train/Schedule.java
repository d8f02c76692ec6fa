// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import org.myrmex.nn.config.OptimizationConfig;
import org.myrmex.nn.config.OptimizationConfig.EarlyStopping;
import org.myrmex.nn.config.OptimizationConfig.LearningRateSchedule;

/**
 * The learning rate and stopping decisions after each epoch, as SLEAP's Keras callbacks make them on the monitored
 * loss: {@code ReduceLROnPlateau} (multiply the rate by the reduction factor after {@code plateau_patience} epochs
 * without an improvement of more than {@code plateau_min_delta}, then wait {@code plateau_cooldown} epochs, never
 * below {@code min_learning_rate}) and {@code EarlyStopping} (stop after its own patience without improvement).
 * The counters are part of {@link RunState} so that a resumed run decides as the uninterrupted one would.
 */
public final class Schedule {
	private final LearningRateSchedule rates;
	private final EarlyStopping stopping;
	private final RunState state;

	/** @param state the run's counters, updated in place */
	public Schedule(OptimizationConfig config, RunState state) {
		this.rates = config.learningRateSchedule();
		this.stopping = config.earlyStopping();
		this.state = state;
	}

	/**
	 * Takes an epoch's monitored loss.
	 *
	 * @return whether it is the lowest so far (the best model)
	 */
	public boolean epochEnded(double monitored) {
		return state.epochEnded(monitored, rates, stopping);
	}
}
