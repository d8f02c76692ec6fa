// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

/**
 * A float image or map, channels last ({@code [height][width][channels]} flattened row-major), as TensorFlow takes
 * one element of an NHWC batch. Input images hold values in [0, 1]; target maps hold confidences or field vectors.
 * The array is shared, not copied: treat it as read-only once built.
 */
public final class FloatImage {
	private final int width;
	private final int height;
	private final int channels;
	private final float[] data;

	/** @param data {@code width × height × channels} values, used as is (no copy) */
	public FloatImage(int width, int height, int channels, float[] data) {
		if (width <= 0 || height <= 0 || channels <= 0) {
			throw new IllegalArgumentException("image shape " + height + "x" + width + "x" + channels + " is not positive");
		}
		if (data.length != width * height * channels) {
			throw new IllegalArgumentException(data.length + " values do not fill " + height + "x" + width + "x" + channels);
		}
		this.width = width;
		this.height = height;
		this.channels = channels;
		this.data = data;
	}

	/** @return a zero image of the given shape */
	public static FloatImage zeros(int width, int height, int channels) {
		return new FloatImage(width, height, channels, new float[width * height * channels]);
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public int channels() {
		return channels;
	}

	/** @return the values (not a copy) */
	public float[] data() {
		return data;
	}

	/** @return the value of channel {@code c} at column {@code x}, row {@code y} */
	public float get(int x, int y, int c) {
		return data[(y * width + x) * channels + c];
	}

	/** @return {x, y} of the largest value of channel {@code c} (the first one in row-major order on ties) */
	public int[] argmax(int c) {
		int best = 0;
		for (int i = 1; i < width * height; i++) {
			if (data[i * channels + c] > data[best * channels + c]) {
				best = i;
			}
		}
		return new int[] { best % width, best / width };
	}

	/** @return the largest value of channel {@code c} */
	public float max(int c) {
		int[] at = argmax(c);
		return get(at[0], at[1], c);
	}

	@Override
	public String toString() {
		return height + "x" + width + "x" + channels;
	}
}
