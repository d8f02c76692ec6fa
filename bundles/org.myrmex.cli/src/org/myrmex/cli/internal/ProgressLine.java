// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One progress line on stderr. On a terminal it is rewritten in place at most ten times a second (keep it within 80
 * columns: a wrapped line cannot be rewritten); elsewhere (a cluster job's log) it is printed once per tenth of the
 * work.
 */
final class ProgressLine {
	private static final long REDRAW_NANOS = 100_000_000L;
	private static final int BAR = 10;

	private final PrintStream err;
	private final boolean terminal;
	private long shownAt = -1;
	private int shownTenth = -1;

	/** @param terminal whether {@code err} is a terminal */
	ProgressLine(PrintStream err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	/** @return whether the line is rewritten in place */
	boolean terminal() {
		return terminal;
	}

	/**
	 * Shows the line if it is due: on a terminal after the redraw interval or when {@code last}; in a log when
	 * {@code fraction} enters a new tenth.
	 */
	void show(String line, double fraction, boolean last) {
		long now = System.nanoTime();
		if (terminal) {
			if (shownAt < 0 || now - shownAt >= REDRAW_NANOS || last) {
				err.print("\r\033[K" + line);
				err.flush();
				shownAt = now;
			}
		} else {
			int tenth = (int) (10 * fraction);
			if (tenth != shownTenth) {
				shownTenth = tenth;
				err.println(line);
			}
		}
	}

	/** Starts counting tenths again (a new epoch). */
	void restart() {
		shownTenth = -1;
	}

	/** Removes the line from a terminal, so that the next output starts on a clean line. */
	void clear() {
		if (terminal && shownAt >= 0) {
			err.print("\r\033[K");
			err.flush();
		}
		shownAt = -1;
	}

	/** @return a bar of ten characters, {@code =} for the part done */
	static String bar(double fraction) {
		int filled = Math.max(0, Math.min(BAR, (int) (BAR * fraction)));
		return "=".repeat(filled) + " ".repeat(BAR - filled);
	}

	/** @return {@code h:mm:ss}, or {@code m:ss} under an hour */
	static String duration(long nanos) {
		long seconds = Math.round(nanos / 1e9);
		long hours = seconds / 3600;
		return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
				: String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
	}
}
