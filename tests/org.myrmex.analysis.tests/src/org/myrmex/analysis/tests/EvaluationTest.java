// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.analysis.eval.DistanceMetrics;
import org.myrmex.analysis.eval.Evaluation;
import org.myrmex.analysis.eval.EvaluationException;
import org.myrmex.analysis.eval.EvaluationReport;
import org.myrmex.analysis.eval.InstanceMatching;
import org.myrmex.analysis.eval.Metrics;
import org.myrmex.analysis.eval.MetricsJson;
import org.myrmex.analysis.eval.Oks;
import org.myrmex.analysis.eval.Pose;
import org.myrmex.analysis.eval.VocMetrics;

/** The evaluator on instances made by hand, where every figure can be worked out on paper. */
class EvaluationTest {
	private static final double NAN = Double.NaN;
	/** Three nodes spanning a 10 × 10 box: area 100, so σ 0.025 gives ks = exp(-d² / 0.5). */
	private static final double[] ANT = { 0, 0, 10, 0, 10, 10 };

	private static Pose pose(double score, double... xy) {
		double[] x = new double[xy.length / 2];
		double[] y = new double[xy.length / 2];
		for (int i = 0; i < x.length; i++) {
			x[i] = xy[2 * i];
			y[i] = xy[2 * i + 1];
		}
		return new Pose(x, y, score);
	}

	private static double[] shifted(double[] xy, double dx, double dy) {
		double[] moved = xy.clone();
		for (int i = 0; i < moved.length; i += 2) {
			moved[i] += dx;
			moved[i + 1] += dy;
		}
		return moved;
	}

	@Test
	void identicalPosesHaveOksOne() {
		assertEquals(1.0, Oks.of(pose(NAN, ANT), pose(0.9, ANT)));
	}

	@Test
	void oksOfAKnownDisplacement() {
		// node 2 one pixel off: ks = exp(-1 / ((2 · 0.025)² · 2 · 100)) = exp(-2)
		Pose prediction = pose(1, 0, 0, 10, 0, 11, 10);
		assertEquals((2 + Math.exp(-2)) / 3, Oks.of(pose(NAN, ANT), prediction), 1e-12);
		assertEquals(100, Oks.area(pose(NAN, ANT)));
	}

	@Test
	void missingPredictedNodesScoreZeroAndMissingTruthNodesAreLeftOut() {
		assertEquals(2.0 / 3, Oks.of(pose(NAN, ANT), pose(1, 0, 0, NAN, NAN, 10, 10)), 1e-15);
		// truth without node 1: the box is still 10 × 10 (nodes 0 and 2), node 1 is not counted
		assertEquals(1.0, Oks.of(pose(NAN, 0, 0, NAN, NAN, 10, 10), pose(1, 0, 0, 50, 50, 10, 10)));
		assertTrue(Double.isNaN(Oks.of(pose(NAN, NAN, NAN, NAN, NAN, NAN, NAN), pose(1, ANT))));
	}

	@Test
	void greedyMatchingGivesTheBestTruthToTheHighestScore() {
		Pose left = pose(NAN, ANT);
		Pose right = pose(NAN, shifted(ANT, 20, 0));
		Pose strongNearRight = pose(0.9, shifted(ANT, 19.5, 0));
		Pose weakNearRight = pose(0.4, shifted(ANT, 20.2, 0));
		InstanceMatching matching = InstanceMatching.of(List.of(left, right), List.of(weakNearRight, strongNearRight),
				new double[] { 0.025, 0.025, 0.025 });
		assertEquals(1, matching.pairs().size(), "the weak one's only candidate left is 20 px away: OKS 0");
		assertSame(right, matching.pairs().get(0).truth());
		assertSame(strongNearRight, matching.pairs().get(0).prediction());
		assertEquals(List.of(left), matching.falseNegatives());
		assertEquals(1, matching.unmatched());
	}

