// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.ChildJvm;
import org.myrmex.nn.internal.train.RunMarker;
import org.myrmex.nn.internal.train.RunState;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.train.TrainingOptions;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A training run killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) while it writes a checkpoint or
 * its best model, again and again at different moments of the write: after each kill the state names a complete
 * checkpoint, the best model loads, the log holds whole rows, the next start (a resume in a fresh JVM) reports no
 * leftover of the killed writes and goes on from the epoch after the checkpoint; the last resume trains to the end.
 * <p>
 * The run trains SLEAP's minimal robot configuration ({@link TrainingRuns#robot}: one step and one validation step
 * per epoch), so a checkpoint is written every few hundred milliseconds.
 */
class TrainingKillTest {
	private static final int KILLS = 12;
	/** Where to kill, after the trigger is seen: microseconds of busy waiting (cycled with 3 triggers). */
	private static final long[] DELAYS_MICROS = { 0, 0, 2_000, 1_000, 200, 10_000, 5_000, 500, 30_000, 20_000 };
	private static final int ENDLESS = 100_000;
	private static final long WAIT_MILLIS = 180_000;
	private static final Pattern HIDDEN_CHECKPOINT = Pattern.compile("\\.epoch-(\\d+)\\.(.*)");

	@TempDir
	Path folder;

	/** What the parent waits to see before it kills. */
	private enum Trigger {
		/** The first file of the epoch's checkpoint under its hidden name (TensorFlow's {@code .tempstate}). */
		CHECKPOINT_STARTED,
		/** The best model's hidden SavedModel folder. */
		BEST_MODEL,
		/** The hidden checkpoint's index: TensorFlow has saved it, the renames come next. */
		CHECKPOINT_SAVED;

		/** @return the entry name to wait for, in {@code checkpoint/} or the run folder, for epoch {@code epoch} on */
		String name(int epoch) {
			return switch (this) {
			case CHECKPOINT_STARTED -> ".epoch-" + epoch + ".";
			case BEST_MODEL -> ".best_model.tmp";
			case CHECKPOINT_SAVED -> ".epoch-" + epoch + ".index";
			};
		}

		/** @return whether {@code name} is this trigger for epoch {@code epoch} or a later one (should one be missed) */
		boolean matches(String name, int epoch) {
			if (this == BEST_MODEL) {
				return name.equals(".best_model.tmp");
			}
			Matcher m = HIDDEN_CHECKPOINT.matcher(name);
			return m.matches() && Integer.parseInt(m.group(1)) >= epoch
					&& (this == CHECKPOINT_STARTED || m.group(2).equals("index"));
		}
	}

