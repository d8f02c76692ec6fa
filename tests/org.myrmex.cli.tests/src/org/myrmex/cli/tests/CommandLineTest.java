// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;

class CommandLineTest extends CommandTest {
	@Test
	void helpListsTheCommands() {
		assertEquals(Command.OK, run("--help"));
		assertTrue(out().contains("  info "), out());
		assertTrue(out().contains("  sample "), out());
	}

	@Test
	void anUnknownCommandIsAUsageError() {
		assertEquals(Command.USAGE, run("trian"));
		assertTrue(err().contains("unknown command 'trian'"), err());
	}

	@Test
	void infoReportsTheNativeStack() {
		assertEquals(Command.OK, run("info", "--check"));
		assertTrue(out().contains("FFmpeg      6.1.1, libx264 present"), out());
		assertTrue(out().contains("OpenCV      4.9.0"), out());
		assertTrue(out().contains("HDF5        1.14.3"), out());
		assertTrue(out().contains("TensorFlow  2.16.2"), out());
		assertTrue(out().contains(", ok"), out());
	}

	@Test
	void sampleMakesAProjectAndRefusesToOverwriteIt(@TempDir Path dir) {
		Path project = dir.resolve("p");
		assertEquals(Command.OK, run("sample", project.toString(), "--frames", "8", "--size", "128x96", "--ants", "2"));
		assertTrue(out().contains("8 frames, 2 ants, 16 user instances"), out());
		assertTrue(Files.isRegularFile(project.resolve("sample-ants.mp4")));
		assertEquals(Command.FAILED, run("sample", project.toString()));
		assertTrue(err().contains("not overwriting"), err());
	}

	@Test
	void sampleExplainsBadArguments() {
		assertEquals(Command.USAGE, run("sample"));
		assertTrue(err().contains("missing DIR"), err());
		assertEquals(Command.USAGE, run("sample", "x", "--size", "65x64"));
		assertTrue(err().contains("must be even"), err());
		assertEquals(Command.USAGE, run("sample", "x", "--frames", "many"));
		assertTrue(err().contains("--frames takes a whole number, not 'many'"), err());
	}
}
