// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;

/** Random access to the fixture videos returns exactly the frames sequential decoding gives. */
class MediaVideoTest {
	@TempDir
	Path indexes;

	private MediaVideo open(String fixture, boolean readAhead) throws Exception {
		return MediaVideo.open(Fixtures.get(fixture), new MediaSettings(indexes, 256L << 20, 30, readAhead));
	}

	@Test
	void clipPropertiesAndKeyframes() throws Exception {
		try (MediaVideo video = open("sleap/tracks/clip.mp4", false)) {
			assertEquals(1500, video.frameCount());
			assertEquals(1024, video.width());
			assertEquals(1024, video.height());
			assertEquals(1, video.channels(), "clip.mp4 is grey H.264");
			assertEquals(25.0, video.fps(), 1e-9);
			assertArrayEquals(new int[] { 0, 250, 500, 750, 1000, 1250 }, video.keyframes());
			assertEquals(false, video.variableFrameRate());
		}
	}

	@Test
	void colourAndGreyFixtures() throws Exception {
		try (MediaVideo robot = open("sleap/videos/small_robot.mp4", false);
				MediaVideo pair = open("sleap/videos/centered_pair_small.mp4", false)) {
			assertEquals(166, robot.frameCount());
			assertEquals(560, robot.width());
			assertEquals(320, robot.height());
			assertEquals(3, robot.channels());
			assertEquals(1100, pair.frameCount());
			assertEquals(384, pair.width());
			assertEquals(1, pair.channels());
			assertEquals(15.0, pair.fps(), 1e-9);
		}
	}

	@Test
	void randomAccessEqualsSequentialDecoding() throws Exception {
		for (String fixture : List.of("sleap/tracks/clip.mp4", "sleap/videos/centered_pair_small.mp4", "sleap/videos/dance.mp4")) {
			try (MediaVideo video = open(fixture, false)) {
				int[] hashes = sequentialHashes(video, ColorMode.GRAY);
				Random random = new Random(7);
				for (int i = 0; i < 12; i++) {
					int frame = random.nextInt(video.frameCount());
					assertEquals(hashes[frame], video.readGray(frame).hashCode(), fixture + " frame " + frame);
				}
				for (int frame : new int[] { video.frameCount() - 1, 0, 249, 250, 251, 1 }) {
					assertEquals(hashes[frame], video.readGray(frame).hashCode(), fixture + " frame " + frame);
				}
			}
		}
	}

	@Test
	void framesDiffer() throws Exception {
		try (MediaVideo video = open("sleap/tracks/clip.mp4", false)) {
			VideoFrame first = video.readGray(0);
			VideoFrame last = video.readGray(1499);
			assertTrue(!first.equals(last), "frames 0 and 1499 of clip.mp4 show different fly positions");
			assertEquals(first, video.readGray(0));
		}
	}

	@Test
	void rgbMatchesSequentialAndGreyIsItsLuma() throws Exception {
		try (MediaVideo video = open("sleap/videos/small_robot.mp4", false)) {
			int[] hashes = sequentialHashes(video, ColorMode.RGB);
			for (int frame : new int[] { 165, 3, 80, 79, 0 }) {
				VideoFrame rgb = video.readRgb(frame);
				assertEquals(hashes[frame], rgb.hashCode(), "frame " + frame);
				assertEquals(3, rgb.channels());
				assertEquals(rgb.to(ColorMode.GRAY), video.readGray(frame));
			}
		}
	}

	@Test
	void sequentialReaderStartsAnywhere() throws Exception {
		try (MediaVideo video = open("sleap/videos/centered_pair_small.mp4", false)) {
			int[] hashes = sequentialHashes(video, ColorMode.GRAY);
			try (FrameReader reader = video.sequential(777, ColorMode.GRAY)) {
				for (int frame = 777; frame < 800; frame++) {
					assertEquals(frame, reader.position());
					assertEquals(hashes[frame], reader.next().hashCode(), "frame " + frame);
				}
			}
		}
	}

