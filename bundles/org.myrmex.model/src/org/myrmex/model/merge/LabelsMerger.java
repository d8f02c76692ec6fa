// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.ProvenanceEntry;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.Video;

/**
 * Merges labels files into new labels, as SLEAP's "Merge into project" does for labelling work split between
 * people, but headless: what SLEAP would ask a person to resolve makes the merge refuse, listing every conflict,
 * and no instance is ever dropped silently. The inputs are not changed.
 *
 * <p>Rules, applied input after input; "earlier" means merged from an earlier input (instances of one input are
 * never compared with each other, so all of a single input's instances are copied):
 * <ul>
 * <li><b>Videos</b> are paired by the {@link VideoMatcher} (default {@link VideoMatcher#byFileName()}: the same
 * file name, else the same base name and the same width, height and frame count); each earlier video pairs with at
 * most one video of an input. Unpaired videos are added.</li>
 * <li><b>Skeletons</b> are paired by node names in order (points are stored in node order), preferring an earlier
 * skeleton of the same name; edges may differ (noted in the report, the earlier edges are kept). The same node
 * names in another order ({@link MergeConflict.Kind#NODE_ORDER}), or the name of an earlier skeleton with other
 * nodes ({@link MergeConflict.Kind#SKELETON_NAME}), is a conflict. Other skeletons are added.</li>
 * <li><b>Tracks</b> are paired by name; an input with two tracks of one name is a conflict
 * ({@link MergeConflict.Kind#TRACK_NAME}).</li>
 * <li><b>Frames</b> with the same (video, frame index) become one frame holding the instances of all inputs.</li>
 * <li><b>User instances</b>: one with the skeleton, track and points (same visibility, visible coordinates within
 * 1e-6) of an earlier user instance on the frame is a duplicate: counted, not added. One with the points of an
 * earlier user instance but another track is a conflict ({@link MergeConflict.Kind#USER_IDENTITY}); a different
 * user instance of a track that already has an earlier user instance on the frame is a conflict
 * ({@link MergeConflict.Kind#USER_TRACK}). Untracked user instances that differ are all kept (different animals
 * labelled in different files), as are user instances next to predictions (SLEAP does not call that a conflict
 * either).</li>
 * <li><b>Predicted instances</b>: one with the skeleton, track and points of an earlier prediction on the frame is
 * a duplicate. Other predictions on a frame that already holds earlier predictions are a conflict
 * ({@link MergeConflict.Kind#PREDICTIONS}), as in SLEAP: two models' (or runs') predictions of one frame are not
 * combined. A user instance's link to the prediction it was made from is kept.</li>
 * <li><b>Suggestions</b> are kept once per (video, frame index), with the first group.</li>
 * <li><b>Provenance</b>: each key once, with the first input's value.</li>
 * </ul>
 * A {@link ConflictResolver} may resolve the conflicts between two user instances of one frame
 * ({@link MergeConflict.Kind#USER_TRACK}, {@link MergeConflict.Kind#USER_IDENTITY}) as a person chooses in the
 * workbench's Merge wizard: keep the earlier (base) instance, the later (new) one, or both
 * ({@link Resolution}); each resolution is noted in the report.
 */
public final class LabelsMerger {
	private final VideoMatcher videoMatcher;

	/** A merger pairing videos by {@link VideoMatcher#byFileName()}. */
	public LabelsMerger() {
		this(VideoMatcher.byFileName());
	}

	/**
	 * @param videoMatcher how to tell that two videos are the same
	 */
	public LabelsMerger(VideoMatcher videoMatcher) {
		this.videoMatcher = Objects.requireNonNull(videoMatcher, "videoMatcher");
	}

	/**
	 * Merges the inputs, named in the report by their resource's file name (or "labels N").
	 *
	 * @see #merge(List, List)
	 */
	public MergeResult merge(List<Labels> inputs) throws MergeConflictException {
		Objects.requireNonNull(inputs, "inputs");
		List<String> names = new ArrayList<>(inputs.size());
		for (int i = 0; i < inputs.size(); i++) {
			names.add(defaultName(inputs.get(i), i + 1));
		}
		return merge(inputs, names);
	}

