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
	private final ProgressLine line;

	/** @param terminal whether {@code err} is a terminal, where the progress line is rewritten in place */
	public PredictionConsole(PrintStream err, boolean terminal) {
		this.line = new ProgressLine(err, terminal);
	}

	/** Removes the progress line from a terminal, so that the next output starts on a clean line. */
	public synchronized void clearLine() {
		line.clear();
	}

	@Override
	public synchronized void batchEnded(PredictionProgress progress) {
		line.show(line(progress), progress.fraction(), progress.frames() == progress.frameCount());
	}

	/** @return the progress line, e.g. {@code frame 120/1500 [=         ] 236 instances 35.2 frames/s ETA 0:39} */
	static String line(PredictionProgress progress) {
		return String.format(Locale.ROOT, "frame %d/%d [%s] %d instances %.1f frames/s ETA %s", progress.frames(),
				progress.frameCount(), ProgressLine.bar(progress.fraction()), progress.instances(),
				progress.framesPerSecond(),
				progress.etaNanos() < 0 ? "--:--" : ProgressLine.duration(progress.etaNanos()));
	}
}
