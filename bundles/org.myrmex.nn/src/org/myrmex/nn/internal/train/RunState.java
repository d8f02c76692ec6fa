// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.myrmex.io.AtomicFiles;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Where a run stands after its last completed epoch, saved beside the latest checkpoint
 * ({@code checkpoint/state.json}) so that a resumed run continues where it stopped: epochs and steps done, the
 * learning rate, the best loss and the plateau counters.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class RunState {
	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	/** Epochs completed. */
	public int epochsDone;
	/** Optimisation steps taken. */
	public long steps;
	/** The learning rate of the next epoch. */
	public double learningRate;
	/** The lowest monitored loss (best model). */
	public double bestLoss = Double.POSITIVE_INFINITY;
	/** Reduce-on-plateau: best loss, epochs waited, cooldown left. */
	public double rateBest = Double.POSITIVE_INFINITY;
	/** Reduce-on-plateau: epochs without improvement. */
	public int rateWait;
	/** Reduce-on-plateau: cooldown epochs left. */
	public int cooldown;
	/** Early stopping: best loss. */
	public double stopBest = Double.POSITIVE_INFINITY;
	/** Early stopping: epochs without improvement. */
	public int stopWait;
	/** Early stopping ended the run. */
	public boolean stopped;
	/** The seed of the run (a resumed run keeps it). */
	public long seed;

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