	@Test
	void killedCheckpointWritesLeaveTheLastCheckpointToResumeFrom() throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, ENDLESS, 1,
				c -> ((ObjectNode) c.get("optimization").get("early_stopping")).put("stop_training_on_plateau", false));
		Path run = folder.resolve("run");
		List<String> landings = new ArrayList<>();
		int next = 1;
		for (int kill = 0; kill < KILLS; kill++) {
			Trigger trigger = Trigger.values()[kill % Trigger.values().length];
			long delay = DELAYS_MICROS[kill % DELAYS_MICROS.length];
			int target = next + kill % 3; // the epoch whose writes are killed: 0 to 2 epochs after the resumed one
			try (Child child = new Child(options, run, kill == 0 ? "new" : "resume", ENDLESS)) {
				assertStarted(child.await("started "), next);
				if (target > next) {
					assertEquals("epoch " + (target - 1), child.await("epoch " + (target - 1)));
				}
				Path where = trigger == Trigger.BEST_MODEL ? run : run.resolve("checkpoint");
				await(where, child, p -> trigger.matches(p.getFileName().toString(), target));
				spin(delay);
				child.kill();
			}
			RunState state = RunState.read(run.resolve("checkpoint/state.json"));
			int done = state.epochsDone();
			landings.add("kill " + (kill + 1) + " (" + trigger.name(target) + "… of epoch " + target + " or later seen, +"
					+ delay + " µs): " + landing(run, done));
			assertTrue(done >= next - 1, "the state went back: " + done + " < " + (next - 1));
			assertTrue(Files.isRegularFile(run.resolve("checkpoint/epoch-" + done + ".index"))
					&& Files.isRegularFile(run.resolve("checkpoint/epoch-" + done + ".data-00000-of-00001")),
					"the checkpoint the state names is there: " + landings.get(kill));
			assertWholeRows(run, done);
			if (done > 0) {
				assertNotNull(PoseModel.load(run), "the best model loads after " + landings.get(kill));
			}
			next = done + 1;
		}
		int last = next + 1;
		try (Child child = new Child(options, run, "resume", last)) {
			assertStarted(child.await("started "), next);
			assertEquals("done " + last, child.await("done "));
			assertEquals(0, child.process.waitFor(), "the resumed run's exit status");
		}
		landings.forEach(System.out::println);
		assertEquals(List.of(), TrainingChild.leftovers(run), "leftovers after the run completed");
		assertEquals(List.of("epoch-" + last + ".data-00000-of-00001", "epoch-" + last + ".index", "state.json"),
				names(run.resolve("checkpoint")));
		RunMarker marker = RunMarker.read(run);
		assertEquals(RunMarker.COMPLETE, marker.state);
		assertEquals(last, marker.epochsDone);
		assertEquals(last, RunState.read(run.resolve("checkpoint/state.json")).epochsDone());
		assertWholeRows(run, last);
		assertEquals(last, TrainingRuns.column(TrainingRuns.log(run), "epoch").length);
		assertNotNull(PoseModel.load(run));
	}

	/** The child started from {@code epoch} and found no leftover of the killed writes. */
	private static void assertStarted(String line, int epoch) {
		String[] parts = line.split(" ", -1);
		assertEquals(Integer.toString(epoch), parts[1], "first epoch of the started run: " + line);
		assertEquals("", parts[2], "leftovers of killed writes when the next run started: " + line);
	}

	/** The log holds the header and at least the first {@code epochs} rows, every row whole and in order. */
	private static void assertWholeRows(Path run, int epochs) throws IOException {
		if (epochs == 0 && !Files.exists(run.resolve("training_log.csv"))) {
			return;
		}
		List<String[]> rows = TrainingRuns.log(run);
		assertTrue(rows.size() >= epochs + 1, "rows of " + epochs + " epochs: " + rows.size());
		for (int r = 1; r < rows.size(); r++) {
			assertEquals(rows.get(0).length, rows.get(r).length, "fields of row " + r);
			assertEquals(r - 1, Integer.parseInt(rows.get(r)[0]));
		}
	}

	/** @return where a kill landed, told from what it left */
	private static String landing(Path run, int done) throws IOException {
		List<String> leftovers = TrainingChild.leftovers(run);
		List<String> checkpoints = names(run.resolve("checkpoint"));
		String next = "epoch-" + (done + 1) + ".";
		String where;
		if (leftovers.stream().anyMatch(n -> n.startsWith(".best_model.tmp/") && n.contains(".tempstate"))) {
			where = "exporting the best model, inside TensorFlow's save of its variables";
		} else if (leftovers.stream().anyMatch(n -> n.contains(".tempstate"))) {
			where = "inside TensorFlow's save of the checkpoint's variables";
		} else if (leftovers.contains("checkpoint/.epoch-" + (done + 1) + ".index")) {
			where = checkpoints.contains(next + "data-00000-of-00001") ? "between the renames of the checkpoint's files"
					: "checkpoint saved under its hidden name, before the renames";
		} else if (leftovers.stream().anyMatch(n -> n.startsWith("checkpoint/.state.json"))) {
			where = "writing state.json, the checkpoint renamed into place";
		} else if (checkpoints.contains(next + "index")) {
			where = "checkpoint renamed into place, before state.json names it";
		} else if (checkpoints.stream().filter(n -> n.endsWith(".index")).count() > 1) {
			where = "state.json written, before the older checkpoint was deleted";
		} else if (leftovers.contains(".best_model.old")) {
			where = "between the best model's two renames";
		} else if (leftovers.contains(".best_model.tmp")) {
			where = "exporting the best model";
		} else {
			where = "between writes";
		}
		return "in epoch " + (done + 1) + "'s writes, " + where + "; state names epoch " + done + "; left: "
				+ leftovers;
	}

	private static List<String> names(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** Polls {@code directory} as fast as it can until an entry matches. */
	private static void await(Path directory, Child child, Predicate<Path> trigger)
			throws IOException, InterruptedException {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			if (!child.process.isAlive()) {
				fail("the child ended (exit " + child.process.exitValue() + ") before it could be killed: "
						+ child.tail());
			}
			try (Stream<Path> entries = Files.list(directory)) {
				if (entries.anyMatch(trigger)) {
					return;
				}
			} catch (java.nio.file.NoSuchFileException e) {
				// not created yet
			}
		}
		fail("no write seen in " + directory + " within " + WAIT_MILLIS / 1000 + " s: " + child.tail());
	}

	private static void spin(long micros) {
		long end = System.nanoTime() + micros * 1000;
		while (System.nanoTime() < end) {
			Thread.onSpinWait();
		}
	}

	/** A child JVM training the run ({@link TrainingChild}), its lines for the parent queued. */
	private final class Child implements AutoCloseable {
		final Process process;
		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		private final Path log;

		Child(TrainingOptions options, Path run, String mode, int epochs) throws IOException {
			log = Files.createTempFile(folder, "child", ".log");
			List<String> command = ChildJvm.niced(ChildJvm.command(TrainingChild.class,
					List.of("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), options.config().toString(),
					options.labels().toString(), run.toString(), mode, Integer.toString(epochs)));
			process = new ProcessBuilder(command).redirectError(log.toFile()).start();
			ChildJvm.readMarked(process, TrainingChild.MARK, lines);
		}

		/** @return the next line starting with {@code prefix} (skipping others) */
		String await(String prefix) throws InterruptedException {
			long deadline = System.currentTimeMillis() + WAIT_MILLIS;
			while (System.currentTimeMillis() < deadline) {
				String line = lines.poll(200, TimeUnit.MILLISECONDS);
				if (line != null && line.startsWith(prefix)) {
					return line;
				}
				if (line == null && !process.isAlive() && lines.isEmpty()) {
					fail("the child ended (exit " + process.exitValue() + ") before saying '" + prefix + "': " + tail());
				}
			}
			fail("the child did not say '" + prefix + "' within " + WAIT_MILLIS / 1000 + " s: " + tail());
			return null;
		}

		void kill() throws InterruptedException {
			process.destroyForcibly();
			assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the child did not die");
		}

		String tail() {
			try {
				String text = Files.readString(log, StandardCharsets.ISO_8859_1);
				return text.substring(Math.max(0, text.length() - 3000));
			} catch (IOException e) {
				return "(no log: " + e.getMessage() + ")";
			}
		}

		@Override
		public void close() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}
}
