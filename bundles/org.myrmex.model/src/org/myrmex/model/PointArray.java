// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The points of one instance, one per skeleton node in node order: an immutable value held in
 * primitive arrays rather than as objects, so that a million instances of a 13-node skeleton fit in
 * memory. Arrays read from a file share large blocks of storage ({@link PointArrayBuilder}), which the garbage
 * collector handles far faster than millions of small arrays. It is the value of {@link Instance#getPoints()}; to edit a point, set a modified copy
 * ({@link #with(int, Point)}), which makes the edit an ordinary, undoable attribute change.
 *
 * <p>Text form ({@link #toText()}, {@link #parse(String)}, used for XMI): points separated by
 * {@code ';'}, each {@code "x y v c s"} with {@code v}/{@code c} as {@code 1}/{@code 0} and the doubles
 * written by {@link Double#toString(double)} ({@code NaN} allowed), e.g. {@code "1.5 2.0 1 0 NaN;NaN NaN 0 0 NaN"}.
 * The empty array is the empty string.
 */
public final class PointArray {

	private static final PointArray EMPTY = new PointArray(new double[0], new byte[0], 0, 0);
	private static final byte VISIBLE = 1;
	private static final byte COMPLETE = 2;

	/** {@code x, y, score} of each point, from point {@code start} on; may be shared with other arrays. */
	private final double[] values;
	/** {@link #VISIBLE} and {@link #COMPLETE} bits of each point, from point {@code start} on. */
	private final byte[] flags;
	private final int start;
	private final int size;

	/**
	 * Points {@code [start, start + size)} of storage that nobody changes: its own, or a {@link PointArrayBuilder}'s
	 * shared by many arrays.
	 */
	PointArray(double[] values, byte[] flags, int start, int size) {
		this.values = values;
		this.flags = flags;
		this.start = start;
		this.size = size;
	}

	private PointArray(double[] x, double[] y, boolean[] visible, boolean[] complete, double[] score, int from, int to) {
		this(new double[3 * (to - from)], new byte[to - from], 0, to - from);
		for (int i = 0; i < size; i++) {
			values[3 * i] = x[from + i];
			values[3 * i + 1] = y[from + i];
			values[3 * i + 2] = score[from + i];
			flags[i] = flagsOf(visible[from + i], complete[from + i]);
		}
	}

	static byte flagsOf(boolean visible, boolean complete) {
		return (byte) ((visible ? VISIBLE : 0) | (complete ? COMPLETE : 0));
	}

	/** The array of no points. */
	public static PointArray empty() {
		return EMPTY;
	}

	/**
	 * A point array from per-field arrays of equal length (copied).
	 *
	 * @throws IllegalArgumentException if the lengths differ
	 */
	public static PointArray of(double[] x, double[] y, boolean[] visible, boolean[] complete, double[] score) {
		Objects.requireNonNull(x, "x");
		Objects.requireNonNull(y, "y");
		Objects.requireNonNull(visible, "visible");
		Objects.requireNonNull(complete, "complete");
		Objects.requireNonNull(score, "score");
		int n = x.length;
		if (y.length != n || visible.length != n || complete.length != n || score.length != n) {
			throw new IllegalArgumentException("arrays differ in length: x " + n + ", y " + y.length + ", visible "
					+ visible.length + ", complete " + complete.length + ", score " + score.length);
		}
		return new PointArray(x, y, visible, complete, score, 0, n);
	}

	/**
	 * A point array from rows {@code [from, to)} of column arrays (copied), as read from a file's points table.
	 *
	 * @throws IndexOutOfBoundsException if the range does not lie within every array
	 */
	public static PointArray copyOfRange(double[] x, double[] y, boolean[] visible, boolean[] complete,
			double[] score, int from, int to) {
		int rows = Math.min(Math.min(x.length, y.length), Math.min(Math.min(visible.length, complete.length), score.length));
		if (from < 0 || from > to || to > rows) {
			throw new IndexOutOfBoundsException("rows [" + from + ", " + to + ") outside [0, " + rows + ")");
		}
		return new PointArray(x, y, visible, complete, score, from, to);
	}

	/** A point array holding the given points in order. */
	public static PointArray of(Point... points) {
		return of(Arrays.asList(Objects.requireNonNull(points, "points")));
	}

	/** A point array holding the given points in order. */
	public static PointArray of(List<Point> points) {
		Objects.requireNonNull(points, "points");
		PointArrayBuilder builder = new PointArrayBuilder(Math.max(1, points.size()));
		for (int i = 0; i < points.size(); i++) {
			Point p = points.get(i);
			if (p == null) {
				throw new IllegalArgumentException("point " + i + " is null");
			}
			builder.add(p.x(), p.y(), p.visible(), p.complete(), p.score());
		}
		return builder.take();
	}

	/**
	 * {@code size} missing points ({@link Point#missing()}), e.g. a new instance before any node is placed.
	 *
	 * @throws IllegalArgumentException if {@code size} is negative
	 */
	public static PointArray missing(int size) {
		if (size < 0) {
			throw new IllegalArgumentException("size must not be negative: " + size);
		}
		double[] values = new double[3 * size];
		Arrays.fill(values, Double.NaN);
		return new PointArray(values, new byte[size], 0, size);
	}

	/** The number of points (the skeleton's node count). */
	public int size() {
		return size;
	}

	/**
	 * The point at {@code index}.
	 *
	 * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
	 */
	public Point get(int index) {
		return new Point(x(index), y(index), visible(index), complete(index), score(index));
	}

	/** The x coordinate of point {@code index}, without creating a {@link Point}. */
	public double x(int index) {
		return values[3 * (start + Objects.checkIndex(index, size))];
	}

	/** The y coordinate of point {@code index}, without creating a {@link Point}. */
	public double y(int index) {
		return values[3 * (start + Objects.checkIndex(index, size)) + 1];
	}

	/** Whether point {@code index} is visible, without creating a {@link Point}. */
	public boolean visible(int index) {
		return (flags[start + Objects.checkIndex(index, size)] & VISIBLE) != 0;
	}

	/** Whether point {@code index} is complete, without creating a {@link Point}. */
	public boolean complete(int index) {
		return (flags[start + Objects.checkIndex(index, size)] & COMPLETE) != 0;
	}

	/** The score of point {@code index}, without creating a {@link Point}. */
	public double score(int index) {
		return values[3 * (start + Objects.checkIndex(index, size)) + 2];
	}

	/**
	 * A copy of this array with the point at {@code index} replaced by {@code point}.
	 *
	 * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
	 */
	public PointArray with(int index, Point point) {
		Objects.checkIndex(index, size);
		Objects.requireNonNull(point, "point");
		double[] newValues = Arrays.copyOfRange(values, 3 * start, 3 * (start + size));
		byte[] newFlags = Arrays.copyOfRange(flags, start, start + size);
		newValues[3 * index] = point.x();
		newValues[3 * index + 1] = point.y();
		newValues[3 * index + 2] = point.score();
		newFlags[index] = flagsOf(point.visible(), point.complete());
		return new PointArray(newValues, newFlags, 0, size);
	}

	/**
	 * A copy of this array with a missing point ({@link Point#missing()}) appended, for a node added at the end of
	 * the skeleton.
	 */
	public PointArray withNodeAppended() {
		double[] newValues = Arrays.copyOfRange(values, 3 * start, 3 * (start + size + 1));
		byte[] newFlags = Arrays.copyOfRange(flags, start, start + size + 1);
		newValues[3 * size] = Double.NaN;
		newValues[3 * size + 1] = Double.NaN;
		newValues[3 * size + 2] = Double.NaN;
		newFlags[size] = 0;
		return new PointArray(newValues, newFlags, 0, size + 1);
	}

	/**
	 * A copy of this array without the point at {@code index}, for a node removed from the skeleton; the points
	 * after it move up by one.
	 *
	 * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
	 */
	public PointArray withNodeRemoved(int index) {
		Objects.checkIndex(index, size);
		double[] newValues = new double[3 * (size - 1)];
		byte[] newFlags = new byte[size - 1];
		System.arraycopy(values, 3 * start, newValues, 0, 3 * index);
		System.arraycopy(values, 3 * (start + index + 1), newValues, 3 * index, 3 * (size - index - 1));
		System.arraycopy(flags, start, newFlags, 0, index);
		System.arraycopy(flags, start + index + 1, newFlags, index, size - index - 1);
		return new PointArray(newValues, newFlags, 0, size - 1);
	}

	/**
	 * A copy of this array with every placed point moved by ({@code dx}, {@code dy}); missing points stay missing
	 * and every point keeps its visible and complete flags and its score.
	 *
	 * @throws IllegalArgumentException if {@code dx} or {@code dy} is not finite
	 */
	public PointArray translated(double dx, double dy) {
		if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
			throw new IllegalArgumentException("cannot translate by (" + dx + ", " + dy + ")");
		}
		double[] newValues = Arrays.copyOfRange(values, 3 * start, 3 * (start + size));
		byte[] newFlags = Arrays.copyOfRange(flags, start, start + size);
		for (int i = 0; i < size; i++) {
			if (!Double.isNaN(newValues[3 * i]) && !Double.isNaN(newValues[3 * i + 1])) {
				newValues[3 * i] += dx;
				newValues[3 * i + 1] += dy;
			}
		}
		return new PointArray(newValues, newFlags, 0, size);
	}

	/** The number of placed points: those with both coordinates (not {@link Point#isMissing() missing}). */
	public int placedCount() {
		int count = 0;
		for (int i = 0; i < size; i++) {
			if (isPlaced(i)) {
				count++;
			}
		}
		return count;
	}

	/** Whether point {@code index} has both coordinates (is not {@link Point#isMissing() missing}). */
	public boolean isPlaced(int index) {
		return !Double.isNaN(x(index)) && !Double.isNaN(y(index));
	}

	/** The points as an unmodifiable list. */
	public List<Point> toList() {
		List<Point> result = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			result.add(get(i));
		}
		return Collections.unmodifiableList(result);
	}

	/** The text form described in the class comment; {@link #parse(String)} reads it back exactly. */
	public String toText() {
		StringBuilder text = new StringBuilder(size * 24);
		for (int i = 0; i < size; i++) {
			if (i > 0) {
				text.append(';');
			}
			text.append(x(i)).append(' ').append(y(i)).append(' ').append(visible(i) ? '1' : '0').append(' ')
					.append(complete(i) ? '1' : '0').append(' ').append(score(i));
		}
		return text.toString();
	}

	/**
	 * Reads the text form written by {@link #toText()}; spaces around values are ignored.
	 *
	 * @throws IllegalArgumentException naming the bad point or value if {@code text} is not in that form
	 */
	public static PointArray parse(String text) {
		Objects.requireNonNull(text, "text");
		if (text.isBlank()) {
			return EMPTY;
		}
		String[] points = text.split(";", -1);
		PointArrayBuilder builder = new PointArrayBuilder(points.length);
		for (int i = 0; i < points.length; i++) {
			String[] fields = points[i].trim().split("\\s+");
			if (fields.length != 5) {
				throw new IllegalArgumentException("point " + i + " must be \"x y visible complete score\": \""
						+ points[i] + "\"");
			}
			builder.add(parseDouble(fields[0], i), parseDouble(fields[1], i), parseFlag(fields[2], i),
					parseFlag(fields[3], i), parseDouble(fields[4], i));
		}
		return builder.take();
	}

	private static double parseDouble(String value, int point) {
		try {
			return Double.parseDouble(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("point " + point + ": not a number: \"" + value + "\"", e);
		}
	}

	private static boolean parseFlag(String value, int point) {
		return switch (value) {
			case "1" -> true;
			case "0" -> false;
			default -> throw new IllegalArgumentException("point " + point + ": flag must be 0 or 1: \"" + value + "\"");
		};
	}

	/** Equal if every field of every point is equal; {@code NaN} equals {@code NaN}. */
	@Override
	public boolean equals(Object obj) {
		if (this == obj) {
			return true;
		}
		return obj instanceof PointArray other && size == other.size
				&& Arrays.equals(values, 3 * start, 3 * (start + size), other.values, 3 * other.start, 3 * (other.start + size))
				&& Arrays.equals(flags, start, start + size, other.flags, other.start, other.start + size);
	}

	@Override
	public int hashCode() {
		int result = 1;
		for (int i = 3 * start; i < 3 * (start + size); i++) {
			long bits = Double.doubleToLongBits(values[i]);
			result = 31 * result + (int) (bits ^ (bits >>> 32));
		}
		for (int i = start; i < start + size; i++) {
			result = 31 * result + flags[i];
		}
		return result;
	}

	@Override
	public String toString() {
		return "PointArray[" + toText() + "]";
	}
}
