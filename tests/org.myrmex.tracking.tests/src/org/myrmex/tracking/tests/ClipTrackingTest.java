// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
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
import org.myrmex.tracking.TrackingException;
import org.myrmex.tracking.TrackingSummary;
import org.myrmex.tracking.VideoFrames;

/** The trackers on SLEAP's two-fly clip ({@code tracks/clip.predictions.slp}: 1500 frames, 2948 predictions). */
class ClipTrackingTest {
	private static final String CLIP = "sleap/tracks/clip.predictions.slp";

	/** The predictions with their tracks stripped. */
	static Labels untracked(Path file) throws LabelsFileException {
		Labels labels = LabelsFiles.load(file);
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				instance.setTrack(null);
				instance.setTrackingScore(0);
			}
		}
		labels.getTracks().clear();
		return labels;
	}

	@Test
	void everyOptionCombinationTracksEveryPrediction() throws Exception {
		Path file = Fixtures.require(CLIP);
		for (Similarity similarity : Similarity.values()) {
			for (Matching match : Matching.values()) {
				for (int mode = 0; mode < 3; mode++) {
					TrackerOptions options = TrackerOptions.defaults().withSimilarity(similarity).withMatch(match);
					if (mode == 1) {
						options = options.withMaxTracks(2);
					} else if (mode == 2) {
						options = options.withTargetInstances(2, true, 0.8).withConnectBreaks(true);
					}
					String what = similarity.id() + "/" + match.id() + "/mode " + mode;
					Labels labels = untracked(file);
					TrackingSummary summary;
					try (VideoFrames frames = new VideoFrames(file)) {
						summary = Tracking.run(labels, options, frames, new NullProgressMonitor());
					}
					assertEquals(1500, summary.frames(), what);
					assertEquals(2948, summary.instances() + summary.dropped(), what);
					assertEquals(summary.tracks(), labels.getTracks().size(), what);
					checkTracked(labels, summary.instances(), what);
					if (mode == 1) {
						assertEquals(2, summary.tracks(), what);
					}
				}
			}
		}
	}

	@Test
	void targetingTwoAnimalsGivesExactlyTwoTracks() throws Exception {
		Labels labels = untracked(Fixtures.require(CLIP));
		TrackingSummary summary = Tracking.run(labels,
				TrackerOptions.defaults().withTargetInstances(2, true, 0).withConnectBreaks(true).withMaxTracks(2),
				null, null);
		assertEquals(2, summary.tracks());
		assertEquals(2948, summary.instances());
	}

	/** SLEAP's own tracker left 27 tracks in {@code centered_pair_predictions.slp}; its defaults here do the same. */
	@Test
	void sleapsDefaultsGiveSleapsTrackCountOnCenteredPair() throws Exception {
		Path pair = Fixtures.require("sleap/hdf5_format_v1/centered_pair_predictions.slp");
		assertEquals(27, LabelsFiles.load(pair).getTracks().size());
		assertEquals(27, Tracking.run(untracked(pair), TrackerOptions.defaults(), null, null).tracks());
		assertEquals(2, Tracking.run(untracked(pair), TrackerOptions.defaults().withTargetInstances(2, true, 0)
				.withConnectBreaks(true), null, null).tracks());
	}

	@Test
	void theFlowTrackerFollowsTheFliesThroughTheVideo() throws Exception {
		Path file = Fixtures.require(CLIP);
		Labels labels = untracked(file);
		labels.getLabeledFrames().removeIf(frame -> frame.getFrameIndex() >= 200);
		int predictions = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			predictions += frame.getInstances().size();
		}
		try (VideoFrames frames = new VideoFrames(file)) {
			TrackingSummary summary = Tracking.run(labels, TrackerOptions.defaults().withTracker(TrackerKind.FLOW),
					frames, null);
			assertEquals(200, summary.frames());
			assertEquals(predictions, summary.instances());
			checkTracked(labels, predictions, "flow");
		}
	}

	private static void checkTracked(Labels labels, int expected, String what) throws TrackingException {
		int tracked = 0;
		Set<Track> used = new HashSet<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			Set<Track> inFrame = new HashSet<>();
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance) {
					Track track = instance.getTrack();
					assertNotNull(track, what);
					assertTrue(track.getName().matches("track_\\d+"), what + ": " + track.getName());
					assertTrue(inFrame.add(track), what + ": two instances on " + track.getName() + " in frame "
							+ frame.getFrameIndex());
					assertFalse(Double.isNaN(instance.getTrackingScore()), what);
					used.add(track);
					tracked++;
				}
			}
		}
		assertEquals(expected, tracked, what);
		assertEquals(new HashSet<>(labels.getTracks()), used, what);
	}
}
