// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Progress on a terminal: the task name and a percentage on one line of stderr, updated at most every whole
 * percent, and cleared before results are printed ({@link #clearLine()}). When stderr is not a terminal (a
 * cluster job's log), one line per 10 %. {@link #cancelAndWait()} (run on Ctrl-C) asks the work to stop and waits briefly for it to finish
 * cleanly, so that no half-written file is left behind.
 */
public final class ConsoleProgressMonitor implements IProgressMonitor {
	/** How long Ctrl-C waits for the work to stop: a training step on a CPU can take several seconds. */
	static final int CANCEL_WAIT_SECONDS = 60;
	private final PrintStream err;
	private final CountDownLatch finished = new CountDownLatch(1);
	private volatile boolean cancelled;
	private String task = "";
	private int total = UNKNOWN;
	private double worked;
	private int shownPercent = -1;
	private final boolean terminal;

	public ConsoleProgressMonitor(PrintStream err) {
		this(err, System.console() != null);
	}

	ConsoleProgressMonitor(PrintStream err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	/** Removes the progress line from a terminal, so that the next output starts on a clean line. */
	public synchronized void clearLine() {
		if (terminal && shownPercent >= 0) {
			err.print("\r\033[K");
			err.flush();
			shownPercent = -1;
		}
	}

	@Override
	public synchronized void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork;
		worked = 0;
		shownPercent = -1;
		show();
	}

	@Override
	public void done() {
		clearLine();
		finished.countDown();
	}

	@Override
	public void internalWorked(double work) {
		synchronized (this) {
			worked += work;
			show();
		}
	}

	@Override
	public boolean isCanceled() {
		return cancelled;
	}

	@Override
	public void setCanceled(boolean value) {
		cancelled = value;
	}

	/** Requests cancellation and gives the running work up to 10 s to stop and clean up. */
	public void cancelAndWait() {
		cancelled = true;
		try {
			finished.await(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void setTaskName(String name) {
		task = name == null ? "" : name;
		show();
	}

	@Override
	public void subTask(String name) {
		// one line per task is enough on a terminal
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	private void show() {
		if (total <= 0 || total == UNKNOWN) {
			return;
		}
		int percent = (int) Math.min(100, Math.floor(100 * worked / total));
		if (terminal && percent != shownPercent) {
			shownPercent = percent;
			err.print("\r\033[K" + task + " " + percent + "%");
			err.flush();
		} else if (!terminal && percent / 10 != shownPercent / 10) {
			shownPercent = percent;
			err.println(task + " " + percent + "%");
		}
	}
}
