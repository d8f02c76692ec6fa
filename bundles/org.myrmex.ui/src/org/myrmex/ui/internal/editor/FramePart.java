// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

/**
 * The part of a video frame an image on the canvas shows: frame pixels from ({@code x}, {@code y}), {@code width ×
 * height} of them, converted to {@code imageWidth × imageHeight} image pixels (fewer below 1:1, as many from 1:1 up).
 */
record FramePart(int x, int y, int width, int height, int imageWidth, int imageHeight) {
	/** @throws IllegalArgumentException when a size is not positive or the image has more pixels than the part */
	FramePart {
		if (width <= 0 || height <= 0 || imageWidth <= 0 || imageHeight <= 0 || imageWidth > width
				|| imageHeight > height) {
			throw new IllegalArgumentException("a frame part of " + width + "x" + height + " shown as " + imageWidth
					+ "x" + imageHeight);
		}
	}

	/** @return the whole frame at its own size */
	static FramePart whole(int width, int height) {
		return new FramePart(0, 0, width, height, width, height);
	}

	/** @return image pixels per frame pixel across */
	double resolution() {
		return (double) imageWidth / width;
	}

	/** @return whether frame pixels {@code x0 ≤ x < x1}, {@code y0 ≤ y < y1} all lie in this part */
	boolean covers(int x0, int y0, int x1, int y1) {
		return x0 >= x && y0 >= y && x1 <= x + width && y1 <= y + height;
	}
}