	@Test
	void knownDistancesGivePercentilesAndPck() throws Exception {
		HandLabels truth = new HandLabels("head", "thorax", "abdomen").frame(0, 0).user(ANT);
		HandLabels predicted = new HandLabels("head", "thorax", "abdomen").frame(0, 0)
				.predicted(0.8, shifted(ANT, 3, 4));
		Metrics metrics = Evaluation.of(truth.labels, "gt.slp", predicted.labels, "pr.slp").metrics();
		assertEquals(1, metrics.matched());
		assertEquals(5.0, metrics.distance().p50(), 1e-12);
		assertEquals(5.0, metrics.distance().p99(), 1e-12);
		assertEquals(5.0, metrics.distance().mean(), 1e-12);
		// 5 px is within 6…10 px: half of the thresholds
		assertEquals(0.5, metrics.meanPck(), 1e-15);
		assertEquals(3, metrics.visibility().tp());
		assertEquals(1.0, metrics.visibility().precision());
		assertEquals(Math.exp(-50), metrics.meanOks(), 1e-30);
		assertEquals("thorax", metrics.perNode().get(1).node());
		assertEquals(5.0, metrics.perNode().get(1).distance().p50(), 1e-12);
	}

	@Test
	void aMissedInstanceLowersRecall() throws Exception {
		HandLabels truth = new HandLabels("head", "thorax", "abdomen").frame(0, 7).user(ANT).user(shifted(ANT, 100, 0));
		HandLabels predicted = new HandLabels("head", "thorax", "abdomen").frame(0, 7).predicted(0.9, ANT);
		Metrics metrics = Evaluation.of(truth.labels, "gt.slp", predicted.labels, "pr.slp").metrics();
		assertEquals(2, metrics.truthInstances());
		assertEquals(1, metrics.matched());
		assertEquals(1, metrics.missed());
		assertEquals(0.5, metrics.oksVoc().mAR());
		// precision 1 up to recall 0.5: 51 of the 101 recall thresholds
		assertEquals(51.0 / 101, metrics.oksVoc().mAP(), 1e-12);

		HandLabels both = new HandLabels("head", "thorax", "abdomen").frame(0, 7).predicted(0.9, ANT)
				.predicted(0.7, shifted(ANT, 100, 0));
		Metrics all = Evaluation.of(truth.labels, "gt.slp", both.labels, "pr.slp").metrics();
		assertEquals(1.0, all.oksVoc().mAR());
		assertEquals(1.0, all.oksVoc().mAP(), 1e-12);
	}

	@Test
	void aMisplacedNodeIsAVisibilityError() throws Exception {
		HandLabels truth = new HandLabels("head", "thorax", "abdomen").frame(0, 0).user(0, 0, 10, 0, NAN, NAN);
		HandLabels predicted = new HandLabels("head", "thorax", "abdomen").frame(0, 0).predicted(0.5, 0, 0, NAN, NAN,
				10, 10);
		Metrics metrics = Evaluation.of(truth.labels, "gt.slp", predicted.labels, "pr.slp").metrics();
		assertEquals(1, metrics.visibility().tp());
		assertEquals(1, metrics.visibility().fp());
		assertEquals(1, metrics.visibility().fn());
		assertEquals(0, metrics.visibility().tn());
		assertEquals(0.5, metrics.visibility().precision());
		assertEquals(0.5, metrics.visibility().recall());
		assertEquals(1, metrics.distance().count(), "only the head is in both");
	}

	@Test
	void nodesAreMatchedByName() throws Exception {
		HandLabels truth = new HandLabels("head", "thorax", "abdomen").frame(0, 0).user(ANT);
		HandLabels predicted = new HandLabels("abdomen", "head", "thorax").frame(0, 0).predicted(0.5, 10, 10, 0, 0, 10,
				0);
		assertEquals(1.0, Evaluation.of(truth.labels, "gt.slp", predicted.labels, "pr.slp").metrics().meanOks());
	}

