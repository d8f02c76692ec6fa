// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.index;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.model.Video;

/**
 * Per-frame series of one video's identities, for proofreading tracks: the mean instance score and tracking
 * score of each frame, each track's displacement (mean distance of its nodes between a frame and the one
 * before), the frames where a track first appears (spawns) and the frames where two tracks look swapped. Values are
 * {@code NaN} where a frame has nothing to measure. A snapshot: make a new one after the labels change.
 */
public final class TrackSeries {
	private final int frames;
	private final double[] instanceScore;
	private final double[] trackingScore;
	private final double[][] displacement;
	private final double[] maxDisplacement;
	private final int[] firstFrame;
	private final int[] lastFrame;
	private final int[] count;
	/** Frames where two tracks fit the frame before better exchanged than kept. */
	private final boolean[] swap;

	private TrackSeries(int frames, int tracks) {
		this.frames = frames;
		instanceScore = nan(frames);
		trackingScore = nan(frames);
		displacement = new double[tracks][];
		for (int t = 0; t < tracks; t++) {
			displacement[t] = nan(frames);
		}
		maxDisplacement = nan(frames);
		firstFrame = new int[tracks];
		lastFrame = new int[tracks];
		count = new int[tracks];
		Arrays.fill(firstFrame, -1);
		Arrays.fill(lastFrame, -1);
		swap = new boolean[frames];
	}

	/**
	 * The series of {@code video} over frames {@code 0 … frames - 1} (at least up to its last labelled frame).
	 * Tracks are numbered as in {@link Labels#getTracks()}.
	 */
	public static TrackSeries of(Labels labels, Video video, int frames) {
		List<LabeledFrame> labelled = FrameIndex.of(labels).frames(video);
		int size = Math.max(frames, labelled.isEmpty() ? 0 : labelled.get(labelled.size() - 1).getFrameIndex() + 1);
		List<Track> tracks = labels.getTracks();
		TrackSeries s = new TrackSeries(size, tracks.size());
		PointArray[] previous = new PointArray[tracks.size()];
		int previousFrame = -2;
		for (LabeledFrame frame : labelled) {
			int f = frame.getFrameIndex();
			PointArray[] current = new PointArray[tracks.size()];
			double scores = 0;
			int scored = 0;
			double tracking = 0;
			int tracked = 0;
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance p && !Double.isNaN(p.getScore())) {
					scores += p.getScore();
					scored++;
				}
				if (!Double.isNaN(instance.getTrackingScore()) && instance.getTrack() != null) {
					tracking += instance.getTrackingScore();
					tracked++;
				}
				int t = tracks.indexOf(instance.getTrack());
				if (t >= 0 && (current[t] == null || !(instance instanceof PredictedInstance))) {
					current[t] = instance.getPoints();
				}
			}
			s.instanceScore[f] = scored == 0 ? Double.NaN : scores / scored;
			s.trackingScore[f] = tracked == 0 ? Double.NaN : tracking / tracked;
			for (int t = 0; t < tracks.size(); t++) {
				if (current[t] == null) {
					continue;
				}
				s.count[t]++;
				s.firstFrame[t] = s.firstFrame[t] < 0 ? f : s.firstFrame[t];
				s.lastFrame[t] = f;
				if (previousFrame == f - 1 && previous[t] != null) {
					double d = meanDistance(previous[t], current[t]);
					s.displacement[t][f] = d;
					if (!Double.isNaN(d) && !(s.maxDisplacement[f] >= d)) {
						s.maxDisplacement[f] = d;
					}
				}
			}
			if (previousFrame == f - 1) {
				s.swap[f] = swapped(previous, current);
			}
			previous = current;
			previousFrame = f;
		}
		return s;
	}

	/**
	 * Whether two tracks held in both frames fit better exchanged: the sum of their displacements is more than
	 * twice the sum with the tracks' instances of {@code current} exchanged.
	 */
	private static boolean swapped(PointArray[] previous, PointArray[] current) {
		for (int a = 0; a < current.length; a++) {
			for (int b = a + 1; b < current.length; b++) {
				if (previous[a] == null || previous[b] == null || current[a] == null || current[b] == null) {
					continue;
				}
				double kept = meanDistance(previous[a], current[a]) + meanDistance(previous[b], current[b]);
				double exchanged = meanDistance(previous[a], current[b]) + meanDistance(previous[b], current[a]);
				if (kept > 2 * exchanged) {
					return true;
				}
			}
		}
		return false;
	}

	private static double meanDistance(PointArray a, PointArray b) {
		double sum = 0;
		int n = 0;
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			if (a.isPlaced(i) && b.isPlaced(i)) {
				sum += Math.hypot(a.x(i) - b.x(i), a.y(i) - b.y(i));
				n++;
			}
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	private static double[] nan(int n) {
		double[] a = new double[n];
		Arrays.fill(a, Double.NaN);
		return a;
	}

	public int frames() {
		return frames;
	}

	/** Mean score of the frame's scored predicted instances. */
	public double instanceScore(int frame) {
		return instanceScore[frame];
	}

	/** Mean tracking score of the frame's tracked instances. */
	public double trackingScore(int frame) {
		return trackingScore[frame];
	}

	/** Mean node distance of track {@code track} between frames {@code frame - 1} and {@code frame}. */
	public double displacement(int track, int frame) {
		return displacement[track][frame];
	}

	/** The largest displacement of any track at {@code frame}. */
	public double maxDisplacement(int frame) {
		return maxDisplacement[frame];
	}

	/** First frame holding track {@code track}, or -1. */
	public int firstFrame(int track) {
		return firstFrame[track];
	}

	/** Last frame holding track {@code track}, or -1. */
	public int lastFrame(int track) {
		return lastFrame[track];
	}

	/** Frames of the video holding track {@code track}. */
	public int count(int track) {
		return count[track];
	}

	/** The first frame after {@code frame} where a track first appears. */
	public OptionalInt nextSpawn(int frame) {
		int best = Integer.MAX_VALUE;
		for (int first : firstFrame) {
			if (first > frame && first < best) {
				best = first;
			}
		}
		return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
	}

	/**
	 * Whether two tracks at {@code frame} fit the frame before better exchanged (their summed displacement more
	 * than twice what it would be): the mark of an identity swap.
	 */
	public boolean swap(int frame) {
		return swap[frame];
	}

	/**
	 * The first frame after {@code frame} with an identity problem: a {@linkplain #swap(int) swap}, or a track
	 * spawn.
	 */
	public OptionalInt nextProblem(int frame) {
		int spawn = nextSpawn(frame).orElse(Integer.MAX_VALUE);
		for (int f = frame + 1; f < Math.min(frames, spawn); f++) {
			if (swap[f]) {
				return OptionalInt.of(f);
			}
		}
		return spawn == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(spawn);
	}
}
