// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;
import org.myrmex.video.internal.media.OpenCvRange;

/**
 * Grey frames are byte-identical to what the bundled {@code ffmpeg -pix_fmt gray} gives (swscale's limited → full
 * range expansion), whichever way they are read.
 */
class GreyFramesTest {
	private static final int FRAMES = 24;

	@TempDir
	Path indexes;

	@Test
	void openCvReproducesTheSwscaleExpansionOnThisMachine() {
		assertTrue(OpenCvRange.works(), "the vectorised expansion must be the one these tests exercise");
	}

	@Test
	void fixtureFramesEqualFfmpegGray() throws Exception {
		assertGreyEqualsFfmpeg(Fixtures.get("sleap/videos/centered_pair_small.mp4"));
	}

	/** 201 samples a row in 4:4:4: each row ends in samples outside the vectorised body, at odd offsets. */
	@Test
	void oddWidthFramesEqualFfmpegGray(@TempDir Path dir) throws Exception {
		Path odd = dir.resolve("odd.mp4");
		TestVideos.ffmpeg("-f", "lavfi", "-i", "mandelbrot=size=201x36:rate=15,hue=s=0", "-frames:v",
				String.valueOf(FRAMES), "-c:v", "libx264", "-pix_fmt", "yuv444p", "-crf", "0", odd.toString());
		assertGreyEqualsFfmpeg(odd);
	}

	private void assertGreyEqualsFfmpeg(Path file) throws Exception {
		try (MediaVideo video = MediaVideo.open(file, new MediaSettings(indexes, 64L << 20, 30, false))) {
			assertEquals(1, video.channels(), file + " is grey");
			int size = video.width() * video.height();
			byte[] expected = ffmpegGray(file, FRAMES, size);
			byte[] frame = new byte[size];
			try (FrameReader reader = video.sequential(0, ColorMode.GRAY)) {
				for (int i = 0; i < FRAMES; i++) {
					assertEquals(i, reader.nextInto(frame));
					assertArrayEquals(Arrays.copyOfRange(expected, i * size, (i + 1) * size), frame, "frame " + i);
				}
			}
			for (int i : new int[] { 17, 3, 23 }) {
				assertArrayEquals(Arrays.copyOfRange(expected, i * size, (i + 1) * size), video.readGray(i).pixels(),
						"random access to frame " + i);
			}
		}
	}

	private static byte[] ffmpegGray(Path file, int frames, int size) throws Exception {
		byte[] raw = TestVideos.ffmpeg("-i", file.toString(), "-frames:v", String.valueOf(frames), "-pix_fmt", "gray",
				"-f", "rawvideo", "-");
		assertEquals(frames * size, raw.length, "ffmpeg's grey frames of " + file);
		boolean[] seen = new boolean[256];
		for (byte v : raw) {
			seen[v & 0xff] = true;
		}
		int levels = 0;
		for (boolean s : seen) {
			levels += s ? 1 : 0;
		}
		assertTrue(levels > 100, "the frames cover many grey levels (" + levels + ")");
		return raw;
	}
}
