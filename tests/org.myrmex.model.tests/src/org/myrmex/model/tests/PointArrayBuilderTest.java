// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PointArrayBuilder;

class PointArrayBuilderTest {

	/** Point {@code k} of array {@code a}: every field differs from every other point's. */
	private static Point point(int a, int k) {
		return new Point(10 * a + k, -(10 * a + k), (a + k) % 2 == 0, (a + k) % 3 == 0, a + k / 10.0);
	}

	@Test
	void arraysAcrossBlocksHoldTheirOwnPoints() {
		PointArrayBuilder builder = new PointArrayBuilder(4);
		List<PointArray> arrays = new ArrayList<>();
		int[] sizes = { 3, 3, 1, 9, 0, 4, 2 }; // crosses blocks, one larger than a block, one empty
		for (int a = 0; a < sizes.length; a++) {
			for (int k = 0; k < sizes[a]; k++) {
				Point p = point(a, k);
				builder.add(p.x(), p.y(), p.visible(), p.complete(), p.score());
			}
			arrays.add(builder.take());
		}
		for (int a = 0; a < sizes.length; a++) {
			PointArray points = arrays.get(a);
			assertEquals(sizes[a], points.size());
			for (int k = 0; k < sizes[a]; k++) {
				assertEquals(point(a, k), points.get(k), "array " + a + " point " + k);
			}
			final int size = sizes[a];
			assertThrows(IndexOutOfBoundsException.class, () -> points.x(size));
		}
		assertSame(PointArray.empty(), arrays.get(4));
	}

	@Test
	void sharedStorageEqualsOwnStorage() {
		PointArrayBuilder builder = new PointArrayBuilder(8);
		builder.add(1, 2, true, false, 0.5);
		builder.take();
		builder.add(3, 4, true, true, Double.NaN);
		builder.add(Double.NaN, Double.NaN, false, false, Double.NaN);
		PointArray shared = builder.take();
		PointArray own = PointArray.of(new Point(3, 4, true, true, Double.NaN), Point.missing());
		assertEquals(own, shared);
		assertEquals(own.hashCode(), shared.hashCode());
		assertEquals(own.toText(), shared.toText());
		assertEquals(shared, PointArray.parse(shared.toText()));
	}

	@Test
	void editingASharedArrayLeavesItsNeighboursAlone() {
		PointArrayBuilder builder = new PointArrayBuilder(16);
		builder.add(1, 1, true, false, 0.1);
		PointArray first = builder.take();
		builder.add(2, 2, true, false, 0.2);
		PointArray second = builder.take();
		PointArray moved = second.with(0, Point.placed(5, 6));
		assertEquals(new Point(5, 6, true, false, Double.NaN), moved.get(0));
		assertEquals(new Point(2, 2, true, false, 0.2), second.get(0));
		assertEquals(new Point(1, 1, true, false, 0.1), first.get(0));
		assertNotEquals(second, moved);
		assertTrue(first.visible(0));
		assertFalse(first.complete(0));
	}

	@Test
	void refusesBlocksOfNoPoints() {
		assertThrows(IllegalArgumentException.class, () -> new PointArrayBuilder(0));
	}
}
