// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.util.Arrays;

/**
 * One decoded video frame: 8-bit, full range, row-major without padding; grey (1 channel) or RGB (3 channels,
 * interleaved R, G, B). Immutable.
 */
public final class VideoFrame {
	private final int width;
	private final int height;
	private final int channels;
	private final byte[] pixels;

	/** @param pixels {@code width × height × channels} bytes; copied */
	public VideoFrame(int width, int height, int channels, byte[] pixels) {
		this(width, height, channels, pixels.clone(), true);
	}

	private VideoFrame(int width, int height, int channels, byte[] pixels, boolean owned) {
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("frame size " + width + "x" + height + " is not positive");
		}
		if (channels != 1 && channels != 3) {
			throw new IllegalArgumentException(channels + " channels (only 1 or 3)");
		}
		if (pixels.length != width * height * channels) {
			throw new IllegalArgumentException(pixels.length + " bytes do not fill " + width + "x" + height + "x" + channels);
		}
		this.width = width;
		this.height = height;
		this.channels = channels;
		this.pixels = pixels;
	}

	/** Wraps an array the caller gives up (no copy): for decoders that fill a fresh array per frame. */
	public static VideoFrame wrap(int width, int height, int channels, byte[] pixels) {
		return new VideoFrame(width, height, channels, pixels, true);
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** @return 1 for grey, 3 for RGB */
	public int channels() {
		return channels;
	}

	/** @return the number of bytes the pixels take */
	public int byteSize() {
		return pixels.length;
	}

	/** @return the grey value 0–255 at (x, y), for grey frames; the luma for RGB frames */
	public int get(int x, int y) {
		int i = (y * width + x) * channels;
		if (channels == 1) {
			return pixels[i] & 0xff;
		}
		return luma(pixels[i] & 0xff, pixels[i + 1] & 0xff, pixels[i + 2] & 0xff);
	}

	/** @return the value 0–255 of channel {@code c} at (x, y) */
	public int get(int x, int y, int c) {
		return pixels[(y * width + x) * channels + c] & 0xff;
	}

	/** @return a copy of the pixels */
	public byte[] pixels() {
		return pixels.clone();
	}

	/** @return the pixels themselves, not a copy: for this package's native code, which only reads them */
	byte[] array() {
		return pixels;
	}

	/** Copies the pixels into {@code target} at {@code offset} (no intermediate copy). */
	public void copyTo(byte[] target, int offset) {
		System.arraycopy(pixels, 0, target, offset, pixels.length);
	}

	/** @return this frame in the given colour mode: grey uses OpenCV's BT.601 luma, RGB repeats the grey value */
	public VideoFrame to(ColorMode mode) {
		if (mode.channels() == channels) {
			return this;
		}
		int n = width * height;
		if (mode == ColorMode.GRAY) {
			byte[] grey = new byte[n];
			for (int i = 0, j = 0; i < n; i++, j += 3) {
				grey[i] = (byte) luma(pixels[j] & 0xff, pixels[j + 1] & 0xff, pixels[j + 2] & 0xff);
			}
			return new VideoFrame(width, height, 1, grey, true);
		}
		byte[] rgb = new byte[n * 3];
		for (int i = 0, j = 0; i < n; i++, j += 3) {
			rgb[j] = rgb[j + 1] = rgb[j + 2] = pixels[i];
		}
		return new VideoFrame(width, height, 3, rgb, true);
	}

	/** OpenCV 4.9's fixed-point RGB → grey (cvtColor COLOR_RGB2GRAY, 15-bit weights). */
	private static int luma(int r, int g, int b) {
		return (r * 9798 + g * 19235 + b * 3735 + (1 << 14)) >> 15;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof VideoFrame f && f.width == width && f.height == height && f.channels == channels
				&& Arrays.equals(f.pixels, pixels);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * (31 * width + height) + channels) + Arrays.hashCode(pixels);
	}

	@Override
	public String toString() {
		return width + "x" + height + (channels == 1 ? " grey" : " RGB");
	}
}
