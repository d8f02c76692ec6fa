// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;
import org.myrmex.cli.Main;
import org.myrmex.fixtures.ChildJvm;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * {@code myrmex preprocess} killed with kill -9 while it encodes: no output appears (only the hidden temporary
 * file its ffmpeg was writing), and the next run removes that file and writes the whole output.
 */
class PreprocessKillTest extends CommandTest {
	@TempDir
	Path dir;

	@Test
	void aKilledPreprocessingLeavesNoOutputAndTheNextRunCleansUp() throws Exception {
		Path input = Fixtures.get("sleap/tracks/clip.mp4");
		Path out = Files.createDirectories(dir.resolve("out"));
		Process child = new ProcessBuilder(command("preprocess", out.toString(), input.toString(), "--all-intra"))
				.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
		List<ProcessHandle> ffmpeg = new ArrayList<>();
		try {
			awaitGrowingPart(out, child);
			ffmpeg.addAll(child.toHandle().descendants().toList());
			child.destroyForcibly(); // SIGKILL, as a crash or `kill -9` ends it
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
		} finally {
			child.destroyForcibly();
		}
		assertFalse(Files.exists(out.resolve("clip_preprocessed.mp4")), "no output from a killed run");
		assertFalse(parts(out).isEmpty(), "the killed run's temporary file is there: " + list(out));
		ffmpeg.forEach(ProcessHandle::destroyForcibly); // its ffmpeg outlives it; not this test's business

		assertEquals(Command.OK, run("preprocess", out.toString(), input.toString(), "--all-intra"), err());
		assertEquals(List.of("clip_preprocessed.mp4"), list(out), "the next run removed what the killed one left");
		try (VideoSource video = Videos.open(out.resolve("clip_preprocessed.mp4"))) {
			assertEquals(1500, video.frameCount());
		}
	}

	private static List<String> command(String... args) {
		List<String> command = new ArrayList<>(ChildJvm.command(Main.class, List.of("-XX:TieredStopAtLevel=1")));
		command.addAll(List.of(args));
		return command;
	}

	/** Waits until the encoder's hidden temporary file exists and grows between two looks. */
	private void awaitGrowingPart(Path out, Process child) throws Exception {
		long deadline = System.currentTimeMillis() + 120_000;
		long last = -1;
		while (System.currentTimeMillis() < deadline) {
			if (!child.isAlive()) {
				fail("the child ended (exit " + child.exitValue() + ") before it could be killed:\n"
						+ Files.readString(dir.resolve("child.log")));
			}
			List<Path> parts = parts(out);
			if (!parts.isEmpty()) {
				long size = Files.size(parts.get(0));
				if (last > 0 && size > last) {
					return;
				}
				last = size;
			}
			Thread.sleep(50);
		}
		fail("no growing temporary file within two minutes:\n" + Files.readString(dir.resolve("child.log")));
	}

	private static List<Path> parts(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
		}
	}

	private static List<String> list(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
