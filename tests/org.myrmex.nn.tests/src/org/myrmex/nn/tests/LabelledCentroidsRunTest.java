// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.PredictionRun;
import org.myrmex.nn.predict.PredictionSummary;
import org.myrmex.nn.predict.TopDownPredictor;

/**
 * {@link PredictionRun#atLabelledCentroids}: SLEAP's centred-instance fixture model alone, predicting the labelled
 * frames of its {@code labels_gt.<split>.slp} at the user instances' centroids, gives SLEAP's
 * {@code labels_pr.<split>.slp} (which SLEAP made the same way), up to Myrmex's own frame decoding (0.1 px).
 */
class LabelledCentroidsRunTest {
	private static final String CENTRED = "minimal_instance.UNet.centered_instance";

	@Test
	void predictsSleapsInstancesAtTheGroundTruthCentroids() throws Exception {
		PoseModel model = PoseModel.load(PredictionFixtures.model(CENTRED));
		for (String split : List.of("train", "val")) {
			Path truthFile = PredictionFixtures.model(CENTRED).resolve("labels_gt." + split + ".slp");
			Labels labels = SlpReader.read(truthFile);
			PredictionSummary summary;
			try (PredictionRun run = PredictionRun.atLabelledCentroids(model, PredictionOptions.defaults())) {
				summary = run.run(labels, truthFile, FrameSelection.labeled(), p -> {
				}, null);
			}
			assertEquals(labels.getLabeledFrames().size(), summary.frames(), split);
			List<List<PredictedPose>> ours = new ArrayList<>();
			for (LabeledFrame frame : labels.getLabeledFrames()) {
				List<PredictedPose> poses = new ArrayList<>();
				long users = frame.getInstances().stream().filter(i -> !(i instanceof PredictedInstance)).count();
				for (Instance instance : frame.getInstances()) {
					if (instance instanceof PredictedInstance p) {
						assertEquals(1.0, p.getScore(), split + ": an instance at a given centroid scores 1");
						poses.add(PredictionFixtures.pose(instance));
					}
				}
				assertEquals(users, poses.size(), split + ": one prediction per user instance");
				ours.add(poses);
			}
			List<List<PredictedPose>> sleap = PredictionFixtures.read(PredictionFixtures.model(CENTRED)
					.resolve("labels_pr." + split + ".slp"), PredictionFixtures.FLIES_VIDEO).instances();
			TopDownPredictionTest.assertMatches(sleap, ours, 0.1, 0.02, split + " at labelled centroids", false);
		}
	}

	@Test
	void onlyACentredInstanceModelPredictsAtGivenCentroids() throws Exception {
		PoseModel centroid = PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centroid"));
		ModelException e = assertThrows(ModelException.class,
				() -> PredictionRun.atLabelledCentroids(centroid, PredictionOptions.defaults()));
		assertTrue(e.getMessage().contains("not a centered_instance model"), e.getMessage());
		try (TopDownPredictor alone = TopDownPredictor.atGivenCentroids(
				PoseModel.load(PredictionFixtures.model(CENTRED)), PredictionOptions.defaults())) {
			assertTrue(alone.atGivenCentroidsOnly());
			assertThrows(IllegalStateException.class, () -> alone.predict(
					PredictionFixtures.read(PredictionFixtures.model(CENTRED).resolve("labels_gt.val.slp"),
							PredictionFixtures.FLIES_VIDEO).images()));
		}
	}
}
