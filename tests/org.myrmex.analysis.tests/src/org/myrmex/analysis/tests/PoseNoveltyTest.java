// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myrmex.analysis.internal.suggest.PoseNovelty;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.nn.predict.PredictedPose;

/**
 * Active learning's pose novelty on the ground truth of two walking flies ({@code tracks/clip.slp}, 1500 frames,
 * every frame labelled): the labelled instances stand in for the model's predictions, so the expected answers follow
 * from the poses alone.
 */
class PoseNoveltyTest {
	private static List<LabeledFrame> frames;
	private static List<String> nodes;

	@BeforeAll
	static void load() throws Exception {
		Labels labels = LabelsFiles.load(Fixtures.get("sleap/tracks/clip.slp"));
		frames = List.copyOf(labels.getLabeledFrames());
		assertEquals(1500, frames.size());
		// the predictor's node order differs from the skeleton's: reversed
		nodes = new ArrayList<>(labels.getSkeletons().get(0).getNodes().stream().map(Node::getName).toList());
		Collections.reverse(nodes);
	}

	@Test
	void samePoseElsewhereIsNoDifferentAndNoSharedNodeIsInfinitelyFar() {
		PredictedPose pose = predicted(frames.get(10).getInstances().get(0));
		double[] moved = pose.points().clone();
		for (int i = 0; i < moved.length; i++) {
			moved[i] += 250;
		}
		double[] a = PoseNovelty.describe(pose);
		assertEquals(0, PoseNovelty.distance(a, PoseNovelty.describe(new PredictedPose(moved, pose.pointScores(), 1))),
				1e-9);
		assertTrue(PoseNovelty.distance(a, PoseNovelty.describe(predicted(frames.get(10).getInstances().get(1)))) > 5,
				"the two flies of a frame differ");
		double[] none = new double[a.length];
		Arrays.fill(none, Double.NaN);
		assertEquals(Double.POSITIVE_INFINITY, PoseNovelty.distance(a, none));
	}

	/**
	 * In frames 0–999 of the clip the two flies sit still (their poses move by less than a pixel); from frame 1000 on
	 * they walk and turn. Labelled: every 100th frame of the still part. The other still frames are not new; the
	 * walking ones are.
	 */
	@Test
	void stillFliesAreKnownWalkingFliesAreNew() {
		List<LabeledFrame> labelled = new ArrayList<>();
		List<List<PredictedPose>> candidates = new ArrayList<>();
		for (int f = 0; f < 1000; f += 100) {
			labelled.add(frames.get(f));
			candidates.add(predictedOf(frames.get(f + 50)));
		}
		for (int f = 1050; f < 1500; f += 50) {
			candidates.add(predictedOf(frames.get(f)));
		}
		candidates.add(List.of());
		PoseNovelty novelty = new PoseNovelty(candidates, PoseNovelty.describe(labelled, nodes));
		for (int i = 0; i < 10; i++) {
			assertTrue(novelty.of(i) < 0.15, "still frame " + (100 * i + 50) + ": novelty " + novelty.of(i));
		}
		for (int i = 10; i < 19; i++) {
			assertTrue(novelty.of(i) > 0.6, "walking frame " + (50 * i + 550) + ": novelty " + novelty.of(i));
		}
		assertEquals(1, novelty.of(19), "a frame where nothing was found is unknown");

		// picking a frame makes its poses known: its own novelty falls to 0, no other frame's rises
		double[] before = new double[20];
		for (int i = 0; i < before.length; i++) {
			before[i] = novelty.of(i);
		}
		novelty.pick(12);
		assertEquals(0, novelty.of(12), 1e-9);
		for (int i = 0; i < before.length; i++) {
			assertTrue(novelty.of(i) <= before[i], "novelty never rises: candidate " + i);
		}
		assertTrue(novelty.of(11) < before[11] || novelty.of(13) < before[13], "its neighbours 50 frames away");
	}

	@Test
	void withoutLabelledInstancesEveryFrameIsNewUntilOneLikeItIsPicked() {
		List<List<PredictedPose>> candidates = List.of(predictedOf(frames.get(0)), predictedOf(frames.get(500)),
				predictedOf(frames.get(1200)));
		PoseNovelty novelty = new PoseNovelty(candidates, List.of());
		for (int i = 0; i < 3; i++) {
			assertEquals(1, novelty.of(i));
		}
		novelty.pick(0);
		assertTrue(novelty.of(1) < 0.15, "frame 500 once frame 0 is picked (the same still flies): " + novelty.of(1));
		assertTrue(novelty.of(2) > 0.6, "frame 1200 once frame 0 is picked (walking flies): " + novelty.of(2));
	}

	/** @return the frame's instances as a predictor ordering its nodes as {@link #nodes} would give them */
	private static List<PredictedPose> predictedOf(LabeledFrame frame) {
		return frame.getInstances().stream().map(PoseNoveltyTest::predicted).toList();
	}

	private static PredictedPose predicted(Instance instance) {
		List<String> names = instance.getSkeleton().getNodes().stream().map(Node::getName).toList();
		PointArray points = instance.getPoints();
		double[] xy = new double[2 * nodes.size()];
		double[] scores = new double[nodes.size()];
		for (int n = 0; n < nodes.size(); n++) {
			int i = names.indexOf(nodes.get(n));
			boolean visible = points.visible(i);
			xy[2 * n] = visible ? points.x(i) : Double.NaN;
			xy[2 * n + 1] = visible ? points.y(i) : Double.NaN;
			scores[n] = visible ? 1 : 0;
		}
		return new PredictedPose(xy, scores, 1);
	}
}
