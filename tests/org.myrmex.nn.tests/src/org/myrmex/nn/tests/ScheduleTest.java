// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.myrmex.nn.config.OptimizationConfig;
import org.myrmex.nn.config.OptimizationConfig.EarlyStopping;
import org.myrmex.nn.config.OptimizationConfig.LearningRateSchedule;
import org.myrmex.nn.internal.train.RunState;
import org.myrmex.nn.internal.train.Schedule;

/** Reduce-on-plateau and early stopping decide as Keras' callbacks do. */
class ScheduleTest {

	private static OptimizationConfig config(LearningRateSchedule rates, EarlyStopping stopping) {
		OptimizationConfig d = OptimizationConfig.defaults();
		return new OptimizationConfig(d.preloadData(), d.augmentation(), d.onlineShuffling(), d.shuffleBufferSize(),
				d.prefetch(), d.batchSize(), d.batchesPerEpoch(), d.minBatchesPerEpoch(), d.valBatchesPerEpoch(),
				d.minValBatchesPerEpoch(), d.epochs(), d.optimizer(), 1.0, rates, d.hardKeypointMining(), stopping);
	}

	@Test
	void learningRateHalvesAfterPatienceThenCoolsDownAndStopsAtTheMinimum() {
		RunState state = RunState.start(1.0, 0);
		Schedule schedule = new Schedule(config(new LearningRateSchedule(true, 0.5, 1e-6, 2, 1, 0.1),
				new EarlyStopping(false, 1e-6, 1)), state);
		double[] rates = new double[11];
		for (int epoch = 0; epoch < rates.length; epoch++) {
			schedule.epochEnded(1.0);
			rates[epoch] = state.learningRate();
		}
		assertArrayEquals(new double[] { 1, 1, 0.5, 0.5, 0.25, 0.25, 0.125, 0.125, 0.1, 0.1, 0.1 }, rates, 1e-12);
		assertEquals(false, state.stopped());
	}

	@Test
	void anImprovementResetsThePlateau() {
		RunState state = RunState.start(1.0, 0);
		Schedule schedule = new Schedule(config(new LearningRateSchedule(true, 0.5, 0.01, 2, 0, 1e-8),
				new EarlyStopping(false, 1e-6, 1)), state);
		for (double loss : new double[] { 1.0, 0.995, 0.9, 0.895 }) {
			schedule.epochEnded(loss);
		}
		assertEquals(1.0, state.learningRate(), "0.995 and 0.895 are within min_delta, but 0.9 improved in between");
		schedule.epochEnded(0.899);
		assertEquals(0.5, state.learningRate());
	}

	@Test
	void earlyStoppingAfterPatienceEpochsWithoutImprovement() {
		RunState state = RunState.start(1.0, 0);
		Schedule schedule = new Schedule(config(new LearningRateSchedule(false, 0.5, 1e-6, 1, 0, 1e-8),
				new EarlyStopping(true, 1e-6, 3)), state);
		boolean[] best = new boolean[5];
		double[] losses = { 3, 2, 2, 2, 2 };
		for (int epoch = 0; epoch < losses.length; epoch++) {
			best[epoch] = schedule.epochEnded(losses[epoch]);
			assertEquals(epoch == 4, state.stopped(), "epoch " + epoch);
		}
		assertArrayEquals(new boolean[] { true, true, false, false, false }, best);
		assertEquals(2, state.bestLoss());
		assertEquals(1.0, state.learningRate(), "reduce-on-plateau is off");
	}
}
