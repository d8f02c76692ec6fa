// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;
import org.myrmex.fixtures.Fixtures;

/** {@code myrmex eval --run RUN_DIR}: a run folder evaluated with its own model. */
class RunEvalCommandTest extends CommandTest {
	private static final String BOTTOM_UP = "sleap/models/minimal_instance.UNet.bottomup";

	@TempDir
	Path dir;

	/**
	 * SLEAP's bottom-up run folder, its Keras model run by Myrmex: the val split gives SLEAP's OKS mAP 0.7505 and
	 * mAR 0.75 (SLEAP's distance p50 1.0186 px, p95 1.7687 px; Myrmex's frames move points by a few hundredths).
	 */
	@Test
	void evaluatesSleapsBottomUpRun() {
		Path run = Fixtures.get(BOTTOM_UP);
		Path out = dir.resolve("new folder");
		assertEquals(Command.OK, run("eval", "--run", run.toString(), "--out", out.toString(), "--cpu"), err());
		String[] lines = out().split("\\R");
		assertEquals(2, lines.length, out());
		assertTrue(lines[0].startsWith("train: OKS mAP 1.0000, mAR 1.0000, dist p50 0.19 px, p95 0.35 px (1 frame) -> "
				+ out.resolve("metrics.train.json")), lines[0]);
		assertTrue(lines[1].matches("val: OKS mAP 0\\.7505, mAR 0\\.7500, dist p50 1\\.0\\d px, p95 1\\.[78]\\d px "
				+ "\\(1 frame\\) -> .*metrics\\.val\\.json"), lines[1]);
		for (String file : new String[] { "labels_pr.train.slp", "labels_pr.val.slp", "metrics.train.json",
				"metrics.val.json", "metrics.val.npz" }) {
			assertTrue(Files.isRegularFile(out.resolve(file)), file);
		}
	}

	@Test
	void explainsBadArguments() {
		String run = Fixtures.get(BOTTOM_UP).toString();
		assertEquals(Command.USAGE, run("eval", "--run", run, "gt.slp"));
		assertTrue(err().contains("myrmex eval: --run takes no GT.slp and PR.slp, not 'gt.slp'"), err());
		assertEquals(Command.USAGE, run("eval", "--run", run, "--json", "m.json"));
		assertTrue(err().contains("--json goes with GT.slp PR.slp"), err());
		assertEquals(Command.USAGE, run("eval", "gt.slp", "pr.slp", "--out", "x"));
		assertTrue(err().contains("myrmex eval: --out, --cpu and --gpu go with --run RUN_DIR"), err());
		assertEquals(Command.USAGE, run("eval", "--run", run, "--cpu", "--gpu"));
		assertTrue(err().contains("choose one of --cpu and --gpu"), err());
		assertEquals(Command.OK, run("eval", "--help"));
		assertTrue(out().contains("myrmex eval --run RUN_DIR [--out DIR] [--cpu|--gpu]"), out());
	}

	@Test
	void namesAFolderThatIsNoRun() throws Exception {
		Path missing = dir.resolve("missing");
		assertEquals(Command.FAILED, run("eval", "--run", missing.toString()));
		assertEquals("myrmex eval: " + missing + ": no such run folder", err().strip());
		Path empty = Files.createDirectory(dir.resolve("empty"));
		assertEquals(Command.FAILED, run("eval", "--run", empty.toString()));
		assertTrue(err().startsWith("myrmex eval: " + empty + ": no labels_gt.train.slp"), err());
		assertFalse(Files.exists(empty.resolve("metrics.train.json")));
		assertEquals("", out());
	}
}
