// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/** {@code myrmex preprocess} on real SLEAP videos. */
class PreprocessCommandTest extends CommandTest {
	@TempDir
	Path dir;

	private static List<String> files(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void helpListsPreprocess() {
		assertEquals(Command.OK, run("--help"));
		assertTrue(out().contains("  preprocess "), out());
		assertEquals(Command.OK, run("preprocess", "--help"));
		assertTrue(out().contains("Usage: myrmex preprocess [OPTIONS] OUT_DIR INPUT..."), out());
	}

	@Test
	void cropsGreysAndMakesEveryFrameAKeyframe() throws Exception {
		Path input = Fixtures.get("sleap/videos/small_robot_3_frame.mp4");
		Path outDir = dir.resolve("out");
		assertEquals(Command.OK, run("preprocess", "--crop", "20,10,320,240", "--gray", "--all-intra", "--crf", "18",
				"--suffix", ".small", outDir.toString(), input.toString()), err());
		Path output = outDir.resolve("small_robot_3_frame.small.mp4");
		assertEquals("Wrote " + output + " (3 frames, 320x240)\n", out().replace(System.lineSeparator(), "\n"));
		try (VideoSource video = Videos.open(output)) {
			assertEquals(3, video.frameCount());
			assertEquals(320, video.width());
			assertEquals(240, video.height());
		}
		assertEquals(List.of("small_robot_3_frame.small.mp4"), files(outDir));
	}

	@Test
	void badArgumentsAreUsageErrors() {
		assertEquals(Command.USAGE, run("preprocess", "out"));
		assertTrue(err().contains("myrmex preprocess: missing INPUT"), err());
		assertEquals(Command.USAGE, run("preprocess", "--crop", "1,2", "out", "in.mp4"));
		assertTrue(err().contains("a crop box is x,y,width,height, not '1,2'"), err());
		assertEquals(Command.USAGE, run("preprocess", "--gop", "5", "--all-intra", "out", "in.mp4"));
		assertTrue(err().contains("choose one of --gop N, --short-gop and --all-intra"), err());
		assertEquals(Command.USAGE, run("preprocess", "--crf", "60", "out", "in.mp4"));
		assertTrue(err().contains("crf 60 is outside 0..51"), err());
		assertEquals(Command.USAGE, run("preprocess", "--scale", "half", "out", "in.mp4"));
		assertTrue(err().contains("not 'half'"), err());
	}

	@Test
	void badInputsFailNamingTheFile() throws Exception {
		Path missing = dir.resolve("missing.mp4");
		assertEquals(Command.FAILED, run("preprocess", dir.resolve("out").toString(), missing.toString()));
		assertEquals("myrmex preprocess: " + missing + ": no such file or folder\n", err().replace(System.lineSeparator(), "\n"));
		Path input = Files.copy(Fixtures.get("sleap/videos/small_robot_3_frame.mp4"), dir.resolve("robot.mp4"));
		assertEquals(Command.FAILED, run("preprocess", "--suffix", "", dir.toString(), input.toString()));
		assertTrue(err().contains(input + ": its output " + input + " would overwrite an input"), err());
		assertEquals(Command.FAILED, run("preprocess", "--crop", "0,0,600,100", dir.resolve("out").toString(),
				input.toString()));
		assertTrue(err().contains(input + ": the crop box 600x100 at (0, 0) lies outside the 560x320 frame"), err());
		assertEquals(List.of("robot.mp4"), files(dir));
	}

	@Test
	void ctrlCLeavesNoOutput() throws Exception {
		// what Ctrl-C does: the console monitor is cancelled while ffmpeg is encoding
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private boolean encoding;

			@Override
			public void setTaskName(String name) {
				encoding = name.endsWith(".mp4");
			}

			@Override
			public void internalWorked(double work) {
				if (encoding) {
					setCanceled(true);
				}
			}

			@Override
			public void worked(int work) {
				internalWorked(work);
			}
		};
		Path outDir = dir.resolve("out");
		assertEquals(Command.CANCELLED, run(monitor, "preprocess", outDir.toString(),
				Fixtures.get("sleap/videos/centered_pair_small.mp4").toString()));
		assertTrue(err().contains("myrmex preprocess: cancelled"), err());
		assertEquals(List.of(), files(outDir));
	}
}
