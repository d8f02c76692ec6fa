// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PosePredictor;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.tests.PredictionFixtures.Frames;

/**
 * Bottom-up predictions of SLEAP's fixture model ({@code minimal_instance.UNet.bottomup}: confidence maps with
 * offsets, PAFs at stride 4) match SLEAP's own {@code labels_pr.*.slp}: points, point scores and the PAF instance
 * scores.
 */
class BottomUpPredictionTest {
	private static final String MODEL = "minimal_instance.UNet.bottomup";

	@Test
	void bottomUpModelMatchesSleap() throws Exception {
		try (PosePredictor predictor = PosePredictor.create(List.of(PoseModel.load(PredictionFixtures.model(MODEL))),
				PredictionOptions.defaults())) {
			for (String split : List.of("train", "val")) {
				Frames sleap = PredictionFixtures.readAsSleap(PredictionFixtures.model(MODEL).resolve("labels_pr."
						+ split + ".slp"), PredictionFixtures.FLIES_VIDEO);
				TopDownPredictionTest.assertMatches(sleap.instances(), predictor.predict(sleap.images()), 0.05, 1e-3,
						split);
			}
		}
	}
}
