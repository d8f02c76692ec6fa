// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.myrmex.model.Track;
import org.myrmex.tracking.TrackerOptions;

/**
 * SLEAP's {@code Tracker.track} for one video, one frame at a time: candidates from the window of processed frames
 * (or, with max tracks, the last {@code trackWindow} poses of each track), grouped by track, the best similarity
 * per track, matched by the chosen method; unmatched instances spawn tracks.
 */
public final class FrameTracker {
	private record Entry(int t, List<Pose> poses) {
	}

	/** What one frame gave: the tracked poses and those dropped (culled, or over the track cap). */
	public record Step(List<Pose> tracked, List<Pose> dropped) {
	}

	private final TrackerOptions options;
	private final int width;
	private final int height;
	private final IntFunction<Track> spawn;
	private final CandidateShift shift;
	private final Deque<Entry> window = new ArrayDeque<>();
	private final Map<Track, Deque<Entry>> byTrack = new LinkedHashMap<>();

	/**
	 * @param spawn a new track spawned on the given frame
	 * @param shift null for the simple tracker
	 */
	public FrameTracker(TrackerOptions options, int width, int height, IntFunction<Track> spawn, CandidateShift shift) {
		this.options = options;
		this.width = width;
		this.height = height;
		this.spawn = spawn;
		this.shift = shift;
	}

	/** Tracks the (untracked) predicted poses of frame {@code t}. */
	public Step track(List<Pose> untracked, int t) throws CandidateShift.FrameReadException {
		List<Pose> tracked = new ArrayList<>();
		List<Pose> dropped = new ArrayList<>();
		if (!untracked.isEmpty()) {
			List<Pose> poses = untracked;
			if (options.preCull() && options.targetInstances() > 0) {
				poses = Culling.cull(untracked, options.targetInstances(), options.cullIouThreshold());
				for (Pose p : untracked) {
					if (!poses.contains(p)) {
						dropped.add(p);
					}
				}
			}
			Map<Track, List<Pose>> candidates = candidates(t);
			List<Track> tracks = new ArrayList<>(candidates.keySet());
			double[][] similarity = new double[poses.size()][tracks.size()];
			double[][] cost = new double[poses.size()][tracks.size()];
			for (int i = 0; i < poses.size(); i++) {
				for (int j = 0; j < tracks.size(); j++) {
					similarity[i][j] = best(poses.get(i), candidates.get(tracks.get(j)));
					cost[i][j] = Double.isNaN(similarity[i][j]) ? Double.POSITIVE_INFINITY : -similarity[i][j];
				}
			}
			boolean[] matched = new boolean[poses.size()];
			for (int[] pair : options.match().match(cost)) {
				Pose pose = poses.get(pair[0]);
				pose.track = tracks.get(pair[1]);
				pose.trackingScore = similarity[pair[0]][pair[1]];
				matched[pair[0]] = true;
				tracked.add(pose);
			}
			int spawned = 0;
			for (int i = 0; i < poses.size(); i++) {
				Pose pose = poses.get(i);
				if (matched[i]) {
					continue;
				}
				boolean capped = options.maxTracks() > 0 && byTrack.size() + spawned >= options.maxTracks();
				if (pose.visible < options.minNewTrackPoints() || capped) {
					dropped.add(pose);
					continue;
				}
				pose.track = spawn.apply(t);
				pose.trackingScore = 0;
				spawned++;
				tracked.add(pose);
			}
		}
		remember(t, tracked);
		return new Step(tracked, dropped);
	}

	private void remember(int t, List<Pose> tracked) {
		if (options.maxTracks() > 0) {
			for (Pose pose : tracked) {
				Deque<Entry> last = byTrack.computeIfAbsent(pose.track, k -> new ArrayDeque<>());
				last.addLast(new Entry(t, List.of(pose)));
				if (last.size() > options.trackWindow()) {
					last.removeFirst();
				}
			}
		} else {
			window.addLast(new Entry(t, tracked));
			if (window.size() > options.trackWindow()) {
				window.removeFirst();
			}
		}
	}

	/** The candidates of frame t by track, in the order tracks first appear. */
	private Map<Track, List<Pose>> candidates(int t) throws CandidateShift.FrameReadException {
		TreeMap<Integer, List<Pose>> byFrame = new TreeMap<>();
		if (options.maxTracks() > 0) {
			for (Deque<Entry> entries : byTrack.values()) {
				for (Entry e : entries) {
					byFrame.computeIfAbsent(e.t(), k -> new ArrayList<>()).addAll(e.poses());
				}
			}
		} else {
			for (Entry e : window) {
				byFrame.computeIfAbsent(e.t(), k -> new ArrayList<>()).addAll(e.poses());
			}
		}
		Map<Track, List<Pose>> byTrackNow = new LinkedHashMap<>();
		if (options.maxTracks() > 0) {
			for (Track track : byTrack.keySet()) {
				byTrackNow.put(track, new ArrayList<>());
			}
		}
		byFrame.values().removeIf(List::isEmpty);
		Map<Integer, List<Pose>> shifted = shift == null ? byFrame : shift.shift(byFrame, t);
		for (Map.Entry<Integer, List<Pose>> e : shifted.entrySet()) {
			for (Pose pose : e.getValue()) {
				if (pose.visible >= options.minMatchPoints()) {
					byTrackNow.computeIfAbsent(pose.track, k -> new ArrayList<>()).add(pose);
				}
			}
		}
		byTrackNow.values().removeIf(List::isEmpty);
		return byTrackNow;
	}

	/** The track's similarity: the best of its candidates, or SLEAP's {@code robust} quantile of them. */
	private double best(Pose pose, List<Pose> candidates) {
		double[] values = new double[candidates.size()];
		for (int k = 0; k < values.length; k++) {
			Pose c = candidates.get(k);
			values[k] = options.similarity().of(c.x, c.y, pose.x, pose.y, width, height);
		}
		if (options.robust() >= 1) {
			double max = Double.NEGATIVE_INFINITY;
			for (double v : values) {
				if (Double.isNaN(v)) {
					return Double.NaN;
				}
				max = Math.max(max, v);
			}
			return max;
		}
		Arrays.sort(values);
		if (Double.isNaN(values[values.length - 1])) {
			return Double.NaN;
		}
		double position = options.robust() * (values.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, values.length - 1);
		return values[below] + (position - below) * (values[above] - values[below]);
	}
}
