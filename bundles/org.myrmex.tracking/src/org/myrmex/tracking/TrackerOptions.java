// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

/**
 * The tracker's settings, with SLEAP's names and defaults ({@code sleap.nn.tracking.Tracker.make_tracker_by_name}).
 *
 * @param tracker              simple, flow or none
 * @param similarity           how alike a candidate and a new pose are (default {@code instance})
 * @param match                greedy (default) or hungarian
 * @param trackWindow          how many processed frames back candidates come from (default 5)
 * @param robust               1 takes a track's best candidate similarity, a value in (0, 1) that quantile
 * @param minNewTrackPoints    an instance with fewer visible nodes spawns no track (and is dropped, as in SLEAP)
 * @param minMatchPoints       a candidate with fewer visible nodes is not matched against
 * @param maxTracks            0, or at most this many tracks: SLEAP's {@code max_tracking}, candidates kept per
 *                             track, instances beyond the cap dropped
 * @param targetInstances      0, or the number of animals: with {@code preCull} frames are culled to it before
 *                             tracking; needed by {@code connectBreaks}
 * @param preCull              cull each frame to {@code targetInstances} before tracking (lowest scores go)
 * @param cullIouThreshold     0, or first remove instances overlapping a better one by more than this
 * @param connectBreaks        after tracking, join a single lost track with a single new one
 * @param cleanInstances       0, or SLEAP's "clean" post-pass: cull every frame to this many, then connect breaks
 * @param cleanIouThreshold    the clean pass's overlap threshold (0: by score only)
 * @param imageScale           flow: images scaled by this before optical flow (default 1)
 * @param flowWindow           flow: Lucas–Kanade window size in pixels (default 21)
 * @param flowLevels           flow: pyramid levels above the base (default 3)
 */
