// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.myrmex.nn.ConfidenceMaps;

class ConfidenceMapsTest {

	@Test
	void peaksAtTheLabelledPointOnTheStrideGrid() {
		ConfidenceMaps maps = new ConfidenceMaps(64, 48, 4, 2.0);
		assertEquals(16, maps.gridWidth());
		assertEquals(12, maps.gridHeight());
		float[] m = maps.render(new double[] { 20, 8 }, new double[] { 12, 40 });
		// node 0 at (20, 12) = grid (5, 3); node 1 at (8, 40) = grid (2, 10); channels last
		assertEquals(1f, m[(3 * 16 + 5) * 2], 1e-6f);
		assertEquals(1f, m[(10 * 16 + 2) * 2 + 1], 1e-6f);
		// one grid step (4 px) away: exp(-16 / 8)
		assertEquals((float) Math.exp(-2), m[(3 * 16 + 6) * 2], 1e-6f);
	}

	@Test
	void aMissingPointGivesAnAllZeroChannel() {
		float[] m = new ConfidenceMaps(32, 32, 2, 1.5).render(new double[] { Double.NaN, 10 }, new double[] { Double.NaN, 10 });
		double sum0 = 0;
		double sum1 = 0;
		for (int i = 0; i < m.length; i += 2) {
			sum0 += m[i];
			sum1 += m[i + 1];
		}
		assertEquals(0, sum0);
		assertEquals(2 * Math.PI * 1.5 * 1.5 / 4, sum1, 0.05);
	}

	@Test
	void refusesANonPositiveSigma() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ConfidenceMaps(8, 8, 1, 0));
		assertEquals("sigma 0.0 is not positive", e.getMessage());
	}
}
