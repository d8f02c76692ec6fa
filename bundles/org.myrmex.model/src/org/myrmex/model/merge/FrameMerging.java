// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.InternalEList;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;

/**
 * Merges the frames (and suggestions) of the inputs, one input after the other, by the rules of
 * {@link LabelsMerger}: instances are compared only with instances merged from earlier inputs.
 */
final class FrameMerging {
	/** Coordinates closer than this are equal. */
	static final double TOLERANCE = 1e-6;

	private final MergeState state;
	private final Map<Video, Map<Integer, MergedFrame>> frames = new HashMap<>();
	private final Map<Video, Set<Integer>> suggested = new HashMap<>();

	/** A merged frame and the input each of its instances came from. */
	private static final class MergedFrame {
		final LabeledFrame frame;
		final List<Integer> origins = new ArrayList<>();
		final Set<Integer> inputs = new HashSet<>();

		MergedFrame(LabeledFrame frame) {
			this.frame = frame;
		}

		void add(Instance instance, int input) {
			frame.getInstances().add(instance);
			origins.add(input);
			inputs.add(input);
		}

		/** Removes the instance at {@code index}: a resolution kept a later one instead. */
		void remove(int index) {
			frame.getInstances().remove(index);
			origins.remove(index);
			inputs.clear();
			inputs.addAll(origins);
		}
	}

	/** The objects of one input mapped to merged ones. */
	record Mapping(Map<Video, Video> videos, Map<Skeleton, Skeleton> skeletons, Map<Track, Track> tracks) {
	}

	FrameMerging(MergeState state) {
		this.state = state;
	}

