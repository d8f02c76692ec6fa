// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;

/** Every bad video gives a clear message naming the file, and odd but valid files read exactly. */
class MediaBadInputTest {
	@TempDir
	Path dir;

	private MediaVideo open(Path file) throws VideoException {
		return MediaVideo.open(file, new MediaSettings(dir.resolve("index"), 64L << 20, 8, false));
	}

	private VideoException refused(Path file) {
		VideoException e = assertThrows(VideoException.class, () -> open(file).close());
		assertEquals(file, e.getFile());
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		return e;
	}

	@Test
	void missingFile() {
		assertTrue(refused(dir.resolve("none.mp4")).getMessage().endsWith("no such file"));
	}

	@Test
	void folder() {
		assertTrue(refused(dir).getMessage().contains("is a folder"));
	}

	@Test
	void textFileNamedMp4() throws Exception {
		Path fake = Files.writeString(dir.resolve("notes.mp4"), "these are my notes, not a video\n");
		assertTrue(refused(fake).getMessage().contains("not a readable video"), fake.toString());
	}

	@Test
	void truncatedVideo() throws Exception {
		byte[] whole = Files.readAllBytes(Fixtures.get("sleap/tracks/clip.mp4"));
		Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(whole, whole.length / 2));
		String message = refused(cut).getMessage();
		assertTrue(message.contains("truncated") || message.contains("not a readable video"), message);
	}

	@Test
	void videoWithoutFrames() throws Exception {
		Path empty = dir.resolve("empty.mp4");
		TestVideos.noFrames(empty);
		String message = refused(empty).getMessage();
		assertTrue(message.contains("no video frames") || message.contains("has no video stream"), message);
	}

	@Test
	void frameOutOfRange() throws Exception {
		Path clip = Fixtures.get("sleap/tracks/clip.mp4");
		try (MediaVideo video = open(clip)) {
			VideoException high = assertThrows(VideoException.class, () -> video.readGray(1500));
			assertEquals(clip + ": frame 1500 is out of range (the video has 1500 frames)", high.getMessage());
			assertThrows(VideoException.class, () -> video.readGray(-1));
			assertThrows(VideoException.class, () -> video.sequential(1500, ColorMode.GRAY));
		}
	}

	@Test
	void closedVideo() throws Exception {
		MediaVideo video = open(Fixtures.get("sleap/videos/small_robot_3_frame.mp4"));
		video.close();
		video.close();
		assertTrue(assertThrows(VideoException.class, () -> video.readGray(0)).getMessage().endsWith("is closed"));
	}

	@Test
	void variableFrameRateFramesAreCountedExactly() throws Exception {
		Path vfr = dir.resolve("vfr.mp4");
		TestVideos.variableFrameRate(vfr, 40);
		try (MediaVideo video = open(vfr)) {
			assertEquals(40, video.frameCount());
			assertTrue(video.variableFrameRate());
			int[] hashes = MediaVideoTest.sequentialHashes(video, ColorMode.GRAY);
			for (int frame : new int[] { 39, 0, 17, 16, 25, 3 }) {
				assertEquals(hashes[frame], video.readGray(frame).hashCode(), "frame " + frame);
				assertEquals(frame * 4, video.readGray(frame).get(32, 24), 3.0, "frame " + frame + " grey level");
			}
		}
	}
}
