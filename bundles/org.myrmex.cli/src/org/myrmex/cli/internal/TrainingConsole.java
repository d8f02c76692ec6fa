// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.TrainingListener;
import org.myrmex.nn.train.TrainingPlan;

/**
 * A training run on the command line. On a terminal, one progress line on stderr, rewritten at most ten times a
 * second, within 80 columns: epoch e/E, batch b/B with a bar, the batch's loss, images/s of the epoch so far and
 * the ETA of the run;
 * elsewhere (a cluster job's log) that line once per tenth of an epoch. After each epoch, one line on stdout: loss,
 * validation loss, learning rate, time and a {@code best} marker when the best model was saved.
 */
public final class TrainingConsole implements TrainingListener {
	private final PrintStream out;
	private final PrintStream err;
	private final ProgressLine line;
	private TrainingPlan plan;
	private long firstStepEndedAt = -1;
	private long stepsSinceFirst;
	private long epochImages;
	private long epochNanos;

	/** @param terminal whether {@code err} is a terminal, where the progress line is rewritten in place */
	public TrainingConsole(PrintStream out, PrintStream err, boolean terminal) {
		this.out = out;
		this.err = err;
		this.line = new ProgressLine(err, terminal);
	}

	/** @return the run folder, once the run has started; {@code null} before */
	public synchronized Path runFolder() {
		return plan == null ? null : plan.runFolder();
	}

	/** Removes the progress line from a terminal, so that the next output starts on a clean line. */
	public synchronized void clearLine() {
		line.clear();
	}

	@Override
	public synchronized void started(TrainingPlan started) {
		plan = started;
		long[] shape = started.inputShape();
		StringBuilder input = new StringBuilder();
		for (long side : shape) {
			input.append(input.isEmpty() ? "" : "x").append(side);
		}
		if (line.terminal()) {
			err.print("\r\033[K"); // the set-up's percentage
		}
		err.printf(Locale.ROOT, "Training %,d parameters on %s: input %s, %d steps and %d validation batches per "
				+ "epoch%s%n", started.parameters(), started.device(), input, started.trainingBatches(),
				started.validationBatches(),
				started.firstEpoch() > 1 ? ", resuming at epoch " + started.firstEpoch() + " of " + started.epochs()
						: ", " + started.epochs() + " epochs");
		err.println("Run folder: " + started.runFolder());
	}

	@Override
	public synchronized void batchEnded(BatchProgress progress) {
		long now = System.nanoTime();
		if (progress.batch() == 1) {
			epochImages = 0;
			epochNanos = 0;
			line.restart();
		}
		epochImages += progress.images();
		epochNanos += progress.stepNanos() + progress.waitNanos();
		if (firstStepEndedAt < 0) {
			firstStepEndedAt = now; // the first step builds TensorFlow's kernels: not a measure of the rest
		} else {
			stepsSinceFirst++;
		}
		line.show(line(progress, now), (double) progress.batch() / Math.max(1, progress.batches()),
				progress.batch() == progress.batches());
	}

	@Override
	public synchronized void epochEnded(EpochSummary summary) {
		clearLine();
		int epochs = plan == null ? summary.epoch() : plan.epochs();
		out.printf(Locale.ROOT, "epoch %d/%d  loss %s  val_loss %s  lr %.3g  %s%s%n", summary.epoch(), epochs,
				loss(summary.loss()), loss(summary.validationLoss()), summary.learningRate(),
				duration(summary.nanos()), summary.best() ? "  best" : "");
		out.flush();
	}

	private String line(BatchProgress progress, long now) {
		int epochs = plan == null ? progress.epoch() : plan.epochs();
		String bar = ProgressLine.bar((double) progress.batch() / Math.max(1, progress.batches()));
		double imagesPerSecond = epochNanos == 0 ? 0 : epochImages * 1e9 / epochNanos;
		// short enough for 80 columns: a wrapped line could not be rewritten in place
		return String.format(Locale.ROOT, "epoch %d/%d batch %d/%d [%s] loss %.4g %.1f img/s ETA %s",
				progress.epoch(), epochs, progress.batch(), progress.batches(), bar, progress.loss(),
				imagesPerSecond, eta(progress, epochs, now));
	}

	/** @return the time left in the run: the wall time per step so far (validation included) times the steps left */
	private String eta(BatchProgress progress, int epochs, long now) {
		if (stepsSinceFirst == 0) {
			return "--:--";
		}
		long stepsLeft = (long) (epochs - progress.epoch()) * progress.batches() + progress.batches()
				- progress.batch();
		return duration((now - firstStepEndedAt) / stepsSinceFirst * stepsLeft);
	}

	private static String loss(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.6g", value);
	}

	/** @return {@code h:mm:ss}, or {@code m:ss} under an hour */
	public static String duration(long nanos) {
		return ProgressLine.duration(nanos);
	}
}
