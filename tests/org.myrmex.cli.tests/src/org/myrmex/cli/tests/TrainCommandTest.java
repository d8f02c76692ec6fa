// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;
import org.myrmex.cli.internal.TrainCommand;
import org.myrmex.fixtures.Fixtures;

/**
 * {@code myrmex train}: arguments, files and the resume hint (no training), and tiny real runs, evaluated at the end
 * or not ({@code --no-eval}).
 */
class TrainCommandTest extends CommandTest {
	private static final String ROBOT = "sleap/models/minimal_robot.UNet.single_instance/training_config.json";
	private static final String ROBOT_LABELS = "sleap/slp_hdf5/small_robot_minimal.slp";

	@TempDir
	Path dir;

	@Test
	void helpListsTrain() {
		assertEquals(Command.OK, run("--help"));
		assertTrue(out().contains("  train "), out());
		assertEquals(Command.OK, run("train", "--help"));
		assertTrue(out().contains("Usage: myrmex train CONFIG.json LABELS.slp [--run-dir DIR] [--epochs N]"), out());
		assertTrue(out().contains("--resume"), out());
	}

	@Test
	void badArgumentsAreUsageErrors() {
		assertEquals(Command.USAGE, run("train"));
		assertTrue(err().contains("myrmex train: missing CONFIG.json and LABELS.slp"), err());
		assertTrue(err().contains("Usage: myrmex train"), err());
		assertEquals(Command.USAGE, run("train", "config.json"));
		assertTrue(err().contains("myrmex train: missing LABELS.slp"), err());
		assertEquals(Command.USAGE, run("train", "config.json", "labels.slp", "more.slp"));
		assertTrue(err().contains("myrmex train: unexpected argument 'more.slp'"), err());
		assertEquals(Command.USAGE, run("train", "config.json", "labels.slp", "--epoch", "3"));
		assertTrue(err().contains("myrmex train: unknown option '--epoch'"), err());
		assertEquals(Command.USAGE, run("train", "config.json", "labels.slp", "--epochs", "0"));
		assertTrue(err().contains("myrmex train: --epochs takes a number of epochs of at least 1, not 0"), err());
		assertEquals(Command.USAGE, run("train", "config.json", "labels.slp", "--epochs", "ten"));
		assertTrue(err().contains("myrmex train: --epochs takes a whole number, not 'ten'"), err());
		assertEquals(Command.USAGE, run("train", "config.json", "labels.slp", "--epochs", "-2"));
		assertTrue(err().contains("myrmex train: --epochs takes a whole number, not '-2'"), err());
		assertEquals(Command.USAGE, run("train", "config.json", "labels.slp", "--epochs"));
		assertTrue(err().contains("myrmex train: --epochs needs a value"), err());
		assertEquals(Command.USAGE, run("train", "config.json", "labels.slp", "--seed", "x"));
		assertTrue(err().contains("myrmex train: --seed takes a whole number, not 'x'"), err());
		assertEquals(Command.USAGE, run("train", "config.json", "labels.slp", "--resume"));
		assertTrue(err().contains("myrmex train: --resume needs --run-dir DIR, the folder of the run to continue"),
				err());
		assertEquals(Command.USAGE, run("train", "config.json", "labels.slp", "--cpu", "--gpu"));
		assertTrue(err().contains("myrmex train: choose one of --cpu and --gpu"), err());
	}

	@Test
	void missingFilesFailNamingTheFile() {
		Path config = Fixtures.get(ROBOT);
		Path labels = Fixtures.get(ROBOT_LABELS);
		Path missing = dir.resolve("missing.json");
		assertEquals(Command.FAILED, run("train", missing.toString(), labels.toString()));
		assertEquals("myrmex train: " + missing + ": no such configuration file\n", lf(err()));
		assertEquals(Command.FAILED, run("train", dir.toString(), labels.toString()));
		assertEquals("myrmex train: " + dir + ": no such configuration file\n", lf(err()));
		Path missingLabels = dir.resolve("missing.slp");
		assertEquals(Command.FAILED, run("train", config.toString(), missingLabels.toString(), "--cpu"));
		assertEquals("myrmex train: " + missingLabels + ": no such labels file\n", lf(err()));
		Path missingRun = dir.resolve("run");
		assertEquals(Command.FAILED,
				run("train", config.toString(), labels.toString(), "--run-dir", missingRun.toString(), "--resume"));
		assertEquals("myrmex train: " + missingRun + ": no such run folder to resume\n", lf(err()));
		assertEquals("", out());
	}

