// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.images;

import org.myrmex.video.VideoFrame;

/** The pixels of one frame read from an HDF5 dataset: SLEAP's range conversion and the axis order. */
final class Hdf5Pixels {
	private Hdf5Pixels() {
	}

	/** SLEAP's convert_range for bytes: a frame of only 0 and 1 becomes 0 and 255. */
	static byte[] fromBytes(byte[] bytes, boolean convertRange) {
		if (!convertRange) {
			return bytes;
		}
		for (byte value : bytes) {
			if ((value & 0xff) > 1) {
				return bytes;
			}
		}
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (bytes[i] * 255);
		}
		return bytes;
	}

	/** SLEAP's convert_range, then clamping to 0–255 and truncating as numpy's {@code astype(int)} does. */
	static byte[] fromNumbers(double[] values, boolean convertRange) {
		double max = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			max = Math.max(max, value);
		}
		double scale = convertRange && max <= 1 ? 255 : 1;
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			double value = values[i] * scale;
			bytes[i] = (byte) (value >= 255 ? 255 : value > 0 ? (int) value : 0);
		}
		return bytes;
	}

	/** Channels-first frames are stored (channels, width, height): transpose to rows of interleaved channels. */
	static VideoFrame frame(Hdf5Layout layout, byte[] stored) {
		int w = layout.width();
		int h = layout.height();
		int c = layout.channels();
		if (!layout.channelsFirst()) {
			return VideoFrame.wrap(w, h, c, stored);
		}
		byte[] pixels = new byte[stored.length];
		for (int channel = 0; channel < c; channel++) {
			for (int x = 0; x < w; x++) {
				int from = (channel * w + x) * h;
				for (int y = 0; y < h; y++) {
					pixels[(y * w + x) * c + channel] = stored[from + y];
				}
			}
		}
		return VideoFrame.wrap(w, h, c, pixels);
	}
}
