// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.myrmex.tracking.TrackingAccuracy;
import org.myrmex.tracking.TrackingAccuracy.Figures;

/** The identity-switch counter on hand-made sequences with a known number of swaps. */
class TrackingAccuracyTest {

	/**
	 * Female at y = 10 and male at y = 50 over ten frames; the predictions follow them within 2 px, with the two
	 * tracks transposed in frames 4–6 (one swap there, one back), the female missed in frame 8 and a stray
	 * prediction in frame 9.
	 */
	@Test
	void countsSwitchesFragmentationsMissesAndFalsePositives() {
		HandLabels truth = new HandLabels("head", "tail");
		HandLabels predicted = new HandLabels("head", "tail");
		for (int t = 0; t < 10; t++) {
			truth.frame(t).user("female", t, 10, t + 10, 10).user("male", 100 - t, 50, 110 - t, 50);
			predicted.frame(t);
			boolean swapped = t >= 4 && t <= 6;
			if (t != 8) {
				predicted.predicted(swapped ? "b" : "a", 1, t + 1, 11, t + 11, 11);
			}
			predicted.predicted(swapped ? "a" : "b", 1, 100 - t, 52, 110 - t, 52);
			if (t == 9) {
				predicted.predicted("c", 1, 500, 500, 510, 500);
			}
		}
		Figures figures = TrackingAccuracy.compare(truth.labels, predicted.labels, 10);
		assertEquals(new Figures(10, 20, 19, 1, 1, 4, 1, 2), figures);
		assertEquals(1 - 6.0 / 20, figures.mota(), 1e-12);
	}

	/**
	 * Three animals 40 px apart over twelve frames. Frames 4–7 rotate the three predicted tracks (A on b, B on c, C on
	 * a: three switches); A is missed in frame 8 and comes back on a new track d (one switch, one fragmentation);
	 * C leaves the ground truth and the predictions in frame 10 and comes back on its track in frame 11 (neither a
	 * switch nor a fragmentation).
	 */
	@Test
	void countsARotationOfThreeTracksANewTrackAfterAGapAndAnAnimalLeaving() {
		HandLabels truth = new HandLabels("head");
		HandLabels predicted = new HandLabels("head");
		String[] animals = { "A", "B", "C" };
		for (int t = 0; t < 12; t++) {
			truth.frame(t);
			predicted.frame(t);
			for (int k = 0; k < 3; k++) {
				if (k == 2 && t == 10) {
					continue;
				}
				truth.user(animals[k], t, 40 * k);
				if (k == 0 && t == 8) {
					continue;
				}
				predicted.predicted(track(k, t), 1, t + 1, 40 * k + 1);
			}
		}
		Figures figures = TrackingAccuracy.compare(truth.labels, predicted.labels, 10);
		assertEquals(new Figures(12, 35, 34, 1, 0, 4, 1, 4), figures);
		assertEquals(1 - 5.0 / 35, figures.mota(), 1e-12);
	}

	/** @return the predicted track of animal {@code k} in frame {@code t} */
	private static String track(int k, int t) {
		if (t < 4) {
			return "abc".substring(k, k + 1);
		}
		if (k == 0 && t >= 9) {
			return "d";
		}
		return "bca".substring(k, k + 1);
	}

	@Test
	void perfectTracksHaveNoErrorsAndFarPredictionsDoNotMatch() {
		HandLabels truth = new HandLabels("head");
		HandLabels predicted = new HandLabels("head");
		for (int t = 0; t < 5; t++) {
			truth.frame(t).user("female", t, 0).user("male", t, 100);
			predicted.frame(t).predicted("track_0", 1, t, 1).predicted("track_1", 1, t, 60);
		}
		Figures figures = TrackingAccuracy.compare(truth.labels, predicted.labels, 20);
		assertEquals(new Figures(5, 10, 5, 5, 5, 0, 0, 1), figures);
		assertEquals(1.0, TrackingAccuracy.compare(truth.labels, predicted.labels, 50).mota());
	}
}
