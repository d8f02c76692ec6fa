// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PointArrayBuilder;

class PointArrayTest {

	@Test
	void withReturnsAModifiedCopyAndKeepsTheOriginal() {
		PointArray original = PointArray.of(Point.placed(1, 2), Point.placed(3, 4));
		PointArray moved = original.with(1, Point.placed(5, 6));
		assertEquals(3, original.x(1));
		assertEquals(5, moved.x(1));
		assertEquals(6, moved.y(1));
		assertEquals(1, moved.x(0));
		assertNotEquals(original, moved);
	}

	@Test
	void textFormRoundTripsMissingPointsAndScores() {
		PointArray points = PointArray.of(Point.predicted(1.5, 2.25, 0.75), Point.missing());
		PointArray parsed = PointArray.parse(points.toText());
		assertEquals(points, parsed);
		assertTrue(Double.isNaN(parsed.x(1)));
		assertFalse(parsed.visible(1));
		assertEquals(0.75, parsed.score(0));
	}

	@Test
	void refusesArraysOfDifferentLengths() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> PointArray.of(new double[2], new double[3], new boolean[2], new boolean[2], new double[2]));
		assertTrue(e.getMessage().contains("3") || e.getMessage().contains("2"), e.getMessage());
	}

	@Test
	void refusesMalformedText() {
		assertThrows(IllegalArgumentException.class, () -> PointArray.parse("1 2 x"));
	}

	@Test
	void withNodeAppendedAddsAMissingPointAtTheEnd() {
		PointArray original = PointArray.of(Point.predicted(1, 2, 0.5), new Point(3, 4, false, true, Double.NaN));
		PointArray appended = original.withNodeAppended();
		assertEquals(3, appended.size());
		assertEquals(original.get(0), appended.get(0));
		assertEquals(original.get(1), appended.get(1));
		assertEquals(Point.missing(), appended.get(2));
		assertEquals(2, original.size());
		assertEquals(PointArray.of(Point.missing()), PointArray.empty().withNodeAppended());
	}

	@Test
	void withNodeRemovedDropsOneColumnOfASharedBlock() {
		PointArrayBuilder builder = new PointArrayBuilder(64);
		builder.add(9, 9, true, true, 1);
		builder.take();
		for (int i = 0; i < 4; i++) {
			builder.add(i, 10 + i, i % 2 == 0, i == 3, 0.1 * i);
		}
		PointArray shared = builder.take();
		builder.add(7, 7, true, true, 7);
		builder.take();
		assertEquals(PointArray.of(new Point(1, 11, false, false, 0.1), new Point(2, 12, true, false, 0.2),
				new Point(3, 13, false, true, 0.30000000000000004)), shared.withNodeRemoved(0));
		assertEquals(PointArray.of(new Point(0, 10, true, false, 0), new Point(2, 12, true, false, 0.2),
				new Point(3, 13, false, true, 0.30000000000000004)), shared.withNodeRemoved(1));
		assertEquals(PointArray.of(new Point(0, 10, true, false, 0), new Point(1, 11, false, false, 0.1),
				new Point(2, 12, true, false, 0.2)), shared.withNodeRemoved(3));
		assertEquals(PointArray.empty(), PointArray.of(Point.placed(1, 1)).withNodeRemoved(0));
		assertThrows(IndexOutOfBoundsException.class, () -> shared.withNodeRemoved(4));
	}

	@Test
	void translatedMovesPlacedPointsOnlyAndKeepsFlags() {
		PointArray points = PointArray.of(new Point(1, 2, true, true, 0.5), Point.missing(),
				new Point(3, 4, false, false, Double.NaN));
		assertEquals(PointArray.of(new Point(3, 1, true, true, 0.5), Point.missing(),
				new Point(5, 3, false, false, Double.NaN)), points.translated(2, -1));
		assertEquals(2, points.placedCount());
		assertTrue(points.isPlaced(0));
		assertFalse(points.isPlaced(1));
		assertThrows(IllegalArgumentException.class, () -> points.translated(Double.NaN, 0));
	}
}
