// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.synth;

import java.util.Arrays;
import java.util.Locale;

/**
 * One ant in one frame: the 18 node positions of {@link AntSkeletonSpec} in pixel coordinates with
 * SLEAP's convention (pixel centres are integers, pixel (0, 0) covers [-0.5, 0.5) in x and y), and for
 * each node whether it is visible, that is inside the frame. Also keeps the body length and posture the
 * ant was articulated with, which the renderer needs for the parts that carry no label (antennae, body
 * widths). Immutable.
 */
public final class AntPose {

	private final double[] xs;
	private final double[] ys;
	private final boolean[] visible;
	private final int frameWidth;
	private final int frameHeight;
	private final double bodyLength;
	private final Posture posture;

	/**
	 * @param xs          node x coordinates, {@link AntSkeletonSpec#NODE_COUNT} of them (copied)
	 * @param ys          node y coordinates (copied)
	 * @param frameWidth  frame width in pixels, decides visibility
	 * @param frameHeight frame height in pixels, decides visibility
	 * @param bodyLength  body length in pixels
	 * @param posture     the articulation the nodes were made with
	 */
	public AntPose(double[] xs, double[] ys, int frameWidth, int frameHeight, double bodyLength,
			Posture posture) {
		if (xs == null || xs.length != AntSkeletonSpec.NODE_COUNT) {
			throw new IllegalArgumentException("xs must hold " + AntSkeletonSpec.NODE_COUNT + " values: "
					+ (xs == null ? null : xs.length));
		}
		if (ys == null || ys.length != AntSkeletonSpec.NODE_COUNT) {
			throw new IllegalArgumentException("ys must hold " + AntSkeletonSpec.NODE_COUNT + " values: "
					+ (ys == null ? null : ys.length));
		}
		if (frameWidth < 1) {
			throw new IllegalArgumentException("frameWidth must be positive: " + frameWidth);
		}
		if (frameHeight < 1) {
			throw new IllegalArgumentException("frameHeight must be positive: " + frameHeight);
		}
		if (!(bodyLength > 0) || Double.isInfinite(bodyLength)) {
			throw new IllegalArgumentException("bodyLength must be positive and finite: " + bodyLength);
		}
		if (posture == null) {
			throw new IllegalArgumentException("posture must not be null");
		}
		this.xs = xs.clone();
		this.ys = ys.clone();
		this.frameWidth = frameWidth;
		this.frameHeight = frameHeight;
		this.bodyLength = bodyLength;
		this.posture = posture;
		this.visible = new boolean[xs.length];
		for (int i = 0; i < xs.length; i++) {
			visible[i] = isInside(this.xs[i], this.ys[i], frameWidth, frameHeight);
		}
	}

	/**
	 * Whether a point lies inside a frame of the given size, pixel centres at integers: x in
	 * [-0.5, width - 0.5) and y in [-0.5, height - 0.5). NaN is outside.
	 */
	public static boolean isInside(double x, double y, int width, int height) {
		return x >= -0.5 && x < width - 0.5 && y >= -0.5 && y < height - 0.5;
	}

	public int nodeCount() {
		return xs.length;
	}

	public double x(int node) {
		return xs[node];
	}

	public double y(int node) {
		return ys[node];
	}

	/** Whether the node lies inside the frame. */
	public boolean isVisible(int node) {
		return visible[node];
	}

	/** A copy of all x coordinates in node order. */
	public double[] xs() {
		return xs.clone();
	}

	/** A copy of all y coordinates in node order. */
	public double[] ys() {
		return ys.clone();
	}

	public int frameWidth() {
		return frameWidth;
	}

	public int frameHeight() {
		return frameHeight;
	}

	public double bodyLength() {
		return bodyLength;
	}

	public Posture posture() {
		return posture;
	}

	/** Direction of the thorax, LowerThorax to UpperThorax, radians in image coordinates (y down). */
	public double heading() {
		return StrictMath.atan2(ys[AntSkeletonSpec.UPPER_THORAX] - ys[AntSkeletonSpec.LOWER_THORAX],
				xs[AntSkeletonSpec.UPPER_THORAX] - xs[AntSkeletonSpec.LOWER_THORAX]);
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof AntPose)) {
			return false;
		}
		AntPose that = (AntPose) other;
		return Arrays.equals(xs, that.xs) && Arrays.equals(ys, that.ys) && frameWidth == that.frameWidth
				&& frameHeight == that.frameHeight && Double.compare(bodyLength, that.bodyLength) == 0
				&& posture.equals(that.posture);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("AntPose[");
		for (int i = 0; i < xs.length; i++) {
			text.append(i == 0 ? "" : ", ").append(AntSkeletonSpec.ANT.nodeNames().get(i)).append('=')
					.append(String.format(Locale.ROOT, "(%.2f, %.2f)", xs[i], ys[i]));
		}
		return text.append(']').toString();
	}
}
