// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.Ffmpeg;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.OpenCv;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

class VideoSourceTest {

	@Test
	void loadsTheGplFfmpegBuildWithLibx264InsideOsgi() {
		assertEquals("6.1.1", Ffmpeg.version());
		assertTrue(Ffmpeg.hasLibx264());
	}

	@Test
	void loadsOpenCvWithOpenBlasInsideOsgi() {
		assertEquals("4.9.0", OpenCv.version());
	}

	@Test
	void decodesTheFirstAndLastFrameOfClip() throws Exception {
		try (VideoSource video = Videos.open(Fixtures.get("sleap/tracks/clip.mp4"))) {
			assertEquals(1500, video.frameCount());
			assertEquals(1024, video.width());
			assertEquals(1024, video.height());
			VideoFrame first = video.readGray(0);
			VideoFrame last = video.readGray(1499);
			assertEquals(1024, first.width());
			assertEquals(1024, last.height());
			assertNotEquals(first, last);
			// going back gives the same frame again: decoding is frame-exact
			assertEquals(first, video.readGray(0));
		}
	}

	@Test
	void sequentialAndRandomAccessAgree() throws Exception {
		try (VideoSource video = Videos.open(Fixtures.get("sleap/videos/centered_pair_small.mp4"))) {
			VideoFrame[] sequential = new VideoFrame[12];
			for (int i = 0; i < sequential.length; i++) {
				sequential[i] = video.readGray(i);
			}
			assertEquals(sequential[9], video.readGray(9));
			assertEquals(sequential[3], video.readGray(3));
			assertEquals(sequential[11], video.readGray(11));
		}
	}

	@Test
	void refusesAFrameOutOfRangeNamingTheFile() throws Exception {
		Path clip = Fixtures.get("sleap/tracks/clip.mp4");
		try (VideoSource video = Videos.open(clip)) {
			VideoException e = assertThrows(VideoException.class, () -> video.readGray(1500));
			assertTrue(e.getMessage().startsWith(clip.toString()), e.getMessage());
			assertTrue(e.getMessage().contains("out of range"), e.getMessage());
			assertThrows(VideoException.class, () -> video.readGray(-1));
		}
	}

	@Test
	void refusesATextFileNamedMp4(@TempDir Path dir) throws Exception {
		Path fake = Files.writeString(dir.resolve("fake.mp4"), "this is not a video");
		VideoException e = assertThrows(VideoException.class, () -> Videos.open(fake));
		assertTrue(e.getMessage().startsWith(fake.toString()), e.getMessage());
	}

	@Test
	void refusesAMissingFile(@TempDir Path dir) {
		VideoException e = assertThrows(VideoException.class, () -> Videos.open(dir.resolve("none.mp4")));
		assertTrue(e.getMessage().contains("no such file"), e.getMessage());
	}
}
