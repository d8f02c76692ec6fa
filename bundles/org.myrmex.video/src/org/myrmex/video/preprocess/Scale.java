// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.preprocess;

/**
 * A new frame size: either exact ({@link #to(int, int)}) or a factor of the (cropped) size ({@link #by(double)}).
 * A factor rounds each side to the nearest even number, so the result always suits yuv420p.
 */
public record Scale(double factor, int width, int height) {

	/** @throws IllegalArgumentException naming the value when it is neither a positive factor nor a positive size */
	public Scale {
		boolean bySize = factor == 0 && width > 0 && height > 0;
		boolean byFactor = factor > 0 && Double.isFinite(factor) && width == 0 && height == 0;
		if (!bySize && !byFactor) {
			throw new IllegalArgumentException("scale needs a positive factor or a positive size, not factor " + factor
					+ ", size " + width + "x" + height);
		}
	}

	/** @return a scale to exactly {@code width} × {@code height} pixels */
	public static Scale to(int width, int height) {
		return new Scale(0, width, height);
	}

	/** @return a scale by {@code factor} (0.5 halves each side) */
	public static Scale by(double factor) {
		return new Scale(factor, 0, 0);
	}

	/**
	 * Parses {@code WIDTHxHEIGHT} (e.g. {@code 512x512}) or a factor (e.g. {@code 0.5}).
	 *
	 * @throws IllegalArgumentException naming the text when it is neither
	 */
	public static Scale parse(String text) {
		String value = text.trim();
		if (value.matches("\\d{1,5}x\\d{1,5}")) {
			String[] sides = value.split("x");
			return to(Integer.parseInt(sides[0]), Integer.parseInt(sides[1]));
		}
		if (value.matches("\\d{0,3}(\\.\\d{1,6})?") && !value.isEmpty() && !value.equals(".")) {
			return by(Double.parseDouble(value));
		}
		throw new IllegalArgumentException("a scale is WIDTHxHEIGHT (e.g. 512x512) or a factor (e.g. 0.5), not '" + text
				+ "'");
	}

	/** @return the width after scaling a frame {@code fromWidth} wide */
	public int width(int fromWidth) {
		return factor > 0 ? even(fromWidth * factor) : width;
	}

	/** @return the height after scaling a frame {@code fromHeight} high */
	public int height(int fromHeight) {
		return factor > 0 ? even(fromHeight * factor) : height;
	}

	private static int even(double side) {
		return Math.max(2, 2 * (int) Math.round(side / 2));
	}

	@Override
	public String toString() {
		return factor > 0 ? "x" + factor : width + "x" + height;
	}
}
