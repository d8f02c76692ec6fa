// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.tracking.Matching;
import org.myrmex.tracking.Similarity;
import org.myrmex.tracking.TrackerKind;
import org.myrmex.tracking.TrackerOptions;
import org.myrmex.tracking.Tracking;
import org.myrmex.tracking.TrackingSummary;
import org.myrmex.tracking.VideoFrames;

/**
 * Every combination of the tracker's options on SLEAP's two-fly clip ({@code tracks/clip.predictions.slp}, its tracks
 * stripped): tracker simple (all 1500 frames) and flow (frames 0–99, optical flow being the costly part) × the five
 * similarities × greedy and Hungarian matching × track windows 5 and 10 × no target, or a target of 2 instances
 * culled by score or by IoU 0.8 first, each with and without connecting breaks. Each run must end valid: every
 * prediction tracked or dropped by culling, one instance per track and frame, tracking scores in the similarity's
 * range, at most 2 instances a frame when culled to 2, and exactly 2 tracks when culled to 2 with breaks connected.
 */
class TrackerOptionCombinationsTest {
	private static final String CLIP = "sleap/tracks/clip.predictions.slp";
	private static final int FLOW_FRAMES = 100;
	private static Path file;
	private static Labels clip;

	@BeforeAll
	static void load() throws Exception {
		file = Fixtures.require(CLIP);
		clip = ClipTrackingTest.untracked(file);
	}

	@TestFactory
	Stream<DynamicTest> everyCombinationEndsValid() {
		List<DynamicTest> tests = new ArrayList<>();
		for (TrackerKind tracker : List.of(TrackerKind.SIMPLE, TrackerKind.FLOW)) {
			for (Similarity similarity : Similarity.values()) {
				for (Matching match : Matching.values()) {
					for (int window : new int[] { 5, 10 }) {
						for (int target = 0; target < 5; target++) {
							TrackerOptions options = options(tracker, similarity, match, window, target);
							String name = String.format("%s %s %s window %d %s", tracker.name().toLowerCase(),
									similarity.id(), match.id(), window, TARGETS[target]);
							tests.add(DynamicTest.dynamicTest(name, () -> check(options, name)));
						}
					}
				}
			}
		}
		assertEquals(200, tests.size());
		return tests.stream();
	}

	private static final String[] TARGETS = { "no target", "target 2", "target 2 connect-breaks",
			"target 2 cull-iou 0.8", "target 2 cull-iou 0.8 connect-breaks" };

	private static TrackerOptions options(TrackerKind tracker, Similarity similarity, Matching match, int window,
			int target) {
		TrackerOptions options = TrackerOptions.defaults().withTracker(tracker).withSimilarity(similarity)
				.withMatch(match).withTrackWindow(window);
		if (target > 0) {
			options = options.withTargetInstances(2, true, target >= 3 ? 0.8 : 0).withConnectBreaks(target % 2 == 0);
		}
		return options;
	}

	private static void check(TrackerOptions options, String what) throws Exception {
		Labels labels = EcoreUtil.copy(clip);
		if (options.tracker() == TrackerKind.FLOW) {
			labels.getLabeledFrames().removeIf(frame -> frame.getFrameIndex() >= FLOW_FRAMES);
		}
		int frames = labels.getLabeledFrames().size();
		int predictions = predictions(labels).size();
		TrackingSummary summary;
		try (VideoFrames images = new VideoFrames(file)) {
			summary = Tracking.run(labels, options, images, new NullProgressMonitor());
		}
		assertEquals(frames, summary.frames(), what);
		assertEquals(predictions, summary.instances() + summary.dropped(), what + ": tracked or dropped");
		if (options.targetInstances() == 0) {
			assertEquals(0, summary.dropped(), what + ": nothing culled");
		}
		List<PredictedInstance> left = predictions(labels);
		assertEquals(summary.instances(), left.size(), what);
		double diagonal = Math.hypot(1024, 1024);
		Set<Track> used = new HashSet<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			Set<Track> inFrame = new HashSet<>();
			int count = 0;
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance) {
					count++;
					Track track = instance.getTrack();
					assertNotNull(track, what + ": an untracked instance in frame " + frame.getFrameIndex());
					assertTrue(inFrame.add(track), what + ": two instances on " + track.getName() + " in frame "
							+ frame.getFrameIndex());
					used.add(track);
					double score = instance.getTrackingScore();
					boolean inRange = options.similarity() == Similarity.CENTROID ? score <= 0 && score >= -diagonal
							: score >= 0 && score <= 1;
					assertTrue(inRange, what + ": tracking score " + score + " in frame " + frame.getFrameIndex());
				}
			}
			if (options.targetInstances() > 0) {
				assertTrue(count <= 2, what + ": " + count + " instances in frame " + frame.getFrameIndex());
			}
		}
		assertEquals(new HashSet<>(labels.getTracks()), used, what + ": the labels hold exactly the tracks used");
		assertEquals(summary.tracks(), used.size(), what);
		if (options.targetInstances() > 0 && options.connectBreaks()) {
			assertEquals(2, used.size(), what + ": tracks");
		}
	}

	private static List<PredictedInstance> predictions(Labels labels) {
		List<PredictedInstance> all = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance p) {
					all.add(p);
				}
			}
		}
		return all;
	}
}
