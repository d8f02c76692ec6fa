// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Track;
import org.myrmex.tracking.Matching;
import org.myrmex.tracking.Tracking;
import org.myrmex.tracking.TrackingException;
import org.myrmex.tracking.TrackingSummary;
import org.myrmex.tracking.TrackerOptions;

/** The simple tracker on hand-made sequences whose right answer is known. */
class SimpleTrackerTest {
	private static final TrackerOptions DEFAULTS = TrackerOptions.defaults();

	/** Animal A walks right along y = 10, B left along y = 50; within a frame the order of the two alternates. */
	private static HandLabels twoWalkers(int frames) {
		HandLabels hand = new HandLabels("head", "tail");
		for (int t = 0; t < frames; t++) {
			hand.frame(t);
			if (t % 2 == 0) {
				hand.predicted(10 + t, 10, 20 + t, 10).predicted(100 - t, 50, 110 - t, 50);
			} else {
				hand.predicted(100 - t, 50, 110 - t, 50).predicted(10 + t, 10, 20 + t, 10);
			}
		}
		return hand;
	}

	private static Instance animalAt(LabeledFrame frame, double y) {
		return frame.getInstances().stream().filter(i -> i.getPoints().y(0) == y).findFirst().orElseThrow();
	}

	@Test
	void keepsTwoWalkersOnTwoTracksWithTheMatchSimilarityAsScore() throws TrackingException {
		HandLabels hand = twoWalkers(10);
		TrackingSummary summary = Tracking.run(hand.labels, DEFAULTS, null, new NullProgressMonitor());
		assertEquals(new TrackingSummary(10, 20, 2, 0, summary.nanos()), summary);
		List<String> names = hand.labels.getTracks().stream().map(Track::getName).toList();
		assertEquals(List.of("track_0", "track_1"), names);
		for (LabeledFrame frame : hand.labels.getLabeledFrames()) {
			assertSame(hand.labels.getTracks().get(0), animalAt(frame, 10).getTrack(), "frame " + frame.getFrameIndex());
			assertSame(hand.labels.getTracks().get(1), animalAt(frame, 50).getTrack(), "frame " + frame.getFrameIndex());
		}
		assertEquals(0, animalAt(hand.labels.getLabeledFrames().get(0), 10).getTrackingScore());
		assertEquals(Math.exp(-1), animalAt(hand.labels.getLabeledFrames().get(1), 10).getTrackingScore(), 1e-12);
		assertEquals(0, hand.labels.getTracks().get(0).getSpawnedOn());
	}

	@Test
	void hungarianAndEverySimilarityGiveTheSameTwoTracks() throws TrackingException {
		for (org.myrmex.tracking.Similarity similarity : org.myrmex.tracking.Similarity.values()) {
			HandLabels hand = twoWalkers(8);
			TrackingSummary summary = Tracking.run(hand.labels,
					DEFAULTS.withSimilarity(similarity).withMatch(Matching.HUNGARIAN), null, null);
			assertEquals(2, summary.tracks(), similarity.id());
		}
	}

	/** A present throughout; B in frames 0–2, gone for seven frames, back at 10–12 where it left. */
	private static HandLabels longAbsence() {
		HandLabels hand = new HandLabels("head", "tail");
		for (int t = 0; t < 13; t++) {
			hand.frame(t).predicted(10, 10, 20, 10);
			if (t < 3 || t >= 10) {
				hand.predicted(100, 50, 110, 50);
			}
		}
		return hand;
	}

	@Test
	void anAnimalGoneLongerThanTheWindowComesBackOnANewTrack() throws TrackingException {
		HandLabels hand = longAbsence();
		assertEquals(3, Tracking.run(hand.labels, DEFAULTS, null, null).tracks());
		Track back = animalAt(hand.labels.getLabeledFrames().get(10), 50).getTrack();
		assertEquals("track_2", back.getName());
		assertEquals(10, back.getSpawnedOn());
	}

	@Test
	void maxTracksKeepsEachTracksLastPosesAsCandidates() throws TrackingException {
		HandLabels hand = longAbsence();
		assertEquals(2, Tracking.run(hand.labels, DEFAULTS.withMaxTracks(2), null, null).tracks());
		assertEquals("track_1", animalAt(hand.labels.getLabeledFrames().get(12), 50).getTrack().getName());
	}

	@Test
	void aLongerWindowBridgesTheAbsence() throws TrackingException {
		HandLabels hand = longAbsence();
		assertEquals(2, Tracking.run(hand.labels, DEFAULTS.withTrackWindow(8), null, null).tracks());
	}

	@Test
	void connectingSingleBreaksJoinsTheLostTrackWithTheNewOne() throws TrackingException {
		HandLabels hand = longAbsence();
		TrackingSummary summary = Tracking.run(hand.labels,
				DEFAULTS.withTargetInstances(2, false, 0).withConnectBreaks(true), null, null);
		assertEquals(2, summary.tracks());
		assertEquals("track_1", animalAt(hand.labels.getLabeledFrames().get(12), 50).getTrack().getName());
		assertEquals(List.of("track_0", "track_1"), hand.labels.getTracks().stream().map(Track::getName).toList());
	}

