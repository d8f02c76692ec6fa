// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.tracking.Matching;
import org.myrmex.tracking.Similarity;

class SimilarityTest {
	private static final double NAN = Double.NaN;

	@Test
	void instanceAveragesOverVisibleReferenceNodes() {
		double s = Similarity.INSTANCE.of(new double[] { 0, 10 }, new double[] { 0, 0 }, new double[] { 1, 10 },
				new double[] { 0, 0 }, 200, 100);
		assertEquals((Math.exp(-1) + 1) / 2, s, 1e-12);
		double hidden = Similarity.INSTANCE.of(new double[] { 0, NAN }, new double[] { 0, NAN },
				new double[] { 0, 5 }, new double[] { 0, 5 }, 200, 100);
		assertEquals(1, hidden, 1e-12);
	}

	@Test
	void normalizedInstanceDividesByTheFrameSize() {
		double s = Similarity.NORMALIZED_INSTANCE.of(new double[] { 0 }, new double[] { 0 }, new double[] { 1 },
				new double[] { 0 }, 11, 11);
		assertEquals(Math.exp(-0.01), s, 1e-12);
	}

	@Test
	void centroidIsTheNegativeDistanceOfTheMedians() {
		double s = Similarity.CENTROID.of(new double[] { 0, 2, 4 }, new double[] { 0, 0, 0 },
				new double[] { 5, 5, NAN }, new double[] { 4, 4, NAN }, 200, 100);
		assertEquals(-5, s, 1e-12);
	}

	@Test
	void iouCountsPixelsInclusively() {
		double s = Similarity.IOU.of(new double[] { 0, 9 }, new double[] { 0, 9 }, new double[] { 5, 14 },
				new double[] { 0, 9 }, 200, 100);
		assertEquals(50.0 / 150, s, 1e-12);
	}

	@Test
	void objectKeypointDividesByAllNodes() {
		double s = Similarity.OBJECT_KEYPOINT.of(new double[] { 0, 3 }, new double[] { 0, 3 }, new double[] { 1, NAN },
				new double[] { 1, NAN }, 200, 100);
		assertEquals(Math.exp(-1) / 2, s, 1e-12);
	}

	@Test
	void nodesMissingFromTheShorterPoseCountAsInvisible() {
		double s = Similarity.INSTANCE.of(new double[] { 0, 10 }, new double[] { 0, 0 }, new double[] { 0 },
				new double[] { 0 }, 200, 100);
		assertEquals(0.5, s, 1e-12);
		double longer = Similarity.INSTANCE.of(new double[] { 0 }, new double[] { 0 }, new double[] { 0, 7 },
				new double[] { 0, 7 }, 200, 100);
		assertEquals(1, longer, 1e-12);
	}

	@Test
	void namesAreSleapsAndUnknownOnesAreRefused() {
		assertEquals(Similarity.NORMALIZED_INSTANCE, Similarity.of("normalized_instance"));
		assertEquals(Matching.HUNGARIAN, Matching.of("hungarian"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Similarity.of("oks"));
		assertEquals("unknown similarity 'oks' (instance, normalized_instance, centroid, iou, object_keypoint)",
				e.getMessage());
	}

	@Test
	void greedyTakesTheCheapestPairFirstAndHungarianTheCheapestTotal() {
		double[][] cost = { { 1, 2 }, { 2, 100 } };
		List<int[]> greedy = Matching.GREEDY.match(cost);
		assertEquals(List.of("0-0", "1-1"), greedy.stream().map(p -> p[0] + "-" + p[1]).toList());
		List<int[]> hungarian = Matching.HUNGARIAN.match(cost);
		assertEquals(List.of("0-1", "1-0"), hungarian.stream().map(p -> p[0] + "-" + p[1]).toList());
	}

	@Test
	void undefinedSimilaritiesAreNeverMatched() {
		double inf = Double.POSITIVE_INFINITY;
		double[][] cost = { { inf, -1 }, { inf, -2 } };
		assertEquals(List.of("1-1"), Matching.GREEDY.match(cost).stream().map(p -> p[0] + "-" + p[1]).toList());
		assertEquals(List.of("1-1"), Matching.HUNGARIAN.match(cost).stream().map(p -> p[0] + "-" + p[1]).toList());
	}
}