	/** Merges the frames of input number {@code input} (1-based). */
	void merge(int input, Labels labels, Mapping mapping) {
		Map<PredictedInstance, PredictedInstance> predictions = new IdentityHashMap<>();
		Map<UserInstance, UserInstance> users = new IdentityHashMap<>();
		Set<MergedFrame> predictionConflicts = new HashSet<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			Video video = mapped(mapping.videos(), frame.getVideo(), input, "video of frame " + frame.getFrameIndex());
			MergedFrame target = target(video, frame.getFrameIndex());
			for (Instance instance : frame.getInstances()) {
				if (instance.getSkeleton() == null) {
					throw new IllegalArgumentException("input " + input + ": an instance on " + describe(target)
							+ " has no skeleton");
				}
				if (!mapping.skeletons().containsKey(instance.getSkeleton())) {
					if (!labels.getSkeletons().contains(instance.getSkeleton())) {
						throw new IllegalArgumentException("input " + input + ": an instance on " + describe(target)
								+ " has a skeleton that is not in its labels");
					}
					continue; // its skeleton conflicts: reported already, the merge will be refused
				}
				Skeleton skeleton = mapping.skeletons().get(instance.getSkeleton());
				Track track = instance.getTrack() == null ? null
						: mapped(mapping.tracks(), instance.getTrack(), input, "track of an instance on " + describe(target));
				if (instance instanceof PredictedInstance predicted) {
					PredictedInstance merged = mergePredicted(input, target, predicted, skeleton, track, predictionConflicts);
					if (merged != null) {
						predictions.put(predicted, merged);
					}
				} else if (instance instanceof UserInstance user) {
					UserInstance copy = mergeUser(input, target, user, skeleton, track);
					if (copy != null) {
						users.put(user, copy);
					}
				}
			}
		}
		relinkFromPredicted(input, users, predictions);
		mergeSuggestions(labels, mapping.videos());
	}

	private MergedFrame target(Video video, int frameIndex) {
		return frames.computeIfAbsent(video, v -> new HashMap<>()).computeIfAbsent(frameIndex, index -> {
			LabeledFrame frame = LabelsFactory.eINSTANCE.createLabeledFrame();
			frame.setVideo(video);
			frame.setFrameIndex(index);
			// addUnique: a new frame; EList.add would scan the whole list for it (quadratic over a merge)
			((InternalEList<LabeledFrame>) state.merged.getLabeledFrames()).addUnique(frame);
			return new MergedFrame(frame);
		});
	}

	/** @return the merged instance it is or duplicates, or {@code null} when it conflicts */
	private PredictedInstance mergePredicted(int input, MergedFrame target, PredictedInstance predicted, Skeleton skeleton,
			Track track, Set<MergedFrame> conflicts) {
		boolean earlierPredictions = false;
		for (int i = 0; i < target.origins.size(); i++) {
			if (target.origins.get(i) < input && target.frame.getInstances().get(i) instanceof PredictedInstance existing) {
				earlierPredictions = true;
				if (existing.getSkeleton() == skeleton && existing.getTrack() == track
						&& samePoints(existing.getPoints(), predicted.getPoints())) {
					state.duplicatePredictedInstances++;
					return existing;
				}
			}
		}
		if (earlierPredictions) {
			if (conflicts.add(target)) {
				state.conflict(MergeConflict.Kind.PREDICTIONS, input, describe(target)
						+ " already holds other predictions from input " + firstPredictionInput(target));
			}
			return null;
		}
		PredictedInstance copy = LabelsFactory.eINSTANCE.createPredictedInstance();
		copy.setScore(predicted.getScore());
		copyCommon(predicted, copy, skeleton, track);
		target.add(copy, input);
		return copy;
	}

	/** @return the copy added, or {@code null} when it is a duplicate, conflicts or was resolved away */
	private UserInstance mergeUser(int input, MergedFrame target, UserInstance user, Skeleton skeleton, Track track) {
		for (int i = 0; i < target.origins.size(); i++) {
			if (target.origins.get(i) < input && target.frame.getInstances().get(i) instanceof UserInstance existing
					&& existing.getSkeleton() == skeleton && samePoints(existing.getPoints(), user.getPoints())) {
				if (existing.getTrack() == track) {
					state.duplicateUserInstances++;
					return null;
				}
				return resolved(input, target, i, user, skeleton, track, state.resolve(MergeConflict.Kind.USER_IDENTITY,
						input, "a user instance on " + describe(target) + " has the points of one from input "
								+ target.origins.get(i) + " but track " + trackName(track) + " instead of "
								+ trackName(existing.getTrack())));
			}
		}
		if (track != null) {
			for (int i = 0; i < target.origins.size(); i++) {
				if (target.origins.get(i) < input && target.frame.getInstances().get(i) instanceof UserInstance existing
						&& existing.getTrack() == track) {
					return resolved(input, target, i, user, skeleton, track, state.resolve(MergeConflict.Kind.USER_TRACK,
							input, "a user instance of track " + trackName(track) + " on " + describe(target)
									+ " differs from the one of input " + target.origins.get(i)));
				}
			}
		}
		return add(input, target, user, skeleton, track);
	}

	/** Applies a conflict's resolution against the frame's instance at {@code base}; {@code null}: refused. */
	private UserInstance resolved(int input, MergedFrame target, int base, UserInstance user, Skeleton skeleton,
			Track track, Resolution resolution) {
		if (resolution == null || resolution == Resolution.KEEP_BASE) {
			return null;
		}
		if (resolution == Resolution.KEEP_NEW) {
			target.remove(base);
		}
		return add(input, target, user, skeleton, track);
	}

	private static UserInstance add(int input, MergedFrame target, UserInstance user, Skeleton skeleton, Track track) {
		UserInstance copy = LabelsFactory.eINSTANCE.createUserInstance();
		copyCommon(user, copy, skeleton, track);
		target.add(copy, input);
		return copy;
	}

	private static void copyCommon(Instance original, Instance copy, Skeleton skeleton, Track track) {
		copy.setSkeleton(skeleton);
		copy.setTrack(track);
		copy.setTrackingScore(original.getTrackingScore());
		copy.setPoints(original.getPoints());
	}

	/** Links each copied user instance to the merged copy (or duplicate) of the prediction it was made from. */
	private void relinkFromPredicted(int input, Map<UserInstance, UserInstance> users,
			Map<PredictedInstance, PredictedInstance> predictions) {
		int dropped = 0;
		for (Map.Entry<UserInstance, UserInstance> entry : users.entrySet()) {
			PredictedInstance source = entry.getKey().getFromPredicted();
			if (source != null) {
				PredictedInstance merged = predictions.get(source);
				if (merged == null) {
					dropped++;
				}
				entry.getValue().setFromPredicted(merged);
			}
		}
		if (dropped > 0) {
			state.notes.add("input " + input + ": " + dropped + " user instances were made from predictions that are not"
					+ " in its frames; their link to the prediction is not kept");
		}
	}

	/** Adds the suggestions of frames not suggested yet. */
	private void mergeSuggestions(Labels labels, Map<Video, Video> videos) {
		for (Suggestion suggestion : labels.getSuggestions()) {
			Video video = videos.get(suggestion.getVideo());
			if (video == null || !suggested.computeIfAbsent(video, v -> new HashSet<>()).add(suggestion.getFrameIndex())) {
				continue;
			}
			Suggestion copy = LabelsFactory.eINSTANCE.createSuggestion();
			copy.setVideo(video);
			copy.setFrameIndex(suggestion.getFrameIndex());
			copy.setGroup(suggestion.getGroup());
			state.merged.getSuggestions().add(copy);
		}
	}

	/** @return how many merged frames hold instances from more than one input */
	int combinedFrames() {
		int combined = 0;
		for (Map<Integer, MergedFrame> byIndex : frames.values()) {
			for (MergedFrame frame : byIndex.values()) {
				if (frame.inputs.size() > 1) {
					combined++;
				}
			}
		}
		return combined;
	}

	/**
	 * Whether two point arrays hold the same points: the same visibility, and where visible coordinates within
	 * {@link #TOLERANCE} (or both missing). Coordinates of invisible points are not compared.
	 */
	static boolean samePoints(PointArray a, PointArray b) {
		PointArray first = a == null ? PointArray.empty() : a;
		PointArray second = b == null ? PointArray.empty() : b;
		if (first.size() != second.size()) {
			return false;
		}
		for (int i = 0; i < first.size(); i++) {
			if (first.visible(i) != second.visible(i)) {
				return false;
			}
			if (first.visible(i) && !(close(first.x(i), second.x(i)) && close(first.y(i), second.y(i)))) {
				return false;
			}
		}
		return true;
	}

	private static boolean close(double a, double b) {
		return Double.isNaN(a) ? Double.isNaN(b) : !Double.isNaN(b) && Math.abs(a - b) <= TOLERANCE;
	}

	private static <T> T mapped(Map<T, T> map, T original, int input, String what) {
		T merged = map.get(original);
		if (merged == null) {
			throw new IllegalArgumentException("input " + input + ": the " + what + " is not in its labels");
		}
		return merged;
	}

	private static int firstPredictionInput(MergedFrame target) {
		for (int i = 0; i < target.origins.size(); i++) {
			if (target.frame.getInstances().get(i) instanceof PredictedInstance) {
				return target.origins.get(i);
			}
		}
		return 0;
	}

	private static String describe(MergedFrame target) {
		Video video = target.frame.getVideo();
		return "frame " + target.frame.getFrameIndex() + " of " + (video == null ? "no video" : video.getFilename());
	}

	private static String trackName(Track track) {
		return track == null ? "none" : "'" + track.getName() + "'";
	}
}
