// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myrmex.cli.internal.TrainingConsole;
import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.TrainingPlan;

/** The command line's view of a training run, fed by hand (no TensorFlow). */
class TrainingConsoleTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private TrainingConsole console(boolean terminal) {
		return new TrainingConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
	}

	private static List<String> lines(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8).lines().toList();
	}

	@Test
	void aLogGetsAProgressLinePerTenthOfAnEpochAndOneLinePerEpoch() {
		TrainingConsole console = console(false);
		console.started(new TrainingPlan(Path.of("runs/r1"), 1, 3, 20, 2, new long[] { 4, 288, 288, 3 }, 1_950_000,
				"CPU"));
		assertEquals(Path.of("runs/r1"), console.runFolder());
		for (int batch = 1; batch <= 20; batch++) {
			console.batchEnded(new BatchProgress(1, batch, 20, 0.5 / batch, 150_000_000, 50_000_000, 4));
		}
		console.epochEnded(new EpochSummary(1, 0.0123456, Map.of("CenteredInstanceConfmapsHead", 0.0123456),
				0.02, Map.of("CenteredInstanceConfmapsHead", 0.02), 1e-4, true, 4_200_000_000L));
		console.epochEnded(new EpochSummary(2, 0.01, Map.of(), Double.NaN, Map.of(), 5e-5, false, 61_000_000_000L));

		List<String> progress = lines(err);
		assertEquals("Training 1,950,000 parameters on CPU: input 4x288x288x3, 20 steps and 2 validation batches "
				+ "per epoch, 3 epochs", progress.get(0));
		assertEquals("Run folder: runs" + java.io.File.separator + "r1", progress.get(1));
		assertEquals(2 + 11, progress.size(), String.join("\n", progress)); // batch 1, then every second batch
		assertEquals("epoch 1/3 batch 1/20 [          ] loss 0.5000 20.0 img/s ETA --:--", progress.get(2));
		assertTrue(progress.get(12).startsWith("epoch 1/3 batch 20/20 [==========] loss 0.02500 20.0 img/s ETA "),
				progress.get(12));
		assertEquals(List.of("epoch 1/3  loss 0.0123456  val_loss 0.0200000  lr 0.000100  0:04  best",
				"epoch 2/3  loss 0.0100000  val_loss -  lr 5.00e-05  1:01"), lines(out));
	}

	@Test
	void aTerminalRewritesOneLineAndClearsItBeforeTheEpochLine() {
		TrainingConsole console = console(true);
		console.started(new TrainingPlan(Path.of("r"), 4, 5, 2, 0, new long[] { 1, 64, 64, 1 }, 10, "GPU"));
		console.batchEnded(new BatchProgress(4, 1, 2, 1, 1_000_000, 0, 1));
		console.batchEnded(new BatchProgress(4, 2, 2, 1, 1_000_000, 0, 1));
		console.epochEnded(new EpochSummary(4, 1, Map.of(), Double.NaN, Map.of(), 1e-3, true, 2_000_000));
		String text = err.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\r\033[KTraining 10 parameters on GPU: input 1x64x64x1, 2 steps and 0 validation "
				+ "batches per epoch, resuming at epoch 4 of 5"), text);
		assertTrue(text.contains("\r\033[Kepoch 4/5 batch 1/2 [=====     ] loss 1.000 1000.0 img/s ETA --:--"), text);
		assertTrue(text.contains("\r\033[Kepoch 4/5 batch 2/2 [==========] loss 1.000 1000.0 img/s ETA 0:00"), text);
		assertTrue(text.endsWith("\r\033[K"), text);
		assertEquals(List.of("epoch 4/5  loss 1.00000  val_loss -  lr 0.00100  0:00  best"), lines(out));
	}

	@Test
	void durationsReadAsClockTimes() {
		assertEquals("0:00", TrainingConsole.duration(0));
		assertEquals("1:05", TrainingConsole.duration(65_000_000_000L));
		assertEquals("2:03:04", TrainingConsole.duration((2 * 3600 + 3 * 60 + 4) * 1_000_000_000L));
	}
}
