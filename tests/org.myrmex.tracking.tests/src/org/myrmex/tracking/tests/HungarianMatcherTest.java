// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.myrmex.tracking.HungarianMatcher;

class HungarianMatcherTest {

	@Test
	void findsTheCheapestAssignmentWhereGreedyFails() {
		// greedy takes (0,0)=1 and is then forced to (1,1)=100; the optimum is 2 + 3
		double[][] cost = { { 1, 2 }, { 3, 100 } };
		assertArrayEquals(new int[] { 1, 0 }, HungarianMatcher.match(cost));
	}

	@Test
	void leavesExtraRowsUnmatched() {
		double[][] cost = { { 5 }, { 1 }, { 3 } };
		assertArrayEquals(new int[] { -1, 0, -1 }, HungarianMatcher.match(cost));
	}

	@Test
	void matchesEveryRowWhenThereAreMoreColumns() {
		double[][] cost = { { 9, 1, 9 }, { 1, 9, 9 } };
		assertArrayEquals(new int[] { 1, 0 }, HungarianMatcher.match(cost));
	}

	@Test
	void agreesWithBruteForceOnRandomMatrices() {
		SplittableRandom random = new SplittableRandom(7);
		for (int trial = 0; trial < 200; trial++) {
			int n = 1 + random.nextInt(6);
			double[][] cost = new double[n][n];
			for (double[] row : cost) {
				for (int j = 0; j < n; j++) {
					row[j] = random.nextDouble(-5, 10);
				}
			}
			int[] match = HungarianMatcher.match(cost);
			assertEquals(bruteForce(cost, 0, new boolean[n]), total(cost, match), 1e-9, "trial " + trial);
		}
	}

	@Test
	void refusesMinusInfinity() {
		assertThrows(IllegalArgumentException.class,
				() -> HungarianMatcher.match(new double[][] { { Double.NEGATIVE_INFINITY } }));
	}

	@Test
	void avoidsForbiddenPairsWhileAnotherAssignmentExists() {
		double inf = Double.POSITIVE_INFINITY;
		double[][] cost = { { -5, inf }, { Double.NaN, 9 } };
		assertArrayEquals(new int[] { 0, 1 }, HungarianMatcher.match(cost));
		double[][] forced = { { inf, inf }, { 1, inf } };
		assertArrayEquals(new int[] { 1, 0 }, HungarianMatcher.match(forced));
	}

	private static double total(double[][] cost, int[] match) {
		double sum = 0;
		for (int i = 0; i < match.length; i++) {
			sum += cost[i][match[i]];
		}
		return sum;
	}

	private static double bruteForce(double[][] cost, int row, boolean[] used) {
		if (row == cost.length) {
			return 0;
		}
		double best = Double.POSITIVE_INFINITY;
		for (int j = 0; j < used.length; j++) {
			if (!used[j]) {
				used[j] = true;
				best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used));
				used[j] = false;
			}
		}
		return best;
	}
}
