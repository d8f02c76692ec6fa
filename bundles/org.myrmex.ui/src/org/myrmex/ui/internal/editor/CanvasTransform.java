// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

/**
 * Where the image lies on the canvas: a scale and the screen position of the image's top-left corner. Image
 * pixel centres are at integer coordinates (SLEAP's convention), so pixel {@code i} covers
 * {@code [i - 0.5, i + 0.5)} and its left edge is at {@code left + i * scale}.
 */
public final class CanvasTransform {
	/** Closest and farthest zoom allowed: a 4K frame fits a small window, one pixel can fill 64 screen pixels. */
	static final double MIN_SCALE = 1.0 / 64;
	static final double MAX_SCALE = 64;

	private double scale = 1;
	private double left;
	private double top;
	private boolean fitted = true;

	public double scale() {
		return scale;
	}

	/** @return whether the image follows the canvas size (fit to window) until the user zooms or pans */
	public boolean fitted() {
		return fitted;
	}

	public double toScreenX(double x) {
		return left + (x + 0.5) * scale;
	}

	public double toScreenY(double y) {
		return top + (y + 0.5) * scale;
	}

	public double toImageX(double screenX) {
		return (screenX - left) / scale - 0.5;
	}

	public double toImageY(double screenY) {
		return (screenY - top) / scale - 0.5;
	}

	/** Screen x of the image's left edge. */
	public double left() {
		return left;
	}

	/** Screen y of the image's top edge. */
	public double top() {
		return top;
	}

	/** Fits an image of {@code width} × {@code height} into the canvas, centred, and keeps it fitted. */
	public void fit(int width, int height, int canvasWidth, int canvasHeight) {
		if (width <= 0 || height <= 0 || canvasWidth <= 0 || canvasHeight <= 0) {
			return;
		}
		scale = clamp(Math.min((double) canvasWidth / width, (double) canvasHeight / height));
		left = (canvasWidth - width * scale) / 2;
		top = (canvasHeight - height * scale) / 2;
		fitted = true;
	}

	/** Zooms by {@code factor} keeping the image point under ({@code screenX}, {@code screenY}) where it is. */
	public void zoomAt(double factor, double screenX, double screenY) {
		double x = toImageX(screenX);
		double y = toImageY(screenY);
		scale = clamp(scale * factor);
		left = screenX - (x + 0.5) * scale;
		top = screenY - (y + 0.5) * scale;
		fitted = false;
	}

	/** One image pixel per screen pixel, keeping the image point at the canvas centre where it is. */
	public void oneToOne(int canvasWidth, int canvasHeight) {
		zoomAt(1 / scale, canvasWidth / 2.0, canvasHeight / 2.0);
	}

	/** Centres the canvas on image point ({@code x}, {@code y}) at {@code newScale}. */
	public void centreOn(double x, double y, double newScale, int canvasWidth, int canvasHeight) {
		scale = clamp(newScale);
		left = canvasWidth / 2.0 - (x + 0.5) * scale;
		top = canvasHeight / 2.0 - (y + 0.5) * scale;
		fitted = false;
	}

	public void panBy(double dx, double dy) {
		left += dx;
		top += dy;
		fitted = false;
	}

	private static double clamp(double value) {
		return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
	}
}
