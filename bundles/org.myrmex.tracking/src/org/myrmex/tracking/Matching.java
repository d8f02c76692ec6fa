// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How new instances are paired with tracks from a cost matrix (cost = −similarity), as SLEAP's tracker does. */
public enum Matching {
	/** SLEAP's default: the cheapest pair first, then the cheapest among the rows and columns left, and so on. */
	GREEDY,
	/** The assignment of least total cost ({@link HungarianMatcher}). */
	HUNGARIAN;

	/** @return {@code greedy} or {@code hungarian} */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException naming the choices */
	public static Matching of(String id) {
		for (Matching m : values()) {
			if (m.id().equals(id)) {
				return m;
			}
		}
		throw new IllegalArgumentException("unknown matching '" + id + "' (greedy, hungarian)");
	}

	/**
	 * @param cost {@code cost[instance][track]}; {@code +∞} (an undefined similarity) is never matched
	 * @return pairs {instance, track}
	 */
	public List<int[]> match(double[][] cost) {
		List<int[]> pairs = new ArrayList<>();
		if (cost.length == 0 || cost[0].length == 0) {
			return pairs;
		}
		if (this == HUNGARIAN) {
			int[] column = HungarianMatcher.match(cost);
			for (int row = 0; row < column.length; row++) {
				if (column[row] >= 0 && cost[row][column[row]] < Double.POSITIVE_INFINITY) {
					pairs.add(new int[] { row, column[row] });
				}
			}
			return pairs;
		}
		int columns = cost[0].length;
		Integer[] order = new Integer[cost.length * columns];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.comparingDouble(i -> cost[i / columns][i % columns]));
		boolean[] rowUsed = new boolean[cost.length];
		boolean[] columnUsed = new boolean[columns];
		for (int i : order) {
			int row = i / columns;
			int column = i % columns;
			if (!rowUsed[row] && !columnUsed[column] && cost[row][column] < Double.POSITIVE_INFINITY) {
				rowUsed[row] = true;
				columnUsed[column] = true;
				pairs.add(new int[] { row, column });
			}
		}
		return pairs;
	}
}
