// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PosePredictor;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.TopDownPredictor;
import org.myrmex.nn.tests.PredictionFixtures.Frames;

/**
 * Top-down predictions of SLEAP's fixture models match SLEAP's own ({@code labels_pr.*.slp}) on the frames of
 * {@code labels_gt.*.slp}. SLEAP evaluated each model of the pair alone: the centred-instance model on crops around
 * the ground-truth centroids, the centroid model by pairing its peaks with the ground-truth instances (instance score
 * = centroid confidence). Both are checked exactly, then the two models as a pair.
 */
class TopDownPredictionTest {
	private static final String CENTROID = "minimal_instance.UNet.centroid";
	private static final String CENTRED = "minimal_instance.UNet.centered_instance";
	/**
	 * SLEAP wrote the centroid model's {@code labels_pr} with the weights of its last epoch (23), not those of
	 * {@code best_model.h5} (epoch 13, the lowest validation loss in {@code training_log.csv}); its confidences differ
	 * from best_model.h5's by up to 0.0054. (The centred-instance and bottom-up models' best epoch is their last,
	 * and their predictions match to 1e-6.)
	 */
	private static final double CENTROID_SCORES = 0.01;
	private static TopDownPredictor predictor;

	@BeforeAll
	static void load() throws Exception {
		predictor = (TopDownPredictor) PosePredictor.create(List.of(PoseModel.load(PredictionFixtures.model(CENTROID)),
				PoseModel.load(PredictionFixtures.model(CENTRED))), PredictionOptions.defaults());
	}

	@AfterAll
	static void close() {
		predictor.close();
	}

	@Test
	void centredInstanceModelMatchesSleapOnGroundTruthCentroids() throws Exception {
		for (String split : List.of("train", "val")) {
			Frames truth = frames(CENTRED, "gt", split);
			Frames sleap = frames(CENTRED, "pr", split);
			List<List<double[]>> centroids = new ArrayList<>();
			truth.instances().forEach(f -> centroids.add(f.stream().map(PredictionFixtures::boxCentre).toList()));
			assertMatches(sleap.instances(), predictor.predictAt(truth.images(), centroids), 0.05, 1e-3, split);
		}
	}

	@Test
	void centroidModelGivesSleapsCentroidsAndScores() throws Exception {
		for (String split : List.of("train", "val")) {
			Frames sleap = frames(CENTROID, "pr", split);
			List<List<PredictedPose>> ours = predictor.predict(sleap.images());
			for (int f = 0; f < ours.size(); f++) {
				assertEquals(sleap.instances().get(f).size(), ours.get(f).size(), split);
				for (PredictedPose expected : sleap.instances().get(f)) {
					PredictedPose actual = PredictionFixtures.closest(expected, ours.get(f));
					assertEquals(expected.score(), actual.score(), CENTROID_SCORES, split + " centroid confidence");
				}
			}
		}
	}

	/**
	 * SLEAP's labels_pr of the centred-instance model used ground-truth centroids; the pair crops at the predicted
	 * ones (up to ~0.5 px away), which moves points by up to 0.45 px and point scores by up to 0.08.
	 */
	@Test
	void thePairPredictsSleapsInstances() throws Exception {
		for (String split : List.of("train", "val")) {
			Frames sleap = frames(CENTRED, "pr", split);
			List<List<PredictedPose>> ours = predictor.predict(sleap.images());
			Frames centroids = frames(CENTROID, "pr", split);
			assertMatches(sleap.instances(), ours, 1.0, 0.1, split + " (crops at predicted, not ground-truth centroids)",
					false);
			for (int f = 0; f < ours.size(); f++) {
				for (PredictedPose expected : centroids.instances().get(f)) {
					assertEquals(expected.score(), PredictionFixtures.closest(expected, ours.get(f)).score(),
							CENTROID_SCORES, split + ": instance score = centroid confidence");
				}
			}
		}
	}

	@Test
	void framesDecodedByMyrmexGiveNearlySleapsPredictions() throws Exception {
		Frames truth = PredictionFixtures.read(PredictionFixtures.model(CENTRED).resolve("labels_gt.val.slp"),
				PredictionFixtures.FLIES_VIDEO);
		Frames sleap = frames(CENTRED, "pr", "val");
		List<List<double[]>> centroids = new ArrayList<>();
		truth.instances().forEach(f -> centroids.add(f.stream().map(PredictionFixtures::boxCentre).toList()));
		assertMatches(sleap.instances(), predictor.predictAt(truth.images(), centroids), 0.1, 0.02,
				"luma-plane grey frames");
	}

	private static Frames frames(String model, String kind, String split) throws Exception {
		return PredictionFixtures.readAsSleap(PredictionFixtures.model(model).resolve("labels_" + kind + "." + split
				+ ".slp"), PredictionFixtures.FLIES_VIDEO);
	}

	static void assertMatches(List<List<PredictedPose>> expected, List<List<PredictedPose>> actual, double pixels,
			double scores, String what) {
		assertMatches(expected, actual, pixels, scores, what, true);
	}

	/** @param instanceScores whether instance scores are compared too */
	static void assertMatches(List<List<PredictedPose>> expected, List<List<PredictedPose>> actual, double pixels,
			double scores, String what, boolean instanceScores) {
		assertEquals(expected.size(), actual.size(), what + ": frames");
		for (int f = 0; f < expected.size(); f++) {
			assertEquals(expected.get(f).size(), actual.get(f).size(), what + ": instances in frame " + f);
			double distance = PredictionFixtures.meanPointDistance(expected.get(f), actual.get(f));
			System.out.printf("%s, frame %d: mean point difference %.6f px%n", what, f, distance);
			assertTrue(distance <= pixels, what + ": mean point difference " + distance + " px");
			for (PredictedPose e : expected.get(f)) {
				PredictedPose a = PredictionFixtures.closest(e, actual.get(f));
				if (instanceScores) {
					assertEquals(e.score(), a.score(), scores, what + ": instance score");
				}
				for (int i = 0; i < e.nodeCount(); i++) {
					assertEquals(e.pointScores()[i], a.pointScores()[i], scores, what + ": point score " + i);
				}
			}
		}
	}
}
