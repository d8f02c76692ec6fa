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
 * memory. It is the value of {@link Instance#getPoints()}; to edit a point, set a modified copy
 * ({@link #with(int, Point)}), which makes the edit an ordinary, undoable attribute change.
 *
 * <p>Text form ({@link #toText()}, {@link #parse(String)}, used for XMI): points separated by
 * {@code ';'}, each {@code "x y v c s"} with {@code v}/{@code c} as {@code 1}/{@code 0} and the doubles
 * written by {@link Double#toString(double)} ({@code NaN} allowed), e.g. {@code "1.5 2.0 1 0 NaN;NaN NaN 0 0 NaN"}.
 * The empty array is the empty string.
 */
public final class PointArray {

    private static final PointArray EMPTY = new PointArray(new double[0], new double[0], new boolean[0],
            new boolean[0], new double[0]);

    private final double[] x;
    private final double[] y;
    private final boolean[] visible;
    private final boolean[] complete;
    private final double[] score;

    /** Takes ownership of the arrays: callers pass fresh copies. */
    private PointArray(double[] x, double[] y, boolean[] visible, boolean[] complete, double[] score) {
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
        this.x = x;
        this.y = y;
        this.visible = visible;
        this.complete = complete;
        this.score = score;
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
        return new PointArray(copy(x, "x"), copy(y, "y"), copy(visible, "visible"), copy(complete, "complete"),
                copy(score, "score"));
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
        return new PointArray(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to),
                Arrays.copyOfRange(visible, from, to), Arrays.copyOfRange(complete, from, to),
                Arrays.copyOfRange(score, from, to));
    }

    /** A point array holding the given points in order. */
    public static PointArray of(Point... points) {
        return of(Arrays.asList(Objects.requireNonNull(points, "points")));
    }

    /** A point array holding the given points in order. */
    public static PointArray of(List<Point> points) {
        Objects.requireNonNull(points, "points");
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] visible = new boolean[n];
        boolean[] complete = new boolean[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            if (p == null) {
                throw new IllegalArgumentException("point " + i + " is null");
            }
            x[i] = p.x();
            y[i] = p.y();
            visible[i] = p.visible();
            complete[i] = p.complete();
            score[i] = p.score();
        }
        return new PointArray(x, y, visible, complete, score);
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
        double[] x = new double[size];
        double[] y = new double[size];
        double[] score = new double[size];
        Arrays.fill(x, Double.NaN);
        Arrays.fill(y, Double.NaN);
        Arrays.fill(score, Double.NaN);
        return new PointArray(x, y, new boolean[size], new boolean[size], score);
    }

    /** The number of points (the skeleton's node count). */
    public int size() {
        return x.length;
    }

    /**
     * The point at {@code index}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
     */
    public Point get(int index) {
        Objects.checkIndex(index, x.length);
        return new Point(x[index], y[index], visible[index], complete[index], score[index]);
    }

    /** The x coordinate of point {@code index}, without creating a {@link Point}. */
    public double x(int index) {
        return x[index];
    }

    /** The y coordinate of point {@code index}, without creating a {@link Point}. */
    public double y(int index) {
        return y[index];
    }

    /** Whether point {@code index} is visible, without creating a {@link Point}. */
    public boolean visible(int index) {
        return visible[index];
    }

    /** Whether point {@code index} is complete, without creating a {@link Point}. */
    public boolean complete(int index) {
        return complete[index];
    }

    /** The score of point {@code index}, without creating a {@link Point}. */
    public double score(int index) {
        return score[index];
    }

    /**
     * A copy of this array with the point at {@code index} replaced by {@code point}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
     */
    public PointArray with(int index, Point point) {
        Objects.checkIndex(index, x.length);
        Objects.requireNonNull(point, "point");
        double[] nx = x.clone();
        double[] ny = y.clone();
        boolean[] nv = visible.clone();
        boolean[] nc = complete.clone();
        double[] ns = score.clone();
        nx[index] = point.x();
        ny[index] = point.y();
        nv[index] = point.visible();
        nc[index] = point.complete();
        ns[index] = point.score();
        return new PointArray(nx, ny, nv, nc, ns);
    }

    /** The points as an unmodifiable list. */
    public List<Point> toList() {
        List<Point> result = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            result.add(get(i));
        }
        return Collections.unmodifiableList(result);
    }

    /** The text form described in the class comment; {@link #parse(String)} reads it back exactly. */
    public String toText() {
        StringBuilder text = new StringBuilder(x.length * 24);
        for (int i = 0; i < x.length; i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(x[i]).append(' ').append(y[i]).append(' ').append(visible[i] ? '1' : '0').append(' ')
                    .append(complete[i] ? '1' : '0').append(' ').append(score[i]);
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
        int n = points.length;
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] visible = new boolean[n];
        boolean[] complete = new boolean[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            String[] fields = points[i].trim().split("\\s+");
            if (fields.length != 5) {
                throw new IllegalArgumentException("point " + i + " must be \"x y visible complete score\": \""
                        + points[i] + "\"");
            }
            x[i] = parseDouble(fields[0], i);
            y[i] = parseDouble(fields[1], i);
            visible[i] = parseFlag(fields[2], i);
            complete[i] = parseFlag(fields[3], i);
            score[i] = parseDouble(fields[4], i);
        }
        return new PointArray(x, y, visible, complete, score);
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

    private static double[] copy(double[] array, String name) {
        return Objects.requireNonNull(array, name).clone();
    }

    private static boolean[] copy(boolean[] array, String name) {
        return Objects.requireNonNull(array, name).clone();
    }

    /** Equal if every field of every point is equal; {@code NaN} equals {@code NaN}. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof PointArray other && Arrays.equals(x, other.x) && Arrays.equals(y, other.y)
                && Arrays.equals(visible, other.visible) && Arrays.equals(complete, other.complete)
                && Arrays.equals(score, other.score);
    }

    @Override
    public int hashCode() {
        int result = Arrays.hashCode(x);
        result = 31 * result + Arrays.hashCode(y);
        result = 31 * result + Arrays.hashCode(visible);
        result = 31 * result + Arrays.hashCode(complete);
        return 31 * result + Arrays.hashCode(score);
    }

    @Override
    public String toString() {
        return "PointArray[" + toText() + "]";
    }
}
