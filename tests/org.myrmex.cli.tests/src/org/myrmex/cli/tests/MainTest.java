// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;
import org.myrmex.cli.Main;
import org.myrmex.fixtures.ChildJvm;
import org.myrmex.fixtures.Fixtures;

/**
 * {@code org.myrmex.cli.Main}, what {@code ./myrmex COMMAND} runs: the commands in a JVM of their own on a plain
 * class path of the bundles' jars, no OSGi framework; natives load, exit codes are the commands'.
 */
class MainTest {
	@TempDir
	Path dir;

	@Test
	void helpListsTheCommands() throws Exception {
		assertEquals(Command.OK, run("--help"), log());
		String out = log();
		for (String command : List.of("inspect", "train", "track", "export", "suggest", "render")) {
			assertTrue(out.contains("\n  " + command + " "), command + " missing from:\n" + out);
		}
	}

	@Test
	void inspectReadsALabelsFileThroughTheNativeHdf5() throws Exception {
		Path labels = Fixtures.get("sleap/tracks/clip.slp");
		assertEquals(Command.OK, run("inspect", labels.toString()), log());
		String out = log();
		assertTrue(out.contains("Labeled frames: 1500"), out);
		assertTrue(out.contains("user instances: 3000"), out);
	}

	@Test
	void aMissingFileIsNamedWithoutAStackTrace() throws Exception {
		Path missing = dir.resolve("absent.slp");
		assertEquals(Command.FAILED, run("inspect", missing.toString()), log());
		String out = log();
		assertTrue(out.contains(missing + ": no such file"), out);
		assertFalse(out.contains("Exception"), out);
	}

	private int run(String... args) throws Exception {
		List<String> command = new ArrayList<>(ChildJvm.command(Main.class, List.of("-XX:TieredStopAtLevel=1")));
		command.addAll(List.of(args));
		Process child = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dir.resolve("child.log").toFile()).start();
		assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the command did not end in two minutes");
		return child.exitValue();
	}

	private String log() throws Exception {
		return Files.readString(dir.resolve("child.log"));
	}
}