	@Test
	void theResumeHintRepeatsTheArgumentsWithTheRunFolder() {
		assertEquals("myrmex train c.json l.slp --epochs 5 --cpu --run-dir /runs/r1 --resume",
				TrainCommand.resumeCommand(List.of("c.json", "l.slp", "--epochs", "5", "--cpu"), Path.of("/runs/r1")));
		assertEquals("myrmex train c.json --run-dir 'my runs/r1' --seed 3 l.slp --resume",
				TrainCommand.resumeCommand(List.of("c.json", "--run-dir", "my runs/r1", "--seed", "3", "l.slp",
						"--resume"), Path.of("/elsewhere")));
		assertEquals("myrmex train 'it'\\''s.json' l.slp --run-dir r --resume",
				TrainCommand.resumeCommand(List.of("it's.json", "l.slp"), Path.of("r")));
	}

	/**
	 * Trains for real: one epoch of two steps of the robot single-instance model (filters 8, stride 4) on two
	 * frames, on the CPU. Needs the working {@code Trainer} (fails with "internal error" while
	 * {@code Trainer.train} is still a stub).
	 */
	@Test
	void trainsATinyRunEndToEnd() throws Exception {
		String json = Files.readString(Fixtures.get(ROBOT));
		String tiny = tiny(json);
		assertEquals(5, count(json, tiny), "the fixture's optimization section changed; update the replacements");
		Path config = Files.writeString(dir.resolve("training_config.json"), tiny);
		Path runDir = dir.resolve("run");

		assertEquals(Command.OK, run("train", config.toString(), Fixtures.get(ROBOT_LABELS).toString(), "--run-dir",
				runDir.toString(), "--epochs", "1", "--seed", "1", "--cpu"), err());

		assertTrue(err().contains("Run folder: " + runDir), err());
		assertTrue(err().contains("epoch 1/1 batch 2/2 [==========] loss "), err());
		assertTrue(lf(out()).matches("(?s)epoch 1/1  loss \\S+  val_loss \\S+  lr 0\\.00100  \\d+:\\d\\d  best\n.*"),
				out());
		assertTrue(out().contains("Best model: " + runDir.resolve("best_model")), out());
		List<String> log = Files.readAllLines(runDir.resolve("training_log.csv")).stream()
				.filter(line -> !line.isBlank()).toList();
		assertEquals(2, log.size(), "header and one epoch: " + log);
		assertTrue(log.get(0).startsWith("epoch,"), log.get(0));
		assertTrue(Files.isRegularFile(runDir.resolve("best_model/saved_model.pb")));
		// then evaluated: a line per split, the predictions and SLEAP's metrics in the run folder
		assertTrue(lf(out()).contains("Evaluating the best model on the labelled frames of each split\n"), out());
		for (String split : List.of("train", "val")) {
			assertTrue(lf(out()).matches("(?s).*\n" + split + ": OKS mAP \\S+, mAR \\S+, dist p50 \\S+ px, p95 \\S+ px "
					+ "\\(1 frame\\) -> " + java.util.regex.Pattern.quote(runDir.resolve("metrics." + split + ".json")
							.toString()) + "\n.*"), out());
			assertTrue(Files.isRegularFile(runDir.resolve("labels_pr." + split + ".slp")), split);
			assertTrue(Files.readString(runDir.resolve("metrics." + split + ".json")).contains("\"oks_voc.mAP\""));
		}
	}

	@Test
	void noEvalSkipsTheEvaluation() throws Exception {
		Path config = Files.writeString(dir.resolve("training_config.json"), tiny(Files.readString(Fixtures.get(ROBOT))));
		Path runDir = dir.resolve("run");
		assertEquals(Command.OK, run("train", config.toString(), Fixtures.get(ROBOT_LABELS).toString(), "--run-dir",
				runDir.toString(), "--seed", "1", "--cpu", "--no-eval"), err());
		assertTrue(Files.isRegularFile(runDir.resolve("best_model/saved_model.pb")));
		assertFalse(out().contains("Evaluating"), out());
		assertFalse(Files.exists(runDir.resolve("metrics.val.json")));
		assertFalse(Files.exists(runDir.resolve("labels_pr.val.slp")));
	}

	private static String tiny(String json) {
		return json.replace("\"batches_per_epoch\": 200", "\"batches_per_epoch\": 2")
				.replace("\"min_batches_per_epoch\": 200", "\"min_batches_per_epoch\": 2")
				.replace("\"val_batches_per_epoch\": 10", "\"val_batches_per_epoch\": 1")
				.replace("\"min_val_batches_per_epoch\": 10", "\"min_val_batches_per_epoch\": 1")
				.replace("\"epochs\": 100", "\"epochs\": 1");
	}

	private static int count(String before, String after) {
		int changed = 0;
		String[] a = before.split("\n");
		String[] b = after.split("\n");
		for (int i = 0; i < a.length; i++) {
			if (!a[i].equals(b[i])) {
				changed++;
			}
		}
		assertNotEquals(0, changed);
		return changed;
	}

	private static String lf(String text) {
		return text.replace(System.lineSeparator(), "\n");
	}
}