	@Test
	void refusesDifferentSkeletonsNamingTheNodes() {
		HandLabels truth = new HandLabels("head", "thorax", "abdomen").frame(0, 0).user(ANT);
		HandLabels predicted = new HandLabels("head", "thorax", "tail").frame(0, 0).predicted(0.5, ANT);
		EvaluationException e = assertThrows(EvaluationException.class,
				() -> Evaluation.of(truth.labels, "gt.slp", predicted.labels, "pr.slp"));
		assertEquals("different skeletons: gt.slp has nodes [head, thorax, abdomen], pr.slp skeleton 'ant' has "
				+ "[head, thorax, tail]; only in gt.slp: abdomen; only in pr.slp: tail", e.getMessage());
	}

	@Test
	void refusesDifferentVideosNamingThem() {
		HandLabels truth = new HandLabels("head").frame(0, 0).user(1, 1);
		HandLabels predicted = new HandLabels("head");
		predicted.labels.getVideos().get(0).setFilename("other.mp4");
		predicted.frame(0, 0).predicted(0.5, 1, 1);
		EvaluationException e = assertThrows(EvaluationException.class,
				() -> Evaluation.of(truth.labels, "gt.slp", predicted.labels, "pr.slp"));
		assertEquals("different videos: gt.slp labels clip.mp4, not in pr.slp; pr.slp predicts other.mp4, not in "
				+ "gt.slp", e.getMessage());
	}

	@Test
	void videosMovedToAnotherFolderStillPair() throws Exception {
		HandLabels truth = new HandLabels("head").frame(0, 0).user(1, 1);
		truth.labels.getVideos().get(0).setFilename("D:/ants/clip.mp4");
		HandLabels predicted = new HandLabels("head").frame(0, 0).predicted(0.5, 1, 1);
		predicted.labels.getVideos().get(0).setFilename("/data/clip.mp4");
		assertEquals(1, Evaluation.of(truth.labels, "gt.slp", predicted.labels, "pr.slp").metrics().matched());
	}

	@Test
	void refusesWhenNoLabelledFrameHasPredictions() {
		HandLabels truth = new HandLabels("head").frame(0, 0).user(1, 1).frame(0, 1).user(2, 2);
		HandLabels predicted = new HandLabels("head").frame(0, 5).predicted(0.5, 1, 1);
		EvaluationException e = assertThrows(EvaluationException.class,
				() -> Evaluation.of(truth.labels, "gt.slp", predicted.labels, "pr.slp"));
		assertEquals("none of the 2 user-labelled frames of gt.slp has predictions in pr.slp", e.getMessage());
		HandLabels empty = new HandLabels("head").frame(0, 0);
		e = assertThrows(EvaluationException.class,
				() -> Evaluation.of(empty.labels, "gt.slp", predicted.labels, "pr.slp"));
		assertEquals("gt.slp has no user instances to evaluate against", e.getMessage());
	}

	@Test
	void framesWithoutPredictionsAreLeftOutAndSaidSo() throws Exception {
		HandLabels truth = new HandLabels("head").frame(0, 0).user(1, 1).frame(0, 1).user(2, 2);
		HandLabels predicted = new HandLabels("head").frame(0, 0).predicted(0.5, 1, 1).frame(0, 1);
		Evaluation evaluation = Evaluation.of(truth.labels, "gt.slp", predicted.labels, "pr.slp");
		assertEquals(2, evaluation.metrics().framePairs(), "an empty predicted frame pairs: its truth is missed");
		assertEquals(1, evaluation.metrics().missed());
		HandLabels fewer = new HandLabels("head").frame(0, 0).predicted(0.5, 1, 1);
		evaluation = Evaluation.of(truth.labels, "gt.slp", fewer.labels, "pr.slp");
		assertEquals(1, evaluation.metrics().framePairs());
		assertEquals(0, evaluation.metrics().missed());
		assertEquals(List.of("1 user-labelled frames of gt.slp have no frame in pr.slp and are left out, as SLEAP "
				+ "leaves them out"), evaluation.notes());
	}

