// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.myrmex.nn.predict.PredictionListener;
import org.myrmex.nn.predict.PredictionProgress;

/**
 * A prediction run on the command line. On a terminal, one progress line on stderr, rewritten at most ten times a
 * second, within 80 columns: frames done of all with a bar, instances found, frames/s and the ETA; elsewhere (a
 * cluster job's log) that line once per tenth of the run.
 */
public final class PredictionConsole implements PredictionListener {
	private static final long REDRAW_NANOS = 100_000_000L;
	private static final int BAR = 10;

	private final PrintStream err;
	private final boolean terminal;
	private long lineShownAt = -1;
	private int shownTenth = -1;

	/** @param terminal whether {@code err} is a terminal, where the progress line is rewritten in place */
	public PredictionConsole(PrintStream err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	/** Removes the progress line from a terminal, so that the next output starts on a clean line. */
	public synchronized void clearLine() {
		if (terminal && lineShownAt >= 0) {
			err.print("\r\033[K");
			err.flush();
		}
		lineShownAt = -1;
	}

	@Override
	public synchronized void batchEnded(PredictionProgress progress) {
		long now = System.nanoTime();
		boolean last = progress.frames() == progress.frameCount();
		if (terminal) {
			if (lineShownAt < 0 || now - lineShownAt >= REDRAW_NANOS || last) {
				err.print("\r\033[K" + line(progress));
				err.flush();
				lineShownAt = now;
			}
		} else {
			int tenth = (int) (10 * progress.fraction());
			if (tenth != shownTenth) {
				shownTenth = tenth;
				err.println(line(progress));
			}
		}
	}

	/** @return the progress line, e.g. {@code frame 120/1500 [=         ] 236 instances 35.2 frames/s ETA 0:39} */
	static String line(PredictionProgress progress) {
		int filled = (int) (BAR * progress.fraction());
		String bar = "=".repeat(filled) + " ".repeat(BAR - filled);
		return String.format(Locale.ROOT, "frame %d/%d [%s] %d instances %.1f frames/s ETA %s", progress.frames(),
				progress.frameCount(), bar, progress.instances(), progress.framesPerSecond(),
				progress.etaNanos() < 0 ? "--:--" : TrainingConsole.duration(progress.etaNanos()));
	}
}
