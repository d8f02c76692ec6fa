// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

import java.util.Arrays;
import java.util.Locale;

/**
 * How alike a candidate (reference) pose and a new (query) pose are, as SLEAP's tracker measures it; larger is more
 * alike. Poses are x and y per node, NaN where a node is not visible; where the two have different node counts
 * (instances of different skeletons), the nodes beyond the shorter one count as not visible in it.
 */
public enum Similarity {
	/** SLEAP's default: Σ exp(−‖Δ‖²) over the nodes, divided by the number of visible reference nodes. */
	INSTANCE,
	/** {@link #INSTANCE} on coordinates divided by the frame's width − 1 and height − 1. */
	NORMALIZED_INSTANCE,
	/** The negative distance between the nodes' medians (NaN nodes left out). */
	CENTROID,
	/** Intersection over union of the bounding boxes, counting pixels inclusively (SLEAP's +1). */
	IOU,
	/** Object keypoint similarity: Σ exp(−‖Δ‖² / 2) over the nodes, divided by the number of nodes. */
	OBJECT_KEYPOINT;

	/** @return the name on SLEAP's and Myrmex's command lines: {@code instance}, {@code normalized_instance} … */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException naming the choices */
	public static Similarity of(String id) {
		for (Similarity s : values()) {
			if (s.id().equals(id)) {
				return s;
			}
		}
		throw new IllegalArgumentException("unknown similarity '" + id + "' (instance, normalized_instance, centroid,"
				+ " iou, object_keypoint)");
	}

	/**
	 * @param width  frame width in pixels (for {@link #NORMALIZED_INSTANCE})
	 * @param height frame height in pixels
	 * @return the similarity, NaN when it is undefined (no visible reference node)
	 */
	public double of(double[] refX, double[] refY, double[] x, double[] y, int width, int height) {
		if (x.length != refX.length) {
			x = padded(x, refX.length);
			y = padded(y, refX.length);
		}
		switch (this) {
		case INSTANCE:
			return instance(refX, refY, x, y, 1, 1);
		case NORMALIZED_INSTANCE:
			return instance(refX, refY, x, y, Math.max(1, width - 1), Math.max(1, height - 1));
		case CENTROID:
			return -Math.hypot(median(refX) - median(x), median(refY) - median(y));
		case IOU:
			return iou(box(refX, refY), box(x, y));
		default:
			return keypoint(refX, refY, x, y);
		}
	}

	private static double[] padded(double[] values, int length) {
		double[] p = Arrays.copyOf(values, length);
		if (length > values.length) {
			Arrays.fill(p, values.length, length, Double.NaN);
		}
		return p;
	}

	private static double instance(double[] refX, double[] refY, double[] x, double[] y, double sx, double sy) {
		double sum = 0;
		int visible = 0;
		for (int i = 0; i < refX.length; i++) {
			if (!Double.isNaN(refX[i]) && !Double.isNaN(refY[i])) {
				visible++;
			}
			double dx = (x[i] - refX[i]) / sx;
			double dy = (y[i] - refY[i]) / sy;
			double term = Math.exp(-(dx * dx + dy * dy));
			if (!Double.isNaN(term)) {
				sum += term;
			}
		}
		return sum / visible;
	}

	private static double keypoint(double[] refX, double[] refY, double[] x, double[] y) {
		if (refX.length == 0) {
			return 0;
		}
		double sum = 0;
		for (int i = 0; i < refX.length; i++) {
			double dx = x[i] - refX[i];
			double dy = y[i] - refY[i];
			double term = Math.exp(-(dx * dx + dy * dy) * 0.5);
			if (!Double.isNaN(term)) {
				sum += term;
			}
		}
		return sum / refX.length;
	}

	/** NumPy's nanmedian: NaN when every value is NaN. */
	static double median(double[] values) {
		double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
		if (v.length == 0) {
			return Double.NaN;
		}
		int h = v.length / 2;
		return v.length % 2 == 1 ? v[h] : (v[h - 1] + v[h]) / 2;
	}

	/** @return {minX, minY, maxX, maxY}, NaN when no node is visible */
	static double[] box(double[] x, double[] y) {
		double[] b = { Double.NaN, Double.NaN, Double.NaN, Double.NaN };
		for (int i = 0; i < x.length; i++) {
			if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
				continue;
			}
			b[0] = Double.isNaN(b[0]) ? x[i] : Math.min(b[0], x[i]);
			b[1] = Double.isNaN(b[1]) ? y[i] : Math.min(b[1], y[i]);
			b[2] = Double.isNaN(b[2]) ? x[i] : Math.max(b[2], x[i]);
			b[3] = Double.isNaN(b[3]) ? y[i] : Math.max(b[3], y[i]);
		}
		return b;
	}

	/** SLEAP's {@code compute_iou}: pixel-inclusive boxes. */
	static double iou(double[] a, double[] b) {
		double w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + 1);
		double h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + 1);
		double intersection = w * h;
		double union = (a[2] - a[0] + 1) * (a[3] - a[1] + 1) + (b[2] - b[0] + 1) * (b[3] - b[1] + 1) - intersection;
		return intersection / union;
	}
}
