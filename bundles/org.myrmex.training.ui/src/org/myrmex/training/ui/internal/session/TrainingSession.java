// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.SamplePrediction;
import org.myrmex.nn.train.TrainingListener;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.nn.train.TrainingPlan;
import org.myrmex.nn.train.TrainingResult;

/**
 * One model's training in this workbench (one run folder): what the {@code Trainer} reported so far, kept for the
 * Training Monitor and the Model Runs view. Written on the training thread, read anywhere; listeners are called on
 * the training thread (a view hands the work to the UI thread itself, see {@link #addListener}).
 */
public final class TrainingSession implements TrainingListener {

	/** Where a session is. */
	public enum State {
		/** scheduled, waiting for the run before it in its group */
		WAITING,
		/** reading data or training */
		RUNNING,
		/** Stop was asked: finishing the current step */
		STOPPING,
		/** stopped by the user; the latest checkpoint can be resumed */
		STOPPED,
		/** all epochs done (or stopped early by the plateau rule) */
		COMPLETE,
		/** ended with an error, see {@link TrainingSession#message()} */
		FAILED
	}

	private final String name;
	private final TrainingOptions options;
	private final List<EpochSummary> epochs = new CopyOnWriteArrayList<>();
	private final List<Consumer<TrainingSession>> listeners = new CopyOnWriteArrayList<>();
	private final long createdNanos = System.nanoTime();
	private volatile State state = State.WAITING;
	private volatile TrainingPlan plan;
	private volatile BatchProgress lastBatch;
	private volatile SamplePrediction sample;
	private volatile TrainingResult result;
	private volatile String message;
	private volatile long startedNanos;
	private volatile long firstEpochNanos;
	private volatile long stepNanos;
	private volatile long stepImages;
	private volatile Job job;

	/**
	 * @param name    what the monitor calls the run, e.g. "centroid"
	 * @param options the trainer's options; their run folder is set
	 */
	public TrainingSession(String name, TrainingOptions options) {
		this.name = name;
		this.options = options;
	}

	/** @return what the monitor calls the run */
	public String name() {
		return name;
	}

	/** @return the trainer's options */
	public TrainingOptions options() {
		return options;
	}

	/** @return the run folder */
	public Path runFolder() {
		return options.runFolder();
	}

	/** @return where the session is */
	public State state() {
		return state;
	}

	/** @return the plan, once the data is read; else null */
	public TrainingPlan plan() {
		return plan;
	}

	/** @return the epochs done in this session (a resumed run starts with none) */
	public List<EpochSummary> epochs() {
		return List.copyOf(epochs);
	}

	/** @return the latest training step, or null */
	public BatchProgress lastBatch() {
		return lastBatch;
	}

	/** @return the latest sample prediction, or null */
	public SamplePrediction sample() {
		return sample;
	}

	/** @return the result of a completed run, else null */
	public TrainingResult result() {
		return result;
	}

	/** @return why the run failed, or null */
	public String message() {
		return message;
	}

	/** @return training images per second over this session's steps (0 before the first step) */
	public double imagesPerSecond() {
		long nanos = stepNanos;
		return nanos == 0 ? 0 : stepImages * 1e9 / nanos;
	}

	/** @return nanoseconds from creating the session (Finish) to the first epoch's summary; 0 before it */
	public long nanosToFirstEpoch() {
		return firstEpochNanos == 0 ? 0 : firstEpochNanos - createdNanos;
	}

	/**
	 * @return the estimated nanoseconds left, from the mean step time of this session; -1 when unknown
	 */
	public long etaNanos() {
		TrainingPlan p = plan;
		BatchProgress b = lastBatch;
		long started = startedNanos;
		if (p == null || b == null || started == 0) {
			return -1;
		}
		long stepsDone = (long) (b.epoch() - p.firstEpoch()) * b.batches() + b.batch();
		long stepsLeft = (long) (p.epochs() - b.epoch()) * b.batches() + b.batches() - b.batch();
		return stepsDone == 0 ? -1 : (System.nanoTime() - started) / stepsDone * stepsLeft;
	}

	/** @param listener called (on the training thread) after every change */
	public void addListener(Consumer<TrainingSession> listener) {
		listeners.add(listener);
	}

	/** @param listener no longer called */
	public void removeListener(Consumer<TrainingSession> listener) {
		listeners.remove(listener);
	}

	/** Asks the run to stop after its current step, keeping a resumable checkpoint. */
	public void stop() {
		Job running = job;
		if (state == State.WAITING || state == State.RUNNING) {
			set(State.STOPPING, null);
		}
		if (running != null) {
			running.cancel();
		}
	}

	void attach(Job trainingJob) {
		this.job = trainingJob;
	}

	/** @return the job training this session, or null */
	public Job job() {
		return job;
	}

	void set(State newState, String why) {
		state = newState;
		message = why;
		changed();
	}

	void finished(TrainingResult done) {
		result = done;
		set(State.COMPLETE, null);
	}

	@Override
	public void started(TrainingPlan newPlan) {
		plan = newPlan;
		startedNanos = System.nanoTime();
		if (state == State.WAITING) {
			state = State.RUNNING;
		}
		changed();
	}

	@Override
	public void batchEnded(BatchProgress progress) {
		lastBatch = progress;
		stepNanos += progress.stepNanos() + progress.waitNanos();
		stepImages += progress.images();
		changed();
	}

	@Override
	public void epochEnded(EpochSummary summary) {
		if (firstEpochNanos == 0) {
			firstEpochNanos = System.nanoTime();
		}
		epochs.add(summary);
		changed();
	}

	@Override
	public void samplePredicted(SamplePrediction prediction) {
		sample = prediction;
		changed();
	}

	private void changed() {
		for (Consumer<TrainingSession> listener : listeners) {
			listener.accept(this);
		}
	}
}
