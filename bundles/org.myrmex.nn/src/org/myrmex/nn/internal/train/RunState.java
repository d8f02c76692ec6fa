// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.myrmex.io.AtomicFiles;
import org.myrmex.nn.config.OptimizationConfig.EarlyStopping;
import org.myrmex.nn.config.OptimizationConfig.LearningRateSchedule;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Where a run stands after its last completed epoch, saved beside the latest checkpoint
 * ({@code checkpoint/state.json}) so that a resumed run continues where it stopped: epochs and steps done, the
 * learning rate, the best loss and the plateau counters, which it updates itself after each epoch
 * ({@link Schedule}) so that a resumed run decides as the uninterrupted one would.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class RunState {
	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	/** Epochs completed. */
	private int epochsDone;
	/** Optimisation steps taken. */
	private long steps;
	/** The learning rate of the next epoch. */
	private double learningRate;
	/** The lowest monitored loss (best model). */
	private double bestLoss = Double.POSITIVE_INFINITY;
	/** Reduce-on-plateau: the best loss it has seen. */
	private double rateBest = Double.POSITIVE_INFINITY;
	/** Reduce-on-plateau: epochs without improvement. */
	private int rateWait;
	/** Reduce-on-plateau: cooldown epochs left. */
	private int cooldown;
	/** Early stopping: best loss. */
	private double stopBest = Double.POSITIVE_INFINITY;
	/** Early stopping: epochs without improvement. */
	private int stopWait;
	/** Early stopping ended the run. */
	private boolean stopped;
	/** The seed of the run (a resumed run keeps it). */
	private long seed;

	private RunState() {
		// Jackson fills a read state through the fields
	}

	/** @return the state of a new run: no epoch done, the initial learning rate */
	public static RunState start(double learningRate, long seed) {
		RunState state = new RunState();
		state.learningRate = learningRate;
		state.seed = seed;
		return state;
	}

	public int epochsDone() {
		return epochsDone;
	}

	public long steps() {
		return steps;
	}

	/** @return the learning rate of the next epoch */
	public double learningRate() {
		return learningRate;
	}

	/** @return the lowest monitored loss so far */
	public double bestLoss() {
		return bestLoss;
	}

	/** @return whether early stopping ended the run */
	public boolean stopped() {
		return stopped;
	}

	public long seed() {
		return seed;
	}

	/** Counts one optimisation step. @return the steps taken, this one included */
	public long nextStep() {
		return ++steps;
	}

	/** Records that epoch {@code epoch} (1-based) is complete. */
	public void epochDone(int epoch) {
		epochsDone = epoch;
	}

	/**
	 * Takes an epoch's monitored loss: the best loss, then SLEAP's reduce-on-plateau and early-stopping counters.
	 *
	 * @return whether it is the lowest so far (the best model)
	 */
	boolean epochEnded(double monitored, LearningRateSchedule rates, EarlyStopping stopping) {
		boolean best = !Double.isNaN(monitored) && monitored < bestLoss;
		if (best) {
			bestLoss = monitored;
		}
		if (rates.reduceOnPlateau()) {
			reduceOnPlateau(monitored, rates);
		}
		if (stopping.stopTrainingOnPlateau()) {
			earlyStopping(monitored, stopping);
		}
		return best;
	}

	private void reduceOnPlateau(double current, LearningRateSchedule rates) {
		if (cooldown > 0) {
			cooldown--;
			rateWait = 0;
		}
		if (current < rateBest - rates.plateauMinDelta()) {
			rateBest = current;
			rateWait = 0;
		} else if (cooldown == 0) {
			rateWait++;
			if (rateWait >= rates.plateauPatience() && learningRate > rates.minLearningRate()) {
				learningRate = Math.max(learningRate * rates.reductionFactor(), rates.minLearningRate());
				cooldown = rates.plateauCooldown();
				rateWait = 0;
			}
		}
	}

	private void earlyStopping(double current, EarlyStopping stopping) {
		if (current < stopBest - stopping.plateauMinDelta()) {
			stopBest = current;
			stopWait = 0;
		} else {
			stopWait++;
			if (stopWait >= stopping.plateauPatience()) {
				stopped = true;
			}
		}
	}

	/** Writes the state atomically. */
	public void write(Path file) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(this);
		AtomicFiles.write(file, out -> out.write(bytes));
	}

	/** Reads a state written by {@link #write(Path)}. */
	public static RunState read(Path file) throws IOException {
		return JSON.readValue(Files.readAllBytes(file), RunState.class);
	}
}
