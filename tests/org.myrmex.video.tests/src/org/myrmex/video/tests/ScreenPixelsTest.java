// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.ColorMode;
import org.myrmex.video.ScreenPixels;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/** Frames made ready for the screen: B, G, R, 255 pixels, scaled down by averaging, pixel centres kept. */
class ScreenPixelsTest {

	@Test
	void sameSizeGreyBecomesBgrWithOpaqueAlpha() {
		VideoFrame grey = VideoFrame.wrap(3, 1, 1, new byte[] { 0, 7, (byte) 200 });
		assertArrayEquals(new byte[] { 0, 0, 0, -1, 7, 7, 7, -1, (byte) 200, (byte) 200, (byte) 200, -1 },
				ScreenPixels.bgra(grey, 3, 1));
	}

	@Test
	void rgbComesOutBlueFirst() {
		VideoFrame rgb = VideoFrame.wrap(2, 1, 3, new byte[] { 10, 20, 30, 40, 50, 60 });
		assertArrayEquals(new byte[] { 30, 20, 10, -1, 60, 50, 40, -1 }, ScreenPixels.bgra(rgb, 2, 1));
	}

	@Test
	void halvingAveragesEachTwoByTwoBlock() {
		VideoFrame grey = VideoFrame.wrap(4, 2, 1, new byte[] { 0, 10, 100, 100, 20, 30, (byte) 200, (byte) 200 });
		byte[] half = ScreenPixels.bgra(grey, 2, 1);
		assertEquals(15, half[0] & 0xff);
		assertEquals(150, half[4] & 0xff);
	}

	@Test
	void anyFactorKeepsPixelCentresInPlace() {
		// a saw-tooth ramp along x, one grey level a pixel: the mean of a linear ramp is its value at the centre, so a
		// scaled pixel must show x = (i + 1/2) * frame / size - 1/2 within rounding, whatever the factor (3.48 here:
		// 3x3 blocks over an edge-padded frame, then bilinear); rounding averages out, a shift of a fifth of a frame
		// pixel would not
		int width = 1000;
		int height = 400;
		byte[] ramp = new byte[width * height];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				ramp[y * width + x] = (byte) (x % 256);
			}
		}
		int outWidth = 287;
		int outHeight = 101;
		byte[] shown = ScreenPixels.bgra(VideoFrame.wrap(width, height, 1, ramp), outWidth, outHeight);
		assertEquals(outWidth * outHeight * 4, shown.length);
		double fx = (double) width / outWidth;
		double worst = 0;
		double bias = 0;
		int checked = 0;
		for (int x = 0; x < outWidth; x++) {
			double centre = (x + 0.5) * fx - 0.5;
			double from = centre - 2 * fx;
			double to = centre + 2 * fx;
			if (from < 0 || to > width - 1 || Math.floor(from / 256) != Math.floor(to / 256)) {
				continue; // the pixel's support crosses a tooth or the frame's edge
			}
			double difference = (shown[(outHeight / 2 * outWidth + x) * 4] & 0xff) - centre % 256;
			for (int y = 0; y < outHeight; y++) {
				worst = Math.max(worst, Math.abs((shown[(y * outWidth + x) * 4] & 0xff) - centre % 256));
			}
			bias += difference;
			checked++;
		}
		assertTrue(checked > 200, checked + " columns checked");
		assertTrue(worst <= 0.75, "worst difference from the ramp " + worst);
		assertEquals(0, bias / checked, 0.1, "mean difference from the ramp (a shift shows here)");
	}

	@Test
	void aRealFrameShrinksToTheMeanOfItsBlocks() throws Exception {
		try (VideoSource clip = Videos.open(Fixtures.require("sleap/tracks/clip.mp4"))) {
			VideoFrame frame = clip.read(100, ColorMode.GRAY);
			byte[] quarter = ScreenPixels.bgra(frame, 256, 256);
			for (int y = 0; y < 256; y += 17) {
				for (int x = 0; x < 256; x += 13) {
					int sum = 0;
					for (int dy = 0; dy < 4; dy++) {
						for (int dx = 0; dx < 4; dx++) {
							sum += frame.get(4 * x + dx, 4 * y + dy);
						}
					}
					assertEquals(sum / 16.0, quarter[(y * 256 + x) * 4 + 1] & 0xff, 0.5 + 1e-9, "pixel " + x + "," + y);
				}
			}
		}
	}

	@Test
	void aPartIsConvertedAsIfCutFromTheFrame() {
		byte[] rgb = new byte[7 * 5 * 3];
		for (int i = 0; i < rgb.length; i++) {
			rgb[i] = (byte) (i * 5);
		}
		VideoFrame frame = VideoFrame.wrap(7, 5, 3, rgb);
		byte[] part = ScreenPixels.bgra(frame, 2, 1, 4, 3, 4, 3);
		for (int y = 0; y < 3; y++) {
			for (int x = 0; x < 4; x++) {
				int at = (y * 4 + x) * 4;
				assertEquals(frame.get(2 + x, 1 + y, 2), part[at] & 0xff, "blue at " + x + "," + y);
				assertEquals(frame.get(2 + x, 1 + y, 0), part[at + 2] & 0xff, "red at " + x + "," + y);
			}
		}
		byte[] halved = ScreenPixels.bgra(frame, 2, 1, 4, 2, 2, 1);
		int mean = (frame.get(2, 1, 1) + frame.get(3, 1, 1) + frame.get(2, 2, 1) + frame.get(3, 2, 1) + 2) / 4;
		assertEquals(mean, halved[1] & 0xff, 1, "green of the first 2x2 block");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ScreenPixels.bgra(frame, 5, 0, 4, 2, 4, 2));
		assertTrue(e.getMessage().contains("not inside the 7x5 frame"), e.getMessage());
	}

	@Test
	void refusesToScaleUp() {
		VideoFrame grey = VideoFrame.wrap(4, 4, 1, new byte[16]);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScreenPixels.bgra(grey, 8, 4));
		assertTrue(e.getMessage().contains("cannot show 4x4 pixels at 8x4"), e.getMessage());
	}
}