	@Test
	void sequentialReaderIntoABufferAndClosedEarly() throws Exception {
		try (MediaVideo video = open("sleap/videos/small_robot.mp4", false)) {
			int[] hashes = sequentialHashes(video, ColorMode.RGB);
			byte[] buffer = new byte[560 * 320 * 3];
			try (FrameReader reader = video.sequential(160, ColorMode.RGB)) {
				for (int frame = 160; frame < 166; frame++) {
					assertEquals(frame, reader.nextInto(buffer));
					assertEquals(hashes[frame], VideoFrame.wrap(560, 320, 3, buffer.clone()).hashCode(), "frame " + frame);
				}
				assertEquals(false, reader.hasNext());
				assertTrue(assertThrows(VideoException.class, reader::next).getMessage().contains("has no frame 166"));
			}
			FrameReader early = video.sequential(0, ColorMode.GRAY);
			early.next();
			early.close();
			early.close();
			assertTrue(assertThrows(VideoException.class, early::next).getMessage().endsWith("is closed"));
		}
	}

	@Test
	void decodingToAFrameKeepsTheFramesBeforeIt() throws Exception {
		try (MediaVideo video = open("sleap/tracks/clip.mp4", false)) {
			video.readGray(740);
			for (int frame = 732; frame <= 740; frame++) {
				assertTrue(video.isCached(frame), "frame " + frame + " was decoded on the way to 740");
			}
			assertTrue(!video.isCached(731), "the foreground keeps only a few frames behind; read-ahead fills the rest");
		}
	}

	@Test
	void readingOnInOrderDecodesOnWithoutSeeking() throws Exception {
		try (MediaVideo video = open("sleap/tracks/clip.mp4", false)) {
			int[] hashes = sequentialHashes(video, ColorMode.GRAY);
			for (int frame = 300; frame < 340; frame++) {
				assertEquals(hashes[frame], video.readGray(frame).hashCode(), "frame " + frame);
			}
			assertEquals(1, video.seeks(), "one seek to keyframe 250, then decoding on");
		}
	}

	@Test
	void readAheadFillsTheWindowAroundTheCurrentFrame() throws Exception {
		try (MediaVideo video = open("sleap/tracks/clip.mp4", true)) {
			video.readGray(1100);
			for (int frame : new int[] { 1101, 1130, 1070, 1099 }) {
				assertTrue(waitCached(video, frame), "frame " + frame + " read ahead");
			}
		}
	}

	@Test
	void concurrentReadersGetExactFrames() throws Exception {
		try (MediaVideo video = open("sleap/videos/centered_pair_small.mp4", true)) {
			int[] hashes = sequentialHashes(video, ColorMode.GRAY);
			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				List<Future<Integer>> mismatches = new ArrayList<>();
				for (int t = 0; t < 4; t++) {
					long seed = t;
					mismatches.add(pool.submit(() -> {
						Random random = new Random(seed);
						int wrong = 0;
						for (int i = 0; i < 15; i++) {
							int frame = random.nextInt(video.frameCount());
							wrong += video.readGray(frame).hashCode() == hashes[frame] ? 0 : 1;
						}
						return wrong;
					}));
				}
				for (Future<Integer> wrong : mismatches) {
					assertEquals(0, wrong.get());
				}
			} finally {
				pool.shutdown();
			}
		}
	}

	static int[] sequentialHashes(MediaVideo video, ColorMode mode) throws Exception {
		int[] hashes = new int[video.frameCount()];
		try (FrameReader reader = video.sequential(0, mode)) {
			for (int i = 0; reader.hasNext(); i++) {
				hashes[i] = reader.next().hashCode();
			}
		}
		return hashes;
	}

	private static boolean waitCached(MediaVideo video, int frame) throws InterruptedException {
		for (int i = 0; i < 300 && !video.isCached(frame); i++) {
			Thread.sleep(50);
		}
		return video.isCached(frame);
	}
}
