// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.Videos;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;

/**
 * The frame cache's memory is bounded in bytes: on real videos, with read-ahead running, the decoded pixels it holds
 * never add up to more than the limit, frames stay exact, and the limit comes from the API or the system property.
 */
class FrameCacheLimitTest {
	private static final long MIB = 1L << 20;
	@TempDir
	Path indexes;

	@Test
	void bytesHeldNeverExceedTheLimitWhileReadingAhead() throws Exception {
		// clip.mp4: 1024x1024 grey, 1 MiB a frame; 7.5 MiB hold 7 frames, so read-ahead fills 2 frames each side
		long limit = 7 * MIB + MIB / 2;
		Path clip = Fixtures.require("sleap/tracks/clip.mp4");
		int[] hashes;
		try (MediaVideo reference = MediaVideo.open(clip, new MediaSettings(indexes, 0, 30, false))) {
			hashes = MediaVideoTest.sequentialHashes(reference, ColorMode.GRAY);
		}
		try (MediaVideo video = MediaVideo.open(clip, new MediaSettings(indexes, limit, 30, true))) {
			assertEquals(limit, video.cacheLimit());
			assertTrue(video.readsAhead(), "7 frames leave room for read-ahead");
			Random random = new Random(12);
			int frame = 0;
			for (int i = 0; i < 120; i++) {
				frame = i % 3 == 2 ? random.nextInt(video.frameCount()) : Math.min(video.frameCount() - 1, frame + 1);
				assertEquals(hashes[frame], video.readGray(frame).hashCode(), "frame " + frame);
				assertTrue(video.cachedBytes() <= limit, video.cachedBytes() + " bytes held after frame " + frame);
				if (i % 10 == 0) {
					waitUntilCached(video, frame + 1); // let read-ahead fill its window now and then
				}
			}
			assertTrue(video.peakCachedBytes() <= limit, "peak " + video.peakCachedBytes() + " bytes, limit " + limit);
			assertEquals(7 * MIB, video.peakCachedBytes(), "the cache filled up to the 7 frames that fit");
			assertEquals(7, video.cachedFrames());
		}
	}

	@Test
	void colourFramesCountTheirThreeBytesAPixel() throws Exception {
		// small_robot.mp4: 560x320 RGB, 537,600 bytes a frame; 2 MiB hold 3 frames: read-ahead of 1 frame each side
		long limit = 2 * MIB;
		try (MediaVideo video = MediaVideo.open(Fixtures.require("sleap/videos/small_robot.mp4"),
				new MediaSettings(indexes, limit, 30, true))) {
			int[] hashes = MediaVideoTest.sequentialHashes(video, ColorMode.RGB);
			for (int frame : new int[] { 100, 101, 102, 20, 165, 0, 50, 51 }) {
				assertEquals(hashes[frame], video.readRgb(frame).hashCode(), "frame " + frame);
				waitUntilCached(video, frame - 1);
				assertTrue(video.cachedBytes() <= limit, video.cachedBytes() + " bytes held after frame " + frame);
			}
			assertEquals(3 * 560 * 320 * 3, video.peakCachedBytes(), "three RGB frames fit in 2 MiB, not four");
		}
	}

	@Test
	void aLimitBelowOneFrameKeepsNothingAndStillReadsExactFrames() throws Exception {
		try (MediaVideo video = MediaVideo.open(Fixtures.require("sleap/tracks/clip.mp4"),
				new MediaSettings(indexes, MIB / 2, 30, true))) {
			assertFalse(video.readsAhead(), "no room for read-ahead");
			VideoFrame first = video.readGray(260);
			VideoFrame again = video.readGray(260);
			assertEquals(first, again);
			assertTrue(!first.equals(video.readGray(261)), "frames 260 and 261 differ");
			assertEquals(0, video.cachedFrames());
			assertEquals(0, video.peakCachedBytes());
		}
	}

	@Test
	void limitComesFromTheSettingElseThePropertyElseTheHeap() throws Exception {
		String property = MediaSettings.FRAME_CACHE_PROPERTY;
		assertEquals("myrmex.video.frameCacheMB", property);
		String before = System.getProperty(property);
		try {
			System.clearProperty(property);
			long heapQuarter = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
			assertEquals(heapQuarter, Videos.defaultFrameCacheLimit());
			System.setProperty(property, "96");
			assertEquals(96 * MIB, Videos.defaultFrameCacheLimit());
			assertEquals(96 * MIB, Videos.frameCacheLimit(), "no limit set: the property's");
			Videos.setFrameCacheLimit(2 * MIB);
			assertEquals(2 * MIB, Videos.frameCacheLimit());
			try (MediaVideo video = (MediaVideo) Videos.openMedia(Fixtures.require("sleap/tracks/clip.mp4"))) {
				assertEquals(2 * MIB, video.cacheLimit());
				assertFalse(video.readsAhead(), "2 frames of clip.mp4 leave no window on either side");
			}
			Videos.setFrameCacheLimit(-1);
			assertEquals(96 * MIB, Videos.frameCacheLimit(), "back to the default");
			System.setProperty(property, "lots");
			assertEquals(heapQuarter, Videos.defaultFrameCacheLimit(), "not a number: the heap's quarter");
		} finally {
			Videos.setFrameCacheLimit(-1);
			if (before == null) {
				System.clearProperty(property);
			} else {
				System.setProperty(property, before);
			}
		}
	}

	@Test
	void negativeLimitIsRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new MediaSettings(indexes, -5, 30, true));
		assertTrue(e.getMessage().contains("-5 bytes"), e.getMessage());
	}

	private static void waitUntilCached(MediaVideo video, int frame) throws InterruptedException {
		int target = Math.max(0, Math.min(video.frameCount() - 1, frame));
		for (int i = 0; i < 200 && !video.isCached(target); i++) {
			Thread.sleep(20);
		}
	}
}