	/** A (score 0.9), a near copy of A (0.8) and B (0.5) in every frame. */
	private static HandLabels withGhost() {
		HandLabels hand = new HandLabels("head", "tail");
		for (int t = 0; t < 4; t++) {
			hand.frame(t).predicted(null, 0.9, 10, 10, 30, 20).predicted(null, 0.8, 11, 10, 31, 21)
					.predicted(null, 0.5, 100, 50, 110, 60);
		}
		return hand;
	}

	@Test
	void cullingToTheTargetDropsTheLowestScores() throws TrackingException {
		HandLabels hand = withGhost();
		TrackingSummary summary = Tracking.run(hand.labels, DEFAULTS.withTargetInstances(2, true, 0), null, null);
		assertEquals(4, summary.dropped());
		for (LabeledFrame frame : hand.labels.getLabeledFrames()) {
			assertEquals(List.of(0.9, 0.8), scores(frame));
		}
	}

	@Test
	void cullingWithAnIouThresholdDropsTheOverlappingCopyInstead() throws TrackingException {
		HandLabels hand = withGhost();
		Tracking.run(hand.labels, DEFAULTS.withTargetInstances(2, true, 0.5), null, null);
		for (LabeledFrame frame : hand.labels.getLabeledFrames()) {
			assertEquals(List.of(0.9, 0.5), scores(frame));
		}
		assertEquals(2, hand.labels.getTracks().size());
	}

	@Test
	void theCleanPassCullsAfterTracking() throws TrackingException {
		HandLabels hand = withGhost();
		TrackingSummary summary = Tracking.run(hand.labels, DEFAULTS.withClean(2, 0.5), null, null);
		assertEquals(4, summary.dropped());
		assertEquals(List.of(0.9, 0.5), scores(hand.labels.getLabeledFrames().get(3)));
	}

	private static List<Double> scores(LabeledFrame frame) {
		List<Double> scores = new ArrayList<>();
		for (Instance i : frame.getInstances()) {
			scores.add(((org.myrmex.model.PredictedInstance) i).getScore());
		}
		return scores;
	}

	@Test
	void framesWithoutInstancesAndUserInstancesAreLeftAlone() throws TrackingException {
		HandLabels hand = twoWalkers(3);
		hand.frame(3).frame(4).user("female", 1, 1, 2, 2).predicted(15, 10, 25, 10);
		TrackingSummary summary = Tracking.run(hand.labels, DEFAULTS, null, null);
		assertEquals(5, summary.frames());
		assertEquals(List.of("female", "track_0", "track_1"),
				hand.labels.getTracks().stream().map(Track::getName).toList());
		LabeledFrame last = hand.labels.getLabeledFrames().get(4);
		assertEquals("female", last.getInstances().get(0).getTrack().getName());
		assertEquals("track_0", last.getInstances().get(1).getTrack().getName());
	}

	@Test
	void oldPredictedTracksAreReplaced() throws TrackingException {
		HandLabels hand = new HandLabels("head");
		hand.frame(0).predicted("old", 1, 5, 5).frame(1).predicted("old", 1, 6, 5);
		Tracking.run(hand.labels, DEFAULTS, null, null);
		assertEquals(List.of("track_0"), hand.labels.getTracks().stream().map(Track::getName).toList());
	}

	@Test
	void aCancelledRunLeavesTheLabelsAsTheyWere() {
		HandLabels hand = new HandLabels("head");
		hand.frame(0).predicted("old", 1, 5, 5).frame(1).predicted("old", 1, 6, 5);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> Tracking.run(hand.labels, DEFAULTS, null, cancelled));
		assertEquals("old", hand.labels.getLabeledFrames().get(1).getInstances().get(0).getTrack().getName());
		assertEquals(1, hand.labels.getTracks().size());
	}

	@Test
	void refusesLabelsWithoutPredictions() {
		HandLabels hand = new HandLabels("head");
		hand.frame(0).user("female", 1, 1);
		TrackingException e = assertThrows(TrackingException.class,
				() -> Tracking.run(hand.labels, DEFAULTS, null, null));
		assertEquals("no predicted instances to track", e.getMessage());
		assertEquals("female", hand.labels.getTracks().get(0).getName());
	}

	@Test
	void refusesToCullUnscoredPredictions() throws TrackingException {
		HandLabels hand = new HandLabels("head");
		hand.frame(0).predicted(null, Double.NaN, 1, 1).predicted(null, 0.5, 9, 9);
		TrackingException e = assertThrows(TrackingException.class,
				() -> Tracking.run(hand.labels, DEFAULTS.withTargetInstances(1, true, 0), null, null));
		assertEquals("1 of 2 predicted instances have no score; culling frames to the target count ranks instances"
				+ " by score", e.getMessage());
		assertNull(hand.labels.getLabeledFrames().get(0).getInstances().get(0).getTrack());
		assertEquals(2, Tracking.run(hand.labels, DEFAULTS, null, null).tracks());
	}

	@Test
	void normalizedInstanceNeedsTheFrameSize() {
		HandLabels hand = twoWalkers(3);
		hand.labels.getVideos().get(0).setWidth(0);
		TrackingException e = assertThrows(TrackingException.class, () -> Tracking.run(hand.labels,
				DEFAULTS.withSimilarity(org.myrmex.tracking.Similarity.NORMALIZED_INSTANCE), null, null));
		assertEquals("normalized_instance needs the frame size of clip.mp4, which the labels do not give",
				e.getMessage());
	}
}
