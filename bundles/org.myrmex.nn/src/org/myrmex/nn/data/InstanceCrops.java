// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.ArrayList;
import java.util.List;

/**
 * SLEAP's instance crops for top-down models: square boxes of side {@code cropSize} centred on each instance's
 * centroid (its anchor part where visible, else the midpoint of its points' bounding box), cut bilinearly with zeros
 * outside the image; the crop's pixel (0, 0) is the image point {@code centroid − (cropSize − 1) / 2}.
 */
public final class InstanceCrops {
	private final int anchor;
	private final int cropSize;

	/**
	 * @param anchor   node index of the anchor part, or −1 to use the bounding-box centre
	 * @param cropSize crop side in pixels
	 */
	public InstanceCrops(int anchor, int cropSize) {
		if (cropSize <= 0) {
			throw new IllegalArgumentException("crop size " + cropSize + " is not positive");
		}
		this.anchor = anchor;
		this.cropSize = cropSize;
	}

	/**
	 * SLEAP's crop size when the configuration leaves it unset: the largest side of any instance's bounding box
	 * (after input scaling) plus the padding, rounded up to a multiple of the max stride.
	 */
	public static int automaticSize(List<Sample> samples, int padding, int maxStride, double inputScaling) {
		double largest = 0;
		for (Sample sample : samples) {
			for (double[] points : sample.instances()) {
				double[] box = boundingBox(points);
				if (box != null) {
					largest = Math.max(largest, Math.max(box[2] - box[0], box[3] - box[1]) * inputScaling);
				}
			}
		}
		return (int) Math.ceil((largest + padding) / maxStride) * maxStride;
	}

	/** @return {xmin, ymin, xmax, ymax} of the points that are not NaN, or {@code null} when none is */
	static double[] boundingBox(double[] points) {
		double[] box = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
				Double.NEGATIVE_INFINITY };
		for (int i = 0; i < points.length; i += 2) {
			if (!Double.isNaN(points[i]) && !Double.isNaN(points[i + 1])) {
				box[0] = Math.min(box[0], points[i]);
				box[1] = Math.min(box[1], points[i + 1]);
				box[2] = Math.max(box[2], points[i]);
				box[3] = Math.max(box[3], points[i + 1]);
			}
		}
		return box[0] <= box[2] ? box : null;
	}

	/** @return {x, y} of an instance's centroid, or {@code null} when it has no point at all */
	public double[] centroid(double[] points) {
		if (anchor >= 0 && !Double.isNaN(points[2 * anchor]) && !Double.isNaN(points[2 * anchor + 1])) {
			return new double[] { points[2 * anchor], points[2 * anchor + 1] };
		}
		double[] box = boundingBox(points);
		return box == null ? null : new double[] { (box[0] + box[2]) / 2, (box[1] + box[3]) / 2 };
	}

	/** @return the crop side in pixels */
	public int cropSize() {
		return cropSize;
	}

	/**
	 * Cuts one crop per instance (instances without any point give none). Each crop keeps all the instances' points
	 * shifted into it, the centred instance first, as SLEAP's crops carry every instance.
	 */
	public List<Example> crop(Example example) {
		List<Example> crops = new ArrayList<>();
		for (double[] centred : example.instances()) {
			double[] centre = centroid(centred);
			if (centre == null) {
				continue;
			}
			double x0 = centre[0] - (cropSize - 1) / 2.0;
			double y0 = centre[1] - (cropSize - 1) / 2.0;
			FloatImage image = Cv.warp(example.image(), new double[] { 1, 0, -x0, 0, 1, -y0 }, cropSize, cropSize);
			List<double[]> shifted = new ArrayList<>();
			shifted.add(shift(centred, x0, y0));
			for (double[] other : example.instances()) {
				if (other != centred) {
					shifted.add(shift(other, x0, y0));
				}
			}
			crops.add(new Example(image, shifted));
		}
		return crops;
	}

	private static double[] shift(double[] points, double dx, double dy) {
		double[] shifted = new double[points.length];
		for (int i = 0; i < points.length; i += 2) {
			shifted[i] = points[i] - dx;
			shifted[i + 1] = points[i + 1] - dy;
		}
		return shifted;
	}
}
