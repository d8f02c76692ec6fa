// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;

/**
 * A full-range video whose pixel format does not say so (VP9 flags the range beside a plain yuv444p) gives the
 * colours FFmpeg gives, not colours expanded a second time.
 */
class ColourRangeTest {
	@TempDir
	Path dir;

	@Test
	void fullRangeVp9GivesFfmpegsColours() throws Exception {
		Path video = dir.resolve("full.webm");
		TestVideos.ffmpeg("-f", "lavfi", "-i", "mandelbrot=size=96x64:rate=10", "-frames:v", "3",
				"-vf", "scale=out_range=full", "-pix_fmt", "yuv444p", "-color_range", "pc", "-c:v", "libvpx-vp9",
				"-lossless", "1", video.toString());
		byte[] expected = TestVideos.ffmpeg("-i", video.toString(), "-pix_fmt", "rgb24", "-f", "rawvideo", "-");
		int size = 96 * 64 * 3;
		assertEquals(3 * size, expected.length);
		try (MediaVideo source = MediaVideo.open(video, new MediaSettings(dir.resolve("idx"), 16L << 20, 30, false))) {
			assertEquals(3, source.channels());
			for (int frame : List.of(0, 2, 1)) {
				assertArrayEquals(Arrays.copyOfRange(expected, frame * size, (frame + 1) * size),
						source.readRgb(frame).pixels(), "frame " + frame);
			}
		}
	}
}
