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
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/** {@code myrmex render} on {@code tracks/clip.slp} beside its video. */
class RenderCommandTest extends CommandTest {
	@TempDir
	Path dir;

	private Path clip() throws Exception {
		Files.copy(Fixtures.get("sleap/tracks/clip.mp4"), dir.resolve("clip.mp4"));
		return Files.copy(Fixtures.get("sleap/tracks/clip.slp"), dir.resolve("clip.slp"));
	}

	@Test
	void rendersAFrameRangeBesideTheLabels() throws Exception {
		Path labels = clip();
		assertEquals(Command.OK, run("render", labels.toString(), "--frames", "10-21", "--scale", "0.5",
				"--colour-by", "instance", "--trail", "5", "--frame-numbers", "--fps", "15"), err());
		Path out = dir.resolve("clip.000_clip.rendered.mp4");
		assertTrue(out().startsWith("Wrote " + out + ": 12 frames of 512x512"), out());
		try (VideoSource video = Videos.open(out)) {
			assertEquals(12, video.frameCount());
			assertEquals(512, video.width());
			assertEquals(15.0, video.fps(), 1e-6);
		}
	}

	@Test
	void badArgumentsAndFilesAreNamed() throws Exception {
		Path labels = clip();
		assertEquals(Command.USAGE, run("render", labels.toString(), "--colour-by", "rainbow"));
		assertTrue(err().contains("colour by track, instance or node, not 'rainbow'"), err());
		assertEquals(Command.USAGE, run("render", labels.toString(), "--frames", "1-5", "--all-frames"));
		assertTrue(err().contains("choose one of --frames and --all-frames"), err());
		assertEquals(Command.USAGE, run("render", labels.toString(), "--scale", "big"));
		assertTrue(err().contains("--scale takes a number, not 'big'"), err());
		assertEquals(Command.FAILED, run("render", labels.toString(), "--frames", "9-2"));
		assertTrue(err().contains("--frames 9-2 is an empty range"), err());
		assertEquals(Command.FAILED, run("render", labels.toString(), "--video", "3"));
		assertTrue(err().contains(labels + " has 1 videos, no video 3"), err());
		assertEquals(Command.FAILED, run("render", dir.toString()));
		assertTrue(err().contains("is a folder"), err());
		Path out = dir.resolve("late.mp4");
		assertEquals(Command.FAILED, run("render", labels.toString(), "--frames", "1495-1505", "-o", out.toString()));
		assertTrue(err().contains("frame 1500 is out of range"), err());
		assertEquals(Command.FAILED, run("render", labels.toString(), "--frames", "0", "-o",
				dir.resolve("missing/out.mp4").toString()));
		assertTrue(err().contains("does not exist"), err());
		Files.delete(dir.resolve("clip.mp4"));
		assertEquals(Command.FAILED, run("render", labels.toString(), "--frames", "0-3", "-o", out.toString()));
		assertTrue(err().contains("clip.mp4"), err());
		assertFalse(Files.exists(out), "nothing written");
	}
}
