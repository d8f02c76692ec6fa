// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

/**
 * A batch of network output maps, {@code [batch][height][width][channels]} flattened row-major, as TensorFlow
 * returns them.
 *
 * @param batch    the number of images
 * @param height   rows per map
 * @param width    columns per map
 * @param channels channels per map
 * @param stride   the output stride relative to the network input
 * @param data     the values
 */
public record Maps(int batch, int height, int width, int channels, int stride, float[] data) {

	/** Checks that the values fill the shape. */
	public Maps {
		if ((long) batch * height * width * channels != data.length) {
			throw new IllegalArgumentException(data.length + " values do not fill " + batch + "x" + height + "x"
					+ width + "x" + channels);
		}
	}

	/** @return the value of image {@code n}, row {@code y}, column {@code x}, channel {@code c} */
	public float get(int n, int y, int x, int c) {
		return data[((n * height + y) * width + x) * channels + c];
	}

	/** @return the index of image {@code n}, row {@code y}, column {@code x}, channel 0 in {@link #data()} */
	public int index(int n, int y, int x) {
		return ((n * height + y) * width + x) * channels;
	}
}
