// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.util.Arrays;

/** An 8-bit, full-range grey image, row-major without padding. Immutable. */
public final class GrayFrame {
	private final int width;
	private final int height;
	private final byte[] pixels;

	public GrayFrame(int width, int height, byte[] pixels) {
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("frame size " + width + "x" + height + " is not positive");
		}
		if (pixels.length != width * height) {
			throw new IllegalArgumentException(pixels.length + " pixels do not fill " + width + "x" + height);
		}
		this.width = width;
		this.height = height;
		this.pixels = pixels.clone();
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** @return the grey value 0–255 at (x, y) */
	public int get(int x, int y) {
		return pixels[y * width + x] & 0xff;
	}

	/** @return a copy of the pixels */
	public byte[] pixels() {
		return pixels.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof GrayFrame f && f.width == width && f.height == height && Arrays.equals(f.pixels, pixels);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * width + height) + Arrays.hashCode(pixels);
	}
}
