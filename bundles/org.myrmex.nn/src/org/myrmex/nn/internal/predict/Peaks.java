// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.ArrayList;
import java.util.List;

/**
 * SLEAP's peak finding on confidence maps ({@code sleap.nn.peak_finding}), on the output grid (coordinates in grid
 * units, x then y): global peaks (one per image and channel: the first row and first column holding the channel's
 * maximum; NaN where the value is below the threshold) and local peaks (values strictly greater than their 8
 * neighbours and than the threshold, in row-major order), refined by learned offsets where the model has an offset
 * head, else by integral regression on a patch or by SLEAP's quarter-pixel "local" step.
 */
public final class Peaks {
	private final Refinement refinement;
	private final int patch;
	private final float threshold;

	/** How rough (grid-aligned) peaks are refined when the model has no offset head. */
	public enum Refinement {
		/** Grid-aligned peaks as found. */
		NONE,
		/** Confidence-weighted mean of the grid offsets in a square patch around the peak. */
		INTEGRAL,
		/** ±0.25 in the direction of the larger neighbour on each axis. */
		LOCAL
	}

	/**
	 * One local peak.
	 *
	 * @param sample  the image in the batch
	 * @param channel the channel (node)
	 * @param x       column, refined, in grid units
	 * @param y       row, refined, in grid units
	 * @param value   the confidence at the grid-aligned peak
	 */
	public record Peak(int sample, int channel, float x, float y, float value) {
	}

	/**
	 * @param threshold  minimum confidence
	 * @param refinement used when no offsets are given
	 * @param patch      side of the integral-regression patch (odd)
	 */
	public Peaks(float threshold, Refinement refinement, int patch) {
		this.threshold = threshold;
		this.refinement = refinement;
		this.patch = patch;
	}

	/**
	 * Finds the global peak of every image and channel.
	 *
	 * @param offsets the offset maps (2 channels per confidence channel, x then y), or {@code null}
	 * @return per image and channel {x, y, value}, {@code [batch × channels × 3]}; x and y NaN below the threshold
	 */
	public float[] global(Maps cms, Maps offsets) {
		int c = cms.channels();
		float[] out = new float[cms.batch() * c * 3];
		for (int n = 0; n < cms.batch(); n++) {
			for (int ch = 0; ch < c; ch++) {
				int[] at = argmax(cms, n, ch);
				float value = cms.get(n, at[1], at[0], ch);
				int o = (n * c + ch) * 3;
				out[o + 2] = value;
				if (value < threshold) {
					out[o] = Float.NaN;
					out[o + 1] = Float.NaN;
				} else {
					float[] xy = refine(cms, offsets, n, at[0], at[1], ch);
					out[o] = xy[0];
					out[o + 1] = xy[1];
				}
			}
		}
		return out;
	}

	/**
	 * How spread each image's channel is: the height of its strongest other local peak (a value greater than its 8
	 * neighbours, more than {@code radius} grid cells from the global peak on either axis) relative to the global
	 * peak — 0 for one sharp peak, 1 for two equal candidates.
	 *
	 * @return per image and channel, {@code [batch × channels]}; NaN where the global peak is below the threshold
	 */
	public float[] spreads(Maps cms, int radius) {
		int c = cms.channels();
		float[] out = new float[cms.batch() * c];
		for (int n = 0; n < cms.batch(); n++) {
			for (int ch = 0; ch < c; ch++) {
				int[] at = argmax(cms, n, ch);
				float peak = cms.get(n, at[1], at[0], ch);
				float second = 0;
				for (int y = 0; y < cms.height(); y++) {
					for (int x = 0; x < cms.width(); x++) {
						float value = cms.get(n, y, x, ch);
						if (value > second && Math.max(Math.abs(x - at[0]), Math.abs(y - at[1])) > radius
								&& greaterThanNeighbours(cms, n, x, y, ch, value)) {
							second = value;
						}
					}
				}
				out[n * c + ch] = peak < threshold || peak <= 0 ? Float.NaN : Math.min(1, second / peak);
			}
		}
		return out;
	}

