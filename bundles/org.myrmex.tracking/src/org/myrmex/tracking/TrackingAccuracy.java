// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;

/**
 * Identity errors of tracked predictions against ground-truth tracks, CLEAR-MOT style. In every frame the predicted
 * instances are paired with the user instances (optimal assignment on the mean distance of the nodes both show, a
 * pair only counting within {@code maxDistance} pixels). Then, per ground-truth track: an <em>identity switch</em>
 * is a match to another predicted track than its previous match; a <em>fragmentation</em> is a match resumed after
 * frames where it went unmatched. A transposition of two animals' tracks is two switches. Videos are paired by their
 * place in the two labels, frames by number.
 */
public final class TrackingAccuracy {
	private TrackingAccuracy() {
	}

	/**
	 * @param frames          frames holding ground truth
	 * @param truth           ground-truth instances (user instances on a track)
	 * @param matches         of them paired with a prediction
	 * @param misses          not paired
	 * @param falsePositives  predicted instances not paired, in those frames
	 * @param switches        identity switches
	 * @param fragmentations  interrupted and resumed ground-truth tracks
	 * @param predictedTracks distinct predicted tracks that matched
	 */
	public record Figures(int frames, int truth, int matches, int misses, int falsePositives, int switches,
			int fragmentations, int predictedTracks) {

		/** @return MOTA: 1 − (misses + false positives + switches) / ground-truth instances */
		public double mota() {
			return truth == 0 ? Double.NaN : 1 - (double) (misses + falsePositives + switches) / truth;
		}
	}

	/** @param maxDistance the largest mean node distance, in pixels, of a pair that counts as a match */
	public static Figures compare(Labels truth, Labels predicted, double maxDistance) {
		Map<String, List<Instance>> predictedByFrame = new HashMap<>();
		for (LabeledFrame frame : predicted.getLabeledFrames()) {
			List<Instance> list = new ArrayList<>();
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance) {
					list.add(instance);
				}
			}
			predictedByFrame.put(key(predicted, frame), list);
		}
		List<LabeledFrame> frames = new ArrayList<>(truth.getLabeledFrames());
		frames.sort((a, b) -> a.getFrameIndex() != b.getFrameIndex() ? Integer.compare(a.getFrameIndex(),
				b.getFrameIndex()) : Integer.compare(truth.getVideos().indexOf(a.getVideo()),
						truth.getVideos().indexOf(b.getVideo())));
		Map<Track, Track> lastMatch = new HashMap<>();
		Map<Track, Integer> lastSeenFrame = new HashMap<>();
		Map<Track, Integer> lastFrameOfTrack = new HashMap<>();
		Set<Track> predictedTracks = new HashSet<>();
		int frameCount = 0;
		int objects = 0;
		int matches = 0;
		int falsePositives = 0;
		int switches = 0;
		int fragmentations = 0;
		for (LabeledFrame frame : frames) {
			List<Instance> gt = new ArrayList<>();
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof UserInstance && instance.getTrack() != null) {
					gt.add(instance);
				}
			}
			if (gt.isEmpty()) {
				continue;
			}
			frameCount++;
			objects += gt.size();
			List<Instance> pr = predictedByFrame.getOrDefault(key(truth, frame), List.of());
			double[][] cost = new double[gt.size()][pr.size()];
			for (int i = 0; i < gt.size(); i++) {
				for (int j = 0; j < pr.size(); j++) {
					double d = meanDistance(gt.get(i), pr.get(j));
					cost[i][j] = d <= maxDistance ? d : Double.POSITIVE_INFINITY;
				}
			}
			int[] pairs = pr.isEmpty() ? new int[gt.size()] : HungarianMatcher.match(cost);
			int paired = 0;
			for (int i = 0; i < gt.size(); i++) {
				Track identity = gt.get(i).getTrack();
				boolean ok = !pr.isEmpty() && pairs[i] >= 0 && cost[i][pairs[i]] < Double.POSITIVE_INFINITY;
				Integer previousFrame = lastFrameOfTrack.put(identity, frameCount);
				if (!ok) {
					continue;
				}
				paired++;
				matches++;
				Track got = pr.get(pairs[i]).getTrack();
				predictedTracks.add(got);
				Integer seen = lastSeenFrame.put(identity, frameCount);
				if (lastMatch.containsKey(identity) && lastMatch.get(identity) != got) {
					switches++;
				}
				if (seen != null && previousFrame != null && seen < previousFrame) {
					fragmentations++;
				}
				lastMatch.put(identity, got);
			}
			falsePositives += pr.size() - paired;
		}
		return new Figures(frameCount, objects, matches, objects - matches, falsePositives, switches, fragmentations,
				predictedTracks.size());
	}

	private static String key(Labels labels, LabeledFrame frame) {
		return labels.getVideos().indexOf(frame.getVideo()) + "/" + frame.getFrameIndex();
	}

	/** Mean distance over the nodes both instances show, nodes paired by name; +∞ when they share none. */
	static double meanDistance(Instance a, Instance b) {
		PointArray pa = a.getPoints();
		PointArray pb = b.getPoints();
		List<String> namesA = names(a);
		List<String> namesB = names(b);
		double sum = 0;
		int n = 0;
		for (int i = 0; i < pa.size(); i++) {
			int j = i < namesA.size() ? namesB.indexOf(namesA.get(i)) : i;
			if (j < 0 || j >= pb.size()) {
				continue;
			}
			if (pa.visible(i) && pb.visible(j) && !Double.isNaN(pa.x(i)) && !Double.isNaN(pb.x(j))) {
				sum += Math.hypot(pa.x(i) - pb.x(j), pa.y(i) - pb.y(j));
				n++;
			}
		}
		return n == 0 ? Double.POSITIVE_INFINITY : sum / n;
	}

	private static List<String> names(Instance instance) {
		List<String> names = new ArrayList<>();
		if (instance.getSkeleton() != null) {
			instance.getSkeleton().getNodes().forEach(node -> names.add(node.getName()));
		}
		return names;
	}
}
