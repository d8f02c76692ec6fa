// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.io.IOException;

import org.myrmex.nn.train.TrainingException;

/**
 * Records a training in its run folder: holds the {@link RunLock} while the run trains and writes the
 * {@link RunMarker} — {@code running} at the start, how it ended on the way out.
 */
public final class RunRecorder implements AutoCloseable {
	private final RunFolder run;
	private final RunLock lock;
	private final RunState state;

	private RunRecorder(RunFolder run, RunLock lock, RunState state) {
		this.run = run;
		this.lock = lock;
		this.state = state;
	}

	/**
	 * Locks the run folder (creating it) and marks the run as running.
	 *
	 * @param state where the run stands; read again for the epochs done when the run ends
	 * @throws TrainingException when a live process already trains in the folder, or it cannot be written
	 */
	public static RunRecorder start(RunFolder run, RunState state) throws TrainingException {
		RunLock lock;
		try {
			lock = RunLock.tryAcquire(run.path());
		} catch (IOException e) {
			throw new TrainingException("run folder " + run.path() + " cannot be locked: " + e.getMessage(), e);
		}
		if (lock == null) {
			throw new TrainingException("run folder " + run.path() + " is being trained (by this or another process)");
		}
		RunRecorder recorder = new RunRecorder(run, lock, state);
		try {
			RunMarker.write(run.path(), RunMarker.RUNNING, state.epochsDone(), null);
		} catch (IOException e) {
			recorder.release();
			throw new TrainingException("run folder " + run.path() + " cannot be written: " + e.getMessage(), e);
		}
		return recorder;
	}

	/** Every epoch done (or early stopping ended the run). */
	public void complete() throws IOException {
		RunMarker.write(run.path(), RunMarker.COMPLETE, state.epochsDone(), null);
	}

	/** Cancelled: the latest checkpoint can be resumed. Never throws (the cancel goes on). */
	public void stopped() {
		end(RunMarker.STOPPED, null);
	}

	/** Failed with {@code error}. Never throws (the error goes on). */
	public void failed(Throwable error) {
		String message = error.getMessage() != null ? error.getMessage() : error.toString();
		end(RunMarker.FAILED, message);
	}

	private void end(String ending, String message) {
		try {
			RunMarker.write(run.path(), ending, state.epochsDone(), message);
		} catch (IOException e) {
			// the marker stays "running": with the lock released, readers see a crashed run, which it is
		}
	}

	/** Releases the lock. */
	@Override
	public void close() {
		release();
	}

	private void release() {
		try {
			lock.close();
		} catch (IOException e) {
			// the operating system releases it when the channel closes or the process ends
		}
	}
}
