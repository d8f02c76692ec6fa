// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

import java.util.Arrays;

/**
 * Minimum-cost assignment of rows to columns (the Hungarian method, O(n²m)), as SciPy's
 * {@code linear_sum_assignment} that SLEAP uses to match instances to tracks and PAF peaks to each other.
 * Rectangular matrices are allowed: every row is matched when there are at least as many columns, otherwise
 * every column is. An infinite or NaN cost forbids a pair: it is only taken when nothing else is left (as SciPy
 * would fail, SLEAP never relies on it). The one solver of the product: {@code nn} groups PAF peaks with it.
 */
public final class HungarianMatcher {
	private static final double FORBIDDEN = 1e12;

	private HungarianMatcher() {
	}

	/**
	 * @param cost {@code cost[row][column]}, all rows the same length; {@code +∞} or NaN forbids a pair
	 * @return for each row the matched column, or -1 when the row is left unmatched
	 */
	public static int[] match(double[][] cost) {
		int rows = cost.length;
		if (rows == 0) {
			return new int[0];
		}
		int columns = cost[0].length;
		for (double[] row : cost) {
			if (row.length != columns) {
				throw new IllegalArgumentException("ragged cost matrix: rows of " + columns + " and " + row.length);
			}
			for (double value : row) {
				if (value == Double.NEGATIVE_INFINITY) {
					throw new IllegalArgumentException("cost " + value + " is not allowed");
				}
			}
		}
		if (columns == 0) {
			int[] none = new int[rows];
			Arrays.fill(none, -1);
			return none;
		}
		boolean transposed = rows > columns;
		double[][] a = transposed ? transpose(cost) : cost;
		int[] assignment = solve(a);
		if (!transposed) {
			return assignment;
		}
		int[] byRow = new int[rows];
		Arrays.fill(byRow, -1);
		for (int column = 0; column < assignment.length; column++) {
			byRow[assignment[column]] = column;
		}
		return byRow;
	}

	/** Shortest augmenting paths with potentials, for n ≤ m; returns the column of each row. */
	private static int[] solve(double[][] a) {
		int n = a.length;
		int m = a[0].length;
		double[] u = new double[n + 1];
		double[] v = new double[m + 1];
		int[] rowOfColumn = new int[m + 1];
		int[] way = new int[m + 1];
		for (int row = 1; row <= n; row++) {
			rowOfColumn[0] = row;
			int column0 = 0;
			double[] minimum = new double[m + 1];
			Arrays.fill(minimum, Double.POSITIVE_INFINITY);
			boolean[] used = new boolean[m + 1];
			do {
				used[column0] = true;
				int row0 = rowOfColumn[column0];
				double delta = Double.POSITIVE_INFINITY;
				int column1 = 0;
				for (int column = 1; column <= m; column++) {
					if (!used[column]) {
						double reduced = allowed(a[row0 - 1][column - 1]) - u[row0] - v[column];
						if (reduced < minimum[column]) {
							minimum[column] = reduced;
							way[column] = column0;
						}
						if (minimum[column] < delta) {
							delta = minimum[column];
							column1 = column;
						}
					}
				}
				for (int column = 0; column <= m; column++) {
					if (used[column]) {
						u[rowOfColumn[column]] += delta;
						v[column] -= delta;
					} else {
						minimum[column] -= delta;
					}
				}
				column0 = column1;
			} while (rowOfColumn[column0] != 0);
			do {
				int column1 = way[column0];
				rowOfColumn[column0] = rowOfColumn[column1];
				column0 = column1;
			} while (column0 != 0);
		}
		int[] columnOfRow = new int[n];
		for (int column = 1; column <= m; column++) {
			if (rowOfColumn[column] != 0) {
				columnOfRow[rowOfColumn[column] - 1] = column - 1;
			}
		}
		return columnOfRow;
	}

	private static double allowed(double cost) {
		return Double.isFinite(cost) ? cost : FORBIDDEN;
	}

	private static double[][] transpose(double[][] cost) {
		double[][] t = new double[cost[0].length][cost.length];
		for (int i = 0; i < cost.length; i++) {
			for (int j = 0; j < cost[0].length; j++) {
				t[j][i] = cost[i][j];
			}
		}
		return t;
	}
}
