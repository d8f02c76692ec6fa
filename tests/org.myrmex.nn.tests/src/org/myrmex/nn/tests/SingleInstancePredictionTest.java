// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PosePredictor;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.SingleInstancePredictor;
import org.myrmex.nn.predict.TopDownPredictor;
import org.myrmex.nn.tests.PredictionFixtures.Frames;

/**
 * SLEAP models without SLEAP predictions beside them load and predict on their own labelled frames, close to the
 * ground truth: the RGB single-instance robot model (input scaling 0.5, an 8-pixel output grid, integral refinement;
 * within SLEAP's own tolerance for it, 10 px per coordinate: 4–9 px off, the validation frame's labels being those
 * of frame 0 copied) and the SLEAP 1.4 centred-instance model
 * trained with input scaling 0.5 (paired with the centroid model; within about 1 px).
 */
class SingleInstancePredictionTest {

	@Test
	void robotSingleInstanceModelFindsTheLabelledPoints() throws Exception {
		PoseModel model = PoseModel.load(PredictionFixtures.model("minimal_robot.UNet.single_instance"));
		assertEquals(3, model.channels());
		assertEquals("_0", model.headSuffix());
		try (PosePredictor predictor = PosePredictor.create(List.of(model), PredictionOptions.defaults())) {
			assertTrue(predictor instanceof SingleInstancePredictor);
			for (String split : List.of("train", "val")) {
				Frames truth = PredictionFixtures.read(PredictionFixtures.model("minimal_robot.UNet.single_instance")
						.resolve("labels_gt." + split + ".slp"), PredictionFixtures.ROBOT_VIDEO);
				List<List<PredictedPose>> ours = predictor.predict(truth.images());
				assertWithinPerCoordinate(truth.instances().get(0).get(0), ours.get(0).get(0), 10.0, split);
				PredictedPose pose = ours.get(0).get(0);
				assertEquals(pose.pointScores()[0] + pose.pointScores()[1], pose.score(), 1e-6, "sum of point scores");
			}
		}
	}

	@Test
	void centredInstanceModelWithInputScalingFindsTheLabelledPoints() throws Exception {
		PoseModel centred = PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centered_instance_with_scaling"));
		assertEquals("", centred.headSuffix());
		assertEquals(0.5, centred.inputScaling());
		PoseModel centroid = PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centroid"));
		try (TopDownPredictor predictor = new TopDownPredictor(centroid, centred, PredictionOptions.defaults())) {
			assertEquals(112, predictor.cropRegion(), "56-pixel crops of the half-size image");
			Frames truth = PredictionFixtures.read(Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"),
					PredictionFixtures.FLIES_VIDEO);
			assertClose(truth.instances(), predictor.predict(truth.images()), 3.0, "minimal_instance.slp");
		}
	}

	/** SLEAP's own check of this model ({@code test_single_instance_predictor}: {@code atol=10.0}). */
	private static void assertWithinPerCoordinate(PredictedPose truth, PredictedPose ours, double pixels, String what) {
		for (int i = 0; i < 2 * truth.nodeCount(); i++) {
			double difference = Math.abs(truth.points()[i] - ours.points()[i]);
			assertTrue(difference <= pixels, what + ": coordinate " + i + " is " + difference + " px off");
		}
	}

	private static void assertClose(List<List<PredictedPose>> truth, List<List<PredictedPose>> ours, double pixels,
			String what) {
		for (int f = 0; f < truth.size(); f++) {
			assertEquals(truth.get(f).size(), ours.get(f).size(), what + ": instances");
			double distance = PredictionFixtures.meanPointDistance(truth.get(f), ours.get(f));
			System.out.printf("%s, frame %d: mean distance to the labels %.3f px%n", what, f, distance);
			assertTrue(distance <= pixels, what + ": mean distance to the labels " + distance + " px");
		}
	}
}