public record TrackerOptions(TrackerKind tracker, Similarity similarity, Matching match, int trackWindow, double robust,
		int minNewTrackPoints, int minMatchPoints, int maxTracks, int targetInstances, boolean preCull,
		double cullIouThreshold, boolean connectBreaks, int cleanInstances, double cleanIouThreshold,
		double imageScale, int flowWindow, int flowLevels) {

	/** @throws IllegalArgumentException naming the bad value */
	public TrackerOptions {
		if (tracker == null || similarity == null || match == null) {
			throw new IllegalArgumentException("tracker, similarity and match must be given");
		}
		atLeast("track window", trackWindow, 1);
		if (!(robust > 0 && robust <= 1)) {
			throw new IllegalArgumentException("robust must be in (0, 1], not " + robust);
		}
		atLeast("minimum points of a new track", minNewTrackPoints, 0);
		atLeast("minimum points of a candidate", minMatchPoints, 0);
		atLeast("max tracks", maxTracks, 0);
		atLeast("target instance count", targetInstances, 0);
		atLeast("clean instance count", cleanInstances, 0);
		fraction("cull IoU threshold", cullIouThreshold);
		fraction("clean IoU threshold", cleanIouThreshold);
		if (!(imageScale > 0 && imageScale <= 1)) {
			throw new IllegalArgumentException("image scale must be in (0, 1], not " + imageScale);
		}
		atLeast("flow window", flowWindow, 3);
		atLeast("flow levels", flowLevels, 0);
	}

	/** @return SLEAP's defaults with the simple tracker */
	public static TrackerOptions defaults() {
		return new TrackerOptions(TrackerKind.SIMPLE, Similarity.INSTANCE, Matching.GREEDY, 5, 1.0, 0, 0, 0, 0, false,
				0, false, 0, 0, 1.0, 21, 3);
	}

	public TrackerOptions withTracker(TrackerKind value) {
		return new TrackerOptions(value, similarity, match, trackWindow, robust, minNewTrackPoints, minMatchPoints,
				maxTracks, targetInstances, preCull, cullIouThreshold, connectBreaks, cleanInstances, cleanIouThreshold,
				imageScale, flowWindow, flowLevels);
	}

	public TrackerOptions withSimilarity(Similarity value) {
		return new TrackerOptions(tracker, value, match, trackWindow, robust, minNewTrackPoints, minMatchPoints,
				maxTracks, targetInstances, preCull, cullIouThreshold, connectBreaks, cleanInstances, cleanIouThreshold,
				imageScale, flowWindow, flowLevels);
	}

	public TrackerOptions withMatch(Matching value) {
		return new TrackerOptions(tracker, similarity, value, trackWindow, robust, minNewTrackPoints, minMatchPoints,
				maxTracks, targetInstances, preCull, cullIouThreshold, connectBreaks, cleanInstances, cleanIouThreshold,
				imageScale, flowWindow, flowLevels);
	}

	public TrackerOptions withTrackWindow(int value) {
		return new TrackerOptions(tracker, similarity, match, value, robust, minNewTrackPoints, minMatchPoints,
				maxTracks, targetInstances, preCull, cullIouThreshold, connectBreaks, cleanInstances, cleanIouThreshold,
				imageScale, flowWindow, flowLevels);
	}

	public TrackerOptions withMaxTracks(int value) {
		return new TrackerOptions(tracker, similarity, match, trackWindow, robust, minNewTrackPoints, minMatchPoints,
				value, targetInstances, preCull, cullIouThreshold, connectBreaks, cleanInstances, cleanIouThreshold,
				imageScale, flowWindow, flowLevels);
	}

	/** The target instance count, culling each frame to it before tracking when {@code cull}. */
	public TrackerOptions withTargetInstances(int value, boolean cull, double iouThreshold) {
		return new TrackerOptions(tracker, similarity, match, trackWindow, robust, minNewTrackPoints, minMatchPoints,
				maxTracks, value, cull, iouThreshold, connectBreaks, cleanInstances, cleanIouThreshold, imageScale,
				flowWindow, flowLevels);
	}

	public TrackerOptions withConnectBreaks(boolean value) {
		return new TrackerOptions(tracker, similarity, match, trackWindow, robust, minNewTrackPoints, minMatchPoints,
				maxTracks, targetInstances, preCull, cullIouThreshold, value, cleanInstances, cleanIouThreshold,
				imageScale, flowWindow, flowLevels);
	}

	public TrackerOptions withClean(int instances, double iouThreshold) {
		return new TrackerOptions(tracker, similarity, match, trackWindow, robust, minNewTrackPoints, minMatchPoints,
				maxTracks, targetInstances, preCull, cullIouThreshold, connectBreaks, instances, iouThreshold,
				imageScale, flowWindow, flowLevels);
	}

	public TrackerOptions withRobust(double value) {
		return new TrackerOptions(tracker, similarity, match, trackWindow, value, minNewTrackPoints, minMatchPoints,
				maxTracks, targetInstances, preCull, cullIouThreshold, connectBreaks, cleanInstances, cleanIouThreshold,
				imageScale, flowWindow, flowLevels);
	}

	public TrackerOptions withMinPoints(int newTrack, int match) {
		return new TrackerOptions(tracker, similarity, this.match, trackWindow, robust, newTrack, match, maxTracks,
				targetInstances, preCull, cullIouThreshold, connectBreaks, cleanInstances, cleanIouThreshold,
				imageScale, flowWindow, flowLevels);
	}

	public TrackerOptions withFlow(double scale, int window, int levels) {
		return new TrackerOptions(tracker, similarity, match, trackWindow, robust, minNewTrackPoints, minMatchPoints,
				maxTracks, targetInstances, preCull, cullIouThreshold, connectBreaks, cleanInstances, cleanIouThreshold,
				scale, window, levels);
	}

	private static void atLeast(String what, int value, int minimum) {
		if (value < minimum) {
			throw new IllegalArgumentException(what + " must be at least " + minimum + ", not " + value);
		}
	}

	private static void fraction(String what, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(what + " must be in [0, 1], not " + value);
		}
	}
}