	/** SLEAP's argmax: the first row holding the maximum (of row maxima) and the first column (of column maxima). */
	private static int[] argmax(Maps cms, int n, int ch) {
		float best = Float.NEGATIVE_INFINITY;
		int row = 0;
		for (int y = 0; y < cms.height(); y++) {
			for (int x = 0; x < cms.width(); x++) {
				if (cms.get(n, y, x, ch) > best) {
					best = cms.get(n, y, x, ch);
					row = y;
				}
			}
		}
		int col = 0;
		float bestCol = Float.NEGATIVE_INFINITY;
		for (int x = 0; x < cms.width(); x++) {
			for (int y = 0; y < cms.height(); y++) {
				if (cms.get(n, y, x, ch) > bestCol) {
					bestCol = cms.get(n, y, x, ch);
					col = x;
				}
			}
		}
		return new int[] { col, row };
	}

	/**
	 * Finds local peaks.
	 *
	 * @param offsets the offset maps, or {@code null}
	 * @return the peaks in row-major order of (image, row, column, channel), as TensorFlow's {@code where} lists them
	 */
	public List<Peak> local(Maps cms, Maps offsets) {
		List<Peak> peaks = new ArrayList<>();
		for (int n = 0; n < cms.batch(); n++) {
			for (int y = 0; y < cms.height(); y++) {
				for (int x = 0; x < cms.width(); x++) {
					for (int ch = 0; ch < cms.channels(); ch++) {
						float value = cms.get(n, y, x, ch);
						if (value > threshold && greaterThanNeighbours(cms, n, x, y, ch, value)) {
							float[] xy = refine(cms, offsets, n, x, y, ch);
							peaks.add(new Peak(n, ch, xy[0], xy[1], value));
						}
					}
				}
			}
		}
		return peaks;
	}

	private static boolean greaterThanNeighbours(Maps cms, int n, int x, int y, int ch, float value) {
		for (int dy = -1; dy <= 1; dy++) {
			for (int dx = -1; dx <= 1; dx++) {
				int yy = y + dy;
				int xx = x + dx;
				if ((dx != 0 || dy != 0) && yy >= 0 && yy < cms.height() && xx >= 0 && xx < cms.width()
						&& cms.get(n, yy, xx, ch) >= value) {
					return false;
				}
			}
		}
		return true;
	}

	private float[] refine(Maps cms, Maps offsets, int n, int x, int y, int ch) {
		if (offsets != null) {
			return new float[] { x + offsets.get(n, y, x, 2 * ch), y + offsets.get(n, y, x, 2 * ch + 1) };
		}
		return switch (refinement) {
		case NONE -> new float[] { x, y };
		case INTEGRAL -> integral(cms, n, x, y, ch);
		case LOCAL -> new float[] { x + quarter(at(cms, n, x + 1, y, ch) - at(cms, n, x - 1, y, ch)),
				y + quarter(at(cms, n, x, y + 1, ch) - at(cms, n, x, y - 1, ch)) };
		};
	}

	private float[] integral(Maps cms, int n, int x, int y, int ch) {
		int half = patch / 2;
		float sum = 0;
		float sx = 0;
		float sy = 0;
		for (int dy = -half; dy <= half; dy++) {
			for (int dx = -half; dx <= half; dx++) {
				float v = at(cms, n, x + dx, y + dy, ch);
				sum += v;
				sx += dx * v;
				sy += dy * v;
			}
		}
		return new float[] { x + sx / sum, y + sy / sum };
	}

	/** @return the value at a grid point, 0 outside the map (as TensorFlow's crop-and-resize extrapolates) */
	private static float at(Maps cms, int n, int x, int y, int ch) {
		return x < 0 || y < 0 || x >= cms.width() || y >= cms.height() ? 0 : cms.get(n, y, x, ch);
	}

	private static float quarter(float difference) {
		return Math.signum(difference) * 0.25f;
	}
}
