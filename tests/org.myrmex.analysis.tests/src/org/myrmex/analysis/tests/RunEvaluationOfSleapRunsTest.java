// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.analysis.eval.Evaluation;
import org.myrmex.analysis.eval.EvaluationException;
import org.myrmex.analysis.eval.Metrics;
import org.myrmex.analysis.eval.RunEvaluation;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.predict.PredictionOptions;

/**
 * {@link RunEvaluation} on SLEAP's fixture run folders: Myrmex's predictor runs SLEAP's Keras model on the frames of
 * {@code labels_gt.<split>.slp}, and the metrics of those predictions equal the metrics of SLEAP's own
 * {@code labels_pr.<split>.slp} (which the analysis bundle matches to SLEAP's {@code metrics.<split>.npz}). Myrmex
 * decodes the frames itself (FFmpeg's luma plane where SLEAP took OpenCV's BGR→grey), which moves points by up to
 * ~0.1 px: hence {@link #PIXELS} on distances.
 */
class RunEvaluationOfSleapRunsTest {
	private static final String MINIMAL = "sleap/models/minimal_instance.UNet.";
	/** OKS / PCK mAP and mAR, visibility precision and recall. */
	private static final double RATIOS = 0.0005;
	/** One instance of two crossing one OKS threshold of ten: 0.05 of mAR. */
	private static final double OKS_STEP = 0.05;
	/** Mean OKS over matched pairs. */
	private static final double MEAN_OKS = 0.005;
	/** Distance percentiles, pixels. */
	private static final double PIXELS = 0.1;
	private static final PredictionOptions CPU = PredictionOptions.defaults().withDevice(ComputeDevice.CPU);

	@TempDir
	Path out;

	@Test
	void bottomUpRunGivesSleapsMetrics() throws Exception {
		assertSleapsMetrics("bottomup", RATIOS);
	}

	/**
	 * As SLEAP evaluates a centred-instance model: crops around the ground-truth centroids. The val split has two
	 * instances: the decoding difference moves one instance's OKS across one of the 10 thresholds (mAP 0.8000 and
	 * mAR 0.80 against SLEAP's 0.8252 and 0.85), so the VOC figures are checked to one threshold step and the mean
	 * OKS, PCK, visibility and distances tightly.
	 */
	@Test
	void centredInstanceRunGivesSleapsMetricsOnGroundTruthCentroids() throws Exception {
		assertSleapsMetrics("centered_instance", OKS_STEP);
	}

	private void assertSleapsMetrics(String model, double voc) throws Exception {
		Path run = Fixtures.get(MINIMAL + model);
		List<RunEvaluation.Split> splits = RunEvaluation.evaluate(run, out, CPU, null);
		assertEquals(List.of("train", "val"), splits.stream().map(RunEvaluation.Split::split).toList());
		for (RunEvaluation.Split split : splits) {
			assertEquals(out.resolve("labels_pr." + split.split() + ".slp"), split.predictions());
			assertEquals(out.resolve("metrics." + split.split() + ".json"), split.metrics());
			assertTrue(Files.isRegularFile(split.metrics()), split.metrics().toString());
			Labels truth = SlpReader.read(run.resolve("labels_gt." + split.split() + ".slp"));
			Labels ours = SlpReader.read(split.predictions());
			assertOnlyPredictions(truth, ours);
			Metrics sleap = Evaluation.of(truth, "gt", SlpReader.read(run.resolve("labels_pr." + split.split()
					+ ".slp")), "pr").metrics();
			Metrics mine = split.evaluation().metrics();
			System.out.printf(Locale.ROOT, "%s %s: Myrmex %s%n%s %s: SLEAP  %s%n", model, split.split(),
					figures(mine), model, split.split(), figures(sleap));
			assertEquals(sleap.matched(), mine.matched(), model + " " + split.split() + ": matched instances");
			assertEquals(sleap.oksVoc().mAP(), mine.oksVoc().mAP(), voc, model + " " + split.split() + ": OKS mAP");
			assertEquals(sleap.oksVoc().mAR(), mine.oksVoc().mAR(), voc, model + " " + split.split() + ": OKS mAR");
			assertEquals(sleap.meanOks(), mine.meanOks(), MEAN_OKS, model + " " + split.split() + ": mean OKS");
			assertArrayEquals(ratios(sleap), ratios(mine), RATIOS, model + " " + split.split());
			assertArrayEquals(distances(sleap), distances(mine), PIXELS, model + " " + split.split());
		}
		assertTrue(Files.readString(splits.get(1).metrics()).contains("\"oks_voc.mAP\""));
	}

	/** Every labelled frame is predicted, and the predictions file holds predictions only. */
	private static void assertOnlyPredictions(Labels truth, Labels ours) {
		assertEquals(truth.getLabeledFrames().size(), ours.getLabeledFrames().size(), "frames");
		for (LabeledFrame frame : ours.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				assertTrue(instance instanceof PredictedInstance, "a user instance in the predictions");
			}
		}
	}

	private static double[] ratios(Metrics m) {
		return new double[] { m.pckVoc().mAP(), m.visibility().precision(), m.visibility().recall() };
	}

	private static double[] distances(Metrics m) {
		return new double[] { m.distance().p50(), m.distance().p90(), m.distance().p95() };
	}

	private static String figures(Metrics m) {
		return String.format(Locale.ROOT, "OKS mAP %.4f mAR %.4f PCK mAP %.4f dist p50 %.4f p90 %.4f p95 %.4f "
				+ "vis P %.4f R %.4f mean OKS %.4f", m.oksVoc().mAP(), m.oksVoc().mAR(), m.pckVoc().mAP(), m.distance().p50(),
				m.distance().p90(), m.distance().p95(), m.visibility().precision(), m.visibility().recall(), m.meanOks());
	}

	@Test
	void aCentroidModelAloneIsNotEvaluated() {
		EvaluationException e = assertThrows(EvaluationException.class,
				() -> RunEvaluation.evaluate(Fixtures.get(MINIMAL + "centroid"), out, CPU, null));
		assertTrue(e.getMessage().contains("a centroid model alone predicts no poses"), e.getMessage());
		assertEquals(0, out.toFile().list().length, "nothing written");
	}

	@Test
	void aFolderWithoutSplitsOrModelIsRefusedByName() throws Exception {
		Path missing = out.resolve("missing");
		EvaluationException e = assertThrows(EvaluationException.class,
				() -> RunEvaluation.evaluate(missing, CPU, null));
		assertEquals(missing + ": no such run folder", e.getMessage());
		Path empty = Files.createDirectory(out.resolve("empty"));
		e = assertThrows(EvaluationException.class, () -> RunEvaluation.evaluate(empty, CPU, null));
		assertTrue(e.getMessage().startsWith(empty + ": no labels_gt.train.slp"), e.getMessage());
		Path noModel = Files.createDirectory(out.resolve("no-model"));
		Files.copy(Fixtures.get(MINIMAL + "bottomup/labels_gt.val.slp"), noModel.resolve("labels_gt.val.slp"));
		e = assertThrows(EvaluationException.class, () -> RunEvaluation.evaluate(noModel, CPU, null));
		assertTrue(e.getMessage().contains(noModel.toString()) && e.getMessage().contains("training_config.json"),
				e.getMessage());
		assertEquals(List.of("labels_gt.val.slp"), List.of(noModel.toFile().list()));
	}
}
