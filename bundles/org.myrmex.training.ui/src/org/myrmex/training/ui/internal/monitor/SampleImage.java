// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.monitor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.train.SamplePrediction;

/**
 * A sample prediction as a picture: the network's input in grey (or colour) with the predicted confidence maps — the
 * largest over channels, bilinearly upsampled by the stride, scaled so that the largest confidence is fully hot (early
 * in training the maps are faint) — blended over it as a heat map, and the predicted peak of each channel (its argmax,
 * in input pixels). Plain Java, no display needed: build it on any thread.
 *
 * @param epoch the epoch after which the sample was predicted
 * @param data  RGB pixels of the input's size
 * @param peaks per channel {x, y, value} in input pixels
 * @param top   the largest confidence of the maps (shown fully hot)
 */
public record SampleImage(int epoch, ImageData data, List<double[]> peaks, float top) {
	/** Below this share of the largest confidence a pixel shows no heat. */
	private static final float FLOOR = 0.2f;
	/** Maps fainter than this are scaled as if their largest value were this (noise stays faint). */
	private static final float FAINT = 0.1f;
	/** The heat map's opacity at confidence 1. */
	private static final float OPACITY = 0.65f;

	/** @return the picture of {@code sample} */
	public static SampleImage of(SamplePrediction sample) {
		FloatImage input = sample.image();
		FloatImage maps = sample.confidenceMaps();
		int width = input.width();
		int height = input.height();
		float[] heat = maxOverChannels(maps);
		float top = 0;
		for (float h : heat) {
			top = Math.max(top, h);
		}
		float gain = 1 / Math.max(top, FAINT);
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		byte[] bytes = data.data;
		float[] in = input.data();
		int c = input.channels();
		double stride = sample.stride();
		for (int y = 0; y < height; y++) {
			double my = (y + 0.5) / stride - 0.5;
			for (int x = 0; x < width; x++) {
				int i = (y * width + x) * c;
				float r = in[i];
				float g = c >= 3 ? in[i + 1] : r;
				float b = c >= 3 ? in[i + 2] : r;
				float h = gain * bilinear(heat, maps.width(), maps.height(), (x + 0.5) / stride - 0.5, my);
				int o = y * data.bytesPerLine + x * 3;
				if (h > FLOOR) {
					float v = Math.min(1f, (h - FLOOR) / (1 - FLOOR));
					float a = OPACITY * v;
					float[] colour = heatColour(v);
					r = r * (1 - a) + colour[0] * a;
					g = g * (1 - a) + colour[1] * a;
					b = b * (1 - a) + colour[2] * a;
				}
				bytes[o] = toByte(r);
				bytes[o + 1] = toByte(g);
				bytes[o + 2] = toByte(b);
			}
		}
		List<double[]> peaks = new ArrayList<>();
		for (int k = 0; k < maps.channels(); k++) {
			int[] at = maps.argmax(k);
			peaks.add(new double[] { at[0] * stride, at[1] * stride, maps.get(at[0], at[1], k) });
		}
		return new SampleImage(sample.epoch(), data, List.copyOf(peaks), top);
	}

	private static float[] maxOverChannels(FloatImage maps) {
		int n = maps.width() * maps.height();
		int k = maps.channels();
		float[] values = maps.data();
		float[] heat = new float[n];
		for (int p = 0; p < n; p++) {
			float max = values[p * k];
			for (int c = 1; c < k; c++) {
				max = Math.max(max, values[p * k + c]);
			}
			heat[p] = max;
		}
		return heat;
	}

	private static float bilinear(float[] map, int width, int height, double x, double y) {
		double cx = Math.max(0, Math.min(width - 1, x));
		double cy = Math.max(0, Math.min(height - 1, y));
		int x0 = (int) cx;
		int y0 = (int) cy;
		int x1 = Math.min(width - 1, x0 + 1);
		int y1 = Math.min(height - 1, y0 + 1);
		float fx = (float) (cx - x0);
		float fy = (float) (cy - y0);
		float top = map[y0 * width + x0] * (1 - fx) + map[y0 * width + x1] * fx;
		float bottom = map[y1 * width + x0] * (1 - fx) + map[y1 * width + x1] * fx;
		return top * (1 - fy) + bottom * fy;
	}

	/** A "hot" scale: dark red through red, orange and yellow to white. */
	private static float[] heatColour(float v) {
		return new float[] { Math.min(1f, 0.35f + 1.3f * v), Math.max(0f, Math.min(1f, 2.2f * v - 0.6f)),
				Math.max(0f, 3f * v - 2f) };
	}

	private static byte toByte(float v) {
		return (byte) Math.round(255 * Math.max(0f, Math.min(1f, v)));
	}
}
