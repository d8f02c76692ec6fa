// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model;

/**
 * One point of an instance, as read from or written to a {@link PointArray}.
 *
 * <p>A missing point (a node not placed) has {@code NaN} coordinates and is not visible. {@code score}
 * is the confidence of a predicted point; it is {@code NaN} for a point placed by a person.
 *
 * @param x        the x coordinate in pixels, pixel centre at 0 (SLEAP format 1.1+), or {@code NaN}
 * @param y        the y coordinate in pixels, or {@code NaN}
 * @param visible  whether the body part is visible (placed) in the frame
 * @param complete whether a person has confirmed the point
 * @param score    the point's prediction score, or {@code NaN} if it has none
 */
public record Point(double x, double y, boolean visible, boolean complete, double score) {

	private static final Point MISSING = new Point(Double.NaN, Double.NaN, false, false, Double.NaN);

	/** A point that is not placed: {@code NaN} coordinates and score, neither visible nor complete. */
	public static Point missing() {
		return MISSING;
	}

	/** A visible, not yet confirmed point without a score, as a person first places it. */
	public static Point placed(double x, double y) {
		return new Point(x, y, true, false, Double.NaN);
	}

	/** A visible predicted point with its score. */
	public static Point predicted(double x, double y, double score) {
		return new Point(x, y, true, false, score);
	}

	/** Whether this point has no coordinates (either one is {@code NaN}). */
	public boolean isMissing() {
		return Double.isNaN(x) || Double.isNaN(y);
	}
}
