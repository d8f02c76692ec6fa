// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.nio.file.Path;

import org.myrmex.io.LabelsFileException;
import org.myrmex.io.internal.hdf5.Table;
import org.myrmex.model.PointArray;
import org.myrmex.model.PointArrayBuilder;

/** The points of one kind (user or predicted) of a {@code .slp} file, read from its table into shared storage. */
final class PointRows {
	/** Points per block of storage: their coordinates and scores fill 8 MB, a whole number of heap regions. */
	private static final int BLOCK_POINTS = (8 * 1024 * 1024 - 16) / 24;

	private final Path file;
	private final String name;
	private final Table table;
	private final int rows;
	/** The columns' values for the rows in the table's window. */
	private final double[] x;
	private final double[] y;
	private final double[] visible;
	private final double[] complete;
	private final double[] score;
	private final double shift;
	private final PointArrayBuilder builder;

	/**
	 * @param table the points table, or {@code null} when the file has none
	 * @param shift format 1.0 user points: pixel (0,0) has its top-left corner at 0 and points move by −0.5
	 */
	PointRows(Path file, String name, Table table, boolean shift) throws LabelsFileException {
		this.file = file;
		this.name = name;
		this.table = table;
		this.rows = table == null ? 0 : table.rows();
		double[] none = {};
		this.x = rows == 0 ? none : table.window("x");
		this.y = rows == 0 ? none : table.window("y");
		this.visible = rows == 0 ? none : table.window("visible");
		this.complete = rows == 0 ? none : table.window("complete", 0);
		this.score = rows == 0 ? none : table.window("score", Double.NaN);
		this.shift = shift ? 0.5 : 0;
		this.builder = new PointArrayBuilder(Math.max(1, Math.min(rows, BLOCK_POINTS)));
	}

	String name() {
		return name;
	}

	int rows() {
		return rows;
	}

	/** @return the points of rows {@code [first, end)}, which the caller checked lie within the table */
	PointArray read(int first, int end, int instanceRow) throws LabelsFileException {
		for (int i = first; i < end; i++) {
			int at = table.locate(i);
			double pointX = x[at] - shift;
			double pointY = y[at] - shift;
			if (Double.isInfinite(pointX) || Double.isInfinite(pointY)) {
				throw new LabelsFileException(file, "instance row " + instanceRow + " has an infinite coordinate at " + name + " row " + i
						+ " (" + x[at] + ", " + y[at] + ")");
			}
			builder.add(pointX, pointY, visible[at] != 0, complete[at] != 0, score[at]);
		}
		return builder.take();
	}
}
