// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.internal.predict.ModelRunner;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PosePredictor;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.nn.predict.PredictionListener;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.PredictionRun;
import org.myrmex.nn.predict.PredictionSummary;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingListener;
import org.myrmex.nn.tests.PredictionFixtures.Frames;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * A model trained by Myrmex (a TensorFlow SavedModel in {@code best_model/}, variables named {@code layer.kind})
 * loads into a freshly built inference graph that computes what the SavedModel itself computes, and predicts, also
 * in a prediction run over {@code tracks/clip.mp4}.
 */
class MyrmexModelPredictionTest {

	@Test
	void aMyrmexRunFolderLoadsAndPredicts(@TempDir Path folder) throws Exception {
		Trainer.train(TrainingRuns.robot(folder, 1, 1, c -> {
		}), new TrainingListener() {
		}, new NullProgressMonitor());
		Path run = folder.resolve("run");
		PoseModel model = PoseModel.load(run);
		assertEquals(run.resolve("best_model"), model.weightsFile());
		assertEquals("", model.headSuffix());
		assertEquals(3, model.channels());
		Frames truth = PredictionFixtures.read(PredictionFixtures.model("minimal_robot.UNet.single_instance")
				.resolve("labels_gt.train.slp"), PredictionFixtures.ROBOT_VIDEO);
		float[] pixels = new float[320 * 560 * 3];
		byte[] rgb = truth.images().get(0).pixels();
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = rgb[i] & 0xff;
		}
		float[] ours;
		try (ModelRunner runner = new ModelRunner(model, 320, 560, 1.0, 4, null)) {
			ours = runner.run(pixels, 1).get(0).data();
		}
		float[] normalised = new float[pixels.length];
		for (int i = 0; i < pixels.length; i++) {
			normalised[i] = pixels[i] / 255f;
		}
		try (SavedModelBundle bundle = SavedModelBundle.load(run.resolve("best_model").toString(), "serve");
				TFloat32 image = TFloat32.tensorOf(Shape.of(1, 320, 560, 3), DataBuffers.of(normalised, true, false));
				Result result = bundle.function("serving_default").call(java.util.Map.of("image", image))) {
			TFloat32 maps = (TFloat32) result.get("SingleInstanceConfmapsHead").orElseThrow();
			float[] theirs = new float[(int) maps.shape().size()];
			maps.asRawTensor().data().asFloats().read(theirs);
			assertEquals(theirs.length, ours.length);
			for (int i = 0; i < ours.length; i++) {
				assertEquals(theirs[i], ours[i], 1e-5f, "confidence map value " + i);
			}
		}
		try (PosePredictor predictor = PosePredictor.create(List.of(model),
				PredictionOptions.defaults().withPeakThreshold(0))) {
			List<List<PredictedPose>> poses = predictor.predict(truth.images());
			assertEquals(1, poses.get(0).size());
			PredictedPose pose = poses.get(0).get(0);
			for (int node = 0; node < pose.nodeCount(); node++) {
				assertTrue(Double.isFinite(pose.x(node)) && Double.isFinite(pose.y(node)), "node " + node);
			}
		}
	}

	/** The check that Myrmex's own models predict on {@code tracks/clip.mp4}: structure, not accuracy. */
	@Test
	void aMyrmexModelPredictsOnTheClip(@TempDir Path folder) throws Exception {
		Trainer.train(TrainingRuns.robot(folder, 1, 1, c -> {
		}), new TrainingListener() {
		}, new NullProgressMonitor());
		try (PredictionRun run = PredictionRun.create(List.of(PoseModel.load(folder.resolve("run"))),
				PredictionOptions.defaults().withPeakThreshold(0).withBatchSize(2))) {
			Labels labels = run.labelsFor(Fixtures.get("sleap/tracks/clip.mp4"));
			PredictionSummary summary = run.run(labels, null, FrameSelection.range(100, 104), PredictionListener.NONE,
					new NullProgressMonitor());
			assertEquals(5, summary.frames());
			assertEquals(List.of(100, 101, 102, 103, 104),
					labels.getLabeledFrames().stream().map(LabeledFrame::getFrameIndex).toList());
			for (LabeledFrame frame : labels.getLabeledFrames()) {
				assertTrue(frame.getInstances().size() <= 1, "single instance");
				for (Instance instance : frame.getInstances()) {
					PointArray points = instance.getPoints();
					assertEquals(2, points.size());
					for (int i = 0; i < points.size(); i++) {
						boolean finite = Double.isFinite(points.x(i)) && Double.isFinite(points.y(i));
						assertEquals(points.visible(i), finite, "visible exactly where placed");
						assertTrue(finite || Double.isNaN(points.x(i)) && Double.isNaN(points.y(i)));
						assertTrue(!finite || points.x(i) >= -1 && points.x(i) <= 1024 && points.y(i) <= 1024);
					}
				}
			}
		}
	}
}
