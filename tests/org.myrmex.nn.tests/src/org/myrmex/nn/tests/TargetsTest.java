// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.data.InstanceCrops;
import org.myrmex.nn.data.Targets;

class TargetsTest {
	private static final FloatImage IMAGE = FloatImage.zeros(64, 48, 1);

	@Test
	void confidenceMapPeaksAtTheLabelledPointOnTheStrideGridWithSigmaInGridCells() {
		double[] points = { 21.3, 30.8, Double.NaN, Double.NaN };
		FloatImage maps = Targets.confidenceMaps(IMAGE, points, 4, 2.0);
		assertEquals(16, maps.width());
		assertEquals(12, maps.height());
		assertEquals(2, maps.channels());
		int[] peak = maps.argmax(0);
		assertTrue(Math.abs(peak[0] * 4 - 21.3) <= 4 && Math.abs(peak[1] * 4 - 30.8) <= 4, "peak " + peak[0] + ","
				+ peak[1]);
		assertArrayEquals(new int[] { 5, 8 }, peak);
		assertEquals(Math.exp(-(1.3 * 1.3 + 1.2 * 1.2) / (2 * 8 * 8)), maps.get(5, 8, 0), 1e-6);
	}

	@Test
	void invisiblePointGivesAZeroChannel() {
		FloatImage maps = Targets.confidenceMaps(IMAGE, new double[] { 10, 10, Double.NaN, Double.NaN }, 2, 1.5);
		assertEquals(0f, maps.max(1));
		assertEquals(1f, maps.max(0), 1e-6);
	}

	@Test
	void multiInstanceMapsTakeTheMaximumOverInstances() {
		FloatImage maps = Targets.multiConfidenceMaps(IMAGE, List.of(new double[] { 10, 10 }, new double[] { 50,
				40 }), 1, 2, 1.5);
		assertEquals(1f, maps.get(5, 5, 0), 1e-6);
		assertEquals(1f, maps.get(25, 20, 0), 1e-6);
	}

	@Test
	void offsetsPointFromGridCellsToThePointInStrideUnitsNearItOnly() {
		double[] points = { 21.3, 30.8, Double.NaN, Double.NaN };
		FloatImage offsets = Targets.offsets(IMAGE, List.of(points), 2, 4, 1.0);
		assertEquals(4, offsets.channels());
		assertEquals(16, offsets.width());
		assertEquals((21.3 - 20) / 4, offsets.get(5, 8, 0), 1e-6);
		assertEquals((30.8 - 32) / 4, offsets.get(5, 8, 1), 1e-6);
		assertEquals((21.3 - 24) / 4, offsets.get(6, 8, 0), 1e-6);
		// 4 cells (16 px) away the map, exp(-256/32), is below 0.2
		assertEquals(0f, offsets.get(9, 8, 0));
		assertEquals(0f, offsets.max(2));
		assertEquals(0f, offsets.max(3));
	}

	@Test
	void instancesWithNoPointInsideTheImageAreLeftOut() {
		double[] outside = { -5, 10, 70, 10 };
		assertEquals(0f, Targets.multiConfidenceMaps(IMAGE, List.of(outside), 2, 2, 1.5).max(0));
		assertEquals(0f, Targets.partAffinityFields(IMAGE, List.of(outside), new int[][] { { 0, 1 } }, 2, 2).max(0));
	}

	@Test
	void centroidMapPeaksAtTheAnchorOrTheBoundingBoxCentre() {
		double[] anchored = { 10, 12, 30, 40 };
		double[] noAnchor = { Double.NaN, Double.NaN, 40, 10, 60, 30 };
		InstanceCrops crops = new InstanceCrops(0, 32);
		FloatImage map = Targets.centroidMap(IMAGE, List.of(anchored, noAnchor), crops, 2, 1.0);
		assertEquals(1, map.channels());
		assertEquals(1f, map.get(5, 6, 0), 1e-6);
		assertEquals(1f, map.get(25, 10, 0), 1e-6);
	}

	@Test
	void partAffinityFieldsPointAlongTheEdgeNearItAndVanishFarAway() {
		double[] points = { 10, 20, 50, 20, Double.NaN, Double.NaN };
		FloatImage pafs = Targets.partAffinityFields(IMAGE, List.of(points), new int[][] { { 0, 1 }, { 1, 2 } }, 2,
				2.0);
		assertEquals(4, pafs.channels());
		assertEquals(1f, pafs.get(15, 10, 0), 1e-6);
		assertEquals(0f, pafs.get(15, 10, 1), 1e-6);
		// SLEAP weights by exp(-(d²)²/(2σ²)): d = 2 px gives exp(-16/8)
		assertEquals(Math.exp(-16.0 / 8), pafs.get(15, 11, 0), 1e-6);
		assertTrue(pafs.get(15, 22, 0) < 1e-6);
		assertEquals(0f, pafs.max(2));
		assertEquals(0f, pafs.max(3));
	}
}
