// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model;

/**
 * Builds point arrays one after another in shared blocks of storage, as a file's points table is read: a million
 * instances then hold a few hundred large arrays rather than millions of small ones, which the garbage collector
 * handles far faster. An array keeps its whole block in memory while it is in use; an edited array
 * ({@link PointArray#with(int, Point)}) has storage of its own.
 *
 * <pre>
 * builder.add(x, y, visible, complete, score); // each point of an instance, in node order
 * PointArray points = builder.take();         // the points added since the last take
 * </pre>
 *
 * A block of {@code n} points takes {@code 25 n} bytes.
 */
public final class PointArrayBuilder {
	private final int blockPoints;
	private double[] values;
	private byte[] flags;
	/** Points of the block taken or being added; those from {@code start} on belong to the next array. */
	private int used;
	private int start;

	/**
	 * A builder with blocks of {@code blockPoints} points (an array larger than a block gets a block of its own).
	 *
	 * @throws IllegalArgumentException if {@code blockPoints} is not positive
	 */
	public PointArrayBuilder(int blockPoints) {
		if (blockPoints <= 0) {
			throw new IllegalArgumentException("blockPoints must be positive: " + blockPoints);
		}
		this.blockPoints = blockPoints;
	}

	/** Adds the next point of the array being built. */
	public void add(double x, double y, boolean visible, boolean complete, double score) {
		if (values == null || used == flags.length) {
			newBlock();
		}
		values[3 * used] = x;
		values[3 * used + 1] = y;
		values[3 * used + 2] = score;
		flags[used] = PointArray.flagsOf(visible, complete);
		used++;
	}

	/** @return the points added since the last call (none: the empty array), as one immutable array */
	public PointArray take() {
		if (used == start) {
			return PointArray.empty();
		}
		PointArray points = new PointArray(values, flags, start, used - start);
		start = used;
		return points;
	}

	/** Starts a block, moving the points of the array being built into it: an array lies within one block. */
	private void newBlock() {
		int pending = used - start;
		int points = Math.max(blockPoints, 2 * pending);
		double[] newValues = new double[3 * points];
		byte[] newFlags = new byte[points];
		if (pending > 0) {
			System.arraycopy(values, 3 * start, newValues, 0, 3 * pending);
			System.arraycopy(flags, start, newFlags, 0, pending);
		}
		values = newValues;
		flags = newFlags;
		start = 0;
		used = pending;
	}
}
