// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.Arrays;

/**
 * Minimum-cost assignment of a rectangular cost matrix, as SciPy's {@code linear_sum_assignment}: min(rows, columns)
 * pairs, listed by ascending row. Shortest augmenting paths with potentials (Hungarian method), O(n²m). Infinite
 * costs are avoided where possible (a pair is only forced onto one when nothing else is left).
 */
public final class LinearAssignment {
	private static final double FORBIDDEN = 1e12;

	private LinearAssignment() {
	}

	/**
	 * @param cost {@code cost[row][column]}; rows of equal length
	 * @return for each row its column, or −1 when unassigned (rows beyond the column count)
	 */
	public static int[] solve(double[][] cost) {
		int rows = cost.length;
		int columns = rows == 0 ? 0 : cost[0].length;
		if (rows == 0 || columns == 0) {
			int[] none = new int[rows];
			Arrays.fill(none, -1);
			return none;
		}
		if (rows > columns) {
			double[][] transposed = new double[columns][rows];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					transposed[c][r] = cost[r][c];
				}
			}
			int[] byColumn = solve(transposed);
			int[] byRow = new int[rows];
			Arrays.fill(byRow, -1);
			for (int c = 0; c < columns; c++) {
				byRow[byColumn[c]] = c;
			}
			return byRow;
		}
		return rowsFewer(cost, rows, columns);
	}

	/** The e-maxx formulation, 1-based, for rows ≤ columns. */
	private static int[] rowsFewer(double[][] cost, int n, int m) {
		double[] u = new double[n + 1];
		double[] v = new double[m + 1];
		int[] p = new int[m + 1];
		int[] way = new int[m + 1];
		for (int i = 1; i <= n; i++) {
			p[0] = i;
			int j0 = 0;
			double[] minv = new double[m + 1];
			Arrays.fill(minv, Double.POSITIVE_INFINITY);
			boolean[] used = new boolean[m + 1];
			do {
				used[j0] = true;
				int i0 = p[j0];
				double delta = Double.POSITIVE_INFINITY;
				int j1 = 0;
				for (int j = 1; j <= m; j++) {
					if (!used[j]) {
						double cur = finite(cost[i0 - 1][j - 1]) - u[i0] - v[j];
						if (cur < minv[j]) {
							minv[j] = cur;
							way[j] = j0;
						}
						if (minv[j] < delta) {
							delta = minv[j];
							j1 = j;
						}
					}
				}
				for (int j = 0; j <= m; j++) {
					if (used[j]) {
						u[p[j]] += delta;
						v[j] -= delta;
					} else {
						minv[j] -= delta;
					}
				}
				j0 = j1;
			} while (p[j0] != 0);
			do {
				int j1 = way[j0];
				p[j0] = p[j1];
				j0 = j1;
			} while (j0 != 0);
		}
		int[] assignment = new int[n];
		for (int j = 1; j <= m; j++) {
			if (p[j] != 0) {
				assignment[p[j] - 1] = j - 1;
			}
		}
		return assignment;
	}

	private static double finite(double value) {
		return Double.isFinite(value) ? value : FORBIDDEN;
	}
}