	@Test
	void predictionsWithoutScoresAreEvaluatedInFileOrder() throws Exception {
		HandLabels truth = new HandLabels("head", "thorax", "abdomen").frame(0, 0).user(ANT);
		HandLabels users = new HandLabels("head", "thorax", "abdomen").frame(0, 0).user(ANT);
		Evaluation evaluation = Evaluation.of(truth.labels, "gt.slp", users.labels, "pr.slp");
		assertEquals(1.0, evaluation.metrics().meanOks());
		assertEquals(1.0, evaluation.metrics().oksVoc().mAP(), 1e-12);
		assertEquals(List.of("pr.slp holds no predicted instances: its user instances are evaluated as predictions "
				+ "without scores, ranked in file order"), evaluation.notes());

		HandLabels unscored = new HandLabels("head", "thorax", "abdomen").frame(0, 0).predicted(NAN, ANT);
		evaluation = Evaluation.of(truth.labels, "gt.slp", unscored.labels, "pr.slp");
		assertEquals(1, evaluation.metrics().matched());
		assertEquals(List.of("1 predictions have no score: they are ranked after the scored ones, in file order"),
				evaluation.notes());
	}

	@Test
	void unscoredPredictionsRankLast() {
		Pose truth = pose(NAN, ANT);
		Pose unscored = pose(NAN, ANT);
		Pose scored = pose(0.1, shifted(ANT, 0.5, 0));
		InstanceMatching matching = InstanceMatching.of(List.of(truth), List.of(unscored, scored),
				new double[] { 0.025, 0.025, 0.025 });
		assertSame(scored, matching.pairs().get(0).prediction());
	}

	@Test
	void predictionsThatMatchNothingGiveZeroPrecisionAndNoDistances() throws Exception {
		HandLabels truth = new HandLabels("head", "thorax", "abdomen").frame(0, 0).user(ANT);
		HandLabels far = new HandLabels("head", "thorax", "abdomen").frame(0, 0).predicted(0.9, shifted(ANT, 500, 0));
		Evaluation evaluation = Evaluation.of(truth.labels, "gt.slp", far.labels, "pr.slp");
		Metrics metrics = evaluation.metrics();
		assertEquals(0, metrics.matched());
		assertEquals(1, metrics.missed());
		assertEquals(1, metrics.unmatchedPredictions());
		assertEquals(0.0, metrics.oksVoc().mAP());
		assertEquals(0.0, metrics.oksVoc().mAR());
		assertTrue(Double.isNaN(metrics.distance().p50()));
		String json = MetricsJson.toJson(evaluation);
		assertTrue(json.contains("\"dist.p50\" : null"), json);
		assertTrue(json.contains("\"oks_voc.mAP\" : 0.0"), json);
		assertTrue(EvaluationReport.text(evaluation).contains("Distance (px): mean n/a  p50 n/a"),
				EvaluationReport.text(evaluation));
	}

	@Test
	void thresholdsAndPercentilesAreNumpys() {
		assertArrayEquals(new double[] { 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.8999999999999999, 0.95 },
				VocMetrics.sleapMatchScoreThresholds());
		assertEquals(101, VocMetrics.sleapRecallThresholds().length);
		assertEquals(0.07, VocMetrics.sleapRecallThresholds()[7]);
		DistanceMetrics distance = DistanceMetrics.of(new double[] { 4, NAN, 1, 3, 2 });
		assertEquals(4, distance.count());
		assertEquals(2.5, distance.mean());
		// np.percentile([1, 2, 3, 4], [50, 75, 90, 95, 99])
		assertArrayEquals(new double[] { 2.5, 3.25, 3.7, 3.8499999999999996, 3.9699999999999998 },
				new double[] { distance.p50(), distance.p75(), distance.p90(), distance.p95(), distance.p99() });
		assertTrue(Double.isNaN(DistanceMetrics.of(new double[] { NAN }).p50()));
	}
}
