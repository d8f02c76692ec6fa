// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingListener;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.nn.train.TrainingPlan;
import org.myrmex.nn.train.TrainingResult;

/**
 * A child JVM's main for {@link TrainingKillTest}: trains (or resumes) a run and says on standard output, each line
 * starting with {@link #MARK}, {@code started FIRST_EPOCH LEFTOVERS} (the hidden or {@code .tempstate} entries of
 * the run folder when the first step is about to run: none is expected), {@code epoch N} after each epoch and
 * {@code done LAST_EPOCH}.
 * <p>
 * Arguments: configuration, labels, run folder, {@code resume} or {@code new}, epochs.
 */
public final class TrainingChild {
	/** Starts the lines meant for the parent. */
	public static final String MARK = "\u0001child ";

	private TrainingChild() {
	}

	public static void main(String[] args) throws Exception {
		Path run = Path.of(args[2]);
		TrainingOptions options = TrainingOptions.of(Path.of(args[0]), Path.of(args[1])).withRunFolder(run)
				.withResume(args[3].equals("resume")).withEpochs(Integer.parseInt(args[4]));
		TrainingResult result = Trainer.train(options, new TrainingListener() {
			@Override
			public void started(TrainingPlan plan) {
				say("started " + plan.firstEpoch() + " " + String.join(",", leftovers(run)));
			}

			@Override
			public void epochEnded(EpochSummary summary) {
				say("epoch " + summary.epoch());
			}
		}, new NullProgressMonitor());
		say("done " + result.lastEpoch());
		System.exit(0);
	}

	/** @return the hidden and {@code .tempstate} entries anywhere in {@code run}, relative to it */
	static List<String> leftovers(Path run) {
		try (Stream<Path> all = Files.walk(run)) {
			return all.filter(p -> !p.equals(run)).map(p -> run.relativize(p).toString())
					.filter(name -> name.startsWith(".") || name.contains("/.") || name.contains(".tempstate"))
					.sorted().toList();
		} catch (IOException e) {
			return List.of("(unreadable: " + e.getMessage() + ")");
		}
	}

	private static void say(String line) {
		System.out.println(MARK + line);
		System.out.flush();
	}
}
