// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.preprocess;

/** A crop box in pixels: its top-left corner ({@code x}, {@code y}) and its size. */
public record Crop(int x, int y, int width, int height) {

	/** @throws IllegalArgumentException naming the value when the corner is negative or the size not positive */
	public Crop {
		if (x < 0 || y < 0) {
			throw new IllegalArgumentException("crop corner (" + x + ", " + y + ") must not be negative");
		}
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("crop size " + width + "x" + height + " must be positive");
		}
	}

	/**
	 * Parses {@code x,y,width,height}, e.g. {@code 10,20,320,240}.
	 *
	 * @throws IllegalArgumentException naming the text when it is not four whole numbers
	 */
	public static Crop parse(String text) {
		String[] parts = text.trim().split("\\s*,\\s*");
		if (parts.length != 4) {
			throw new IllegalArgumentException("a crop box is x,y,width,height, not '" + text + "'");
		}
		int[] values = new int[4];
		for (int i = 0; i < 4; i++) {
			if (!parts[i].matches("\\d{1,6}")) {
				throw new IllegalArgumentException("a crop box is x,y,width,height in whole pixels, not '" + text + "'");
			}
			values[i] = Integer.parseInt(parts[i]);
		}
		return new Crop(values[0], values[1], values[2], values[3]);
	}

	/** @return whether the box lies inside a frame of this size */
	public boolean fits(int frameWidth, int frameHeight) {
		return (long) x + width <= frameWidth && (long) y + height <= frameHeight;
	}

	@Override
	public String toString() {
		return width + "x" + height + " at (" + x + ", " + y + ")";
	}
}