	/**
	 * Merges the inputs in order into new labels.
	 *
	 * @param inputs the labels to merge, at least one
	 * @param names  what to call each input in the report
	 * @return the merged labels and a report
	 * @throws MergeConflictException listing every conflict, when there is any
	 * @throws IllegalArgumentException if there are no inputs, the names do not match them, an input appears twice,
	 *                                  or an input refers to a video, skeleton or track it does not hold
	 */
	public MergeResult merge(List<Labels> inputs, List<String> names) throws MergeConflictException {
		return merge(inputs, names, ConflictResolver.REFUSE);
	}

	/**
	 * Merges the inputs in order into new labels, asking {@code resolver} about each conflict between two user
	 * instances of one frame ({@link MergeConflict.Kind#resolvable()}); each resolution is noted in the report.
	 * Unresolved conflicts, and all others, refuse the merge as {@link #merge(List, List)} does.
	 *
	 * @param resolver decides resolvable conflicts; {@link ConflictResolver#REFUSE} resolves none
	 * @see #merge(List, List)
	 */
	public MergeResult merge(List<Labels> inputs, List<String> names, ConflictResolver resolver)
			throws MergeConflictException {
		Objects.requireNonNull(resolver, "resolver");
		Objects.requireNonNull(inputs, "inputs");
		Objects.requireNonNull(names, "names");
		if (inputs.isEmpty()) {
			throw new IllegalArgumentException("nothing to merge: no inputs");
		}
		if (names.size() != inputs.size()) {
			throw new IllegalArgumentException(names.size() + " names for " + inputs.size() + " inputs");
		}
		Set<Labels> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Labels input : inputs) {
			Objects.requireNonNull(input, "input");
			if (!seen.add(input)) {
				throw new IllegalArgumentException("the same labels are given twice");
			}
		}
		MergeState state = new MergeState(resolver);
		VideoMerging videos = new VideoMerging(state, videoMatcher);
		SkeletonMerging skeletons = new SkeletonMerging(state);
		TrackMerging tracks = new TrackMerging(state);
		FrameMerging frames = new FrameMerging(state);
		List<LabelsCounts> counts = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			Labels input = inputs.get(i);
			int number = i + 1;
			counts.add(LabelsCounts.of(Objects.requireNonNull(names.get(i), "name"), input));
			Map<Video, Video> videoMap = videos.merge(input.getVideos());
			Map<Skeleton, Skeleton> skeletonMap = skeletons.merge(number, input.getSkeletons());
			Map<Track, Track> trackMap = tracks.merge(number, input.getTracks());
			frames.merge(number, input, new FrameMerging.Mapping(videoMap, skeletonMap, trackMap));
			mergeProvenance(state.merged, input);
		}
		if (!state.conflicts.isEmpty()) {
			throw new MergeConflictException(state.conflicts);
		}
		MergeReport report = new MergeReport(counts, LabelsCounts.of("merged", state.merged),
				state.duplicateUserInstances, state.duplicatePredictedInstances, frames.combinedFrames(), state.notes);
		return new MergeResult(state.merged, report);
	}

	private static void mergeProvenance(Labels merged, Labels input) {
		Set<String> keys = new HashSet<>();
		for (ProvenanceEntry entry : merged.getProvenance()) {
			keys.add(entry.getKey());
		}
		for (ProvenanceEntry entry : input.getProvenance()) {
			if (keys.add(entry.getKey())) {
				ProvenanceEntry copy = LabelsFactory.eINSTANCE.createProvenanceEntry();
				copy.setKey(entry.getKey());
				copy.setValue(entry.getValue());
				merged.getProvenance().add(copy);
			}
		}
	}

	private static String defaultName(Labels labels, int number) {
		Resource resource = labels == null ? null : labels.eResource();
		if (resource != null && resource.getURI() != null && resource.getURI().lastSegment() != null) {
			return resource.getURI().lastSegment();
		}
		return "labels " + number;
	}
}
