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
}
