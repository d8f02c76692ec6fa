// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.myrmex.model.Video;

/**
 * Which frames a {@link PredictionRun} predicts: SLEAP's {@code sleap-track} choices (every frame, a range, the
 * labelled or the suggested frames) and its Predict On choices (frames without user instances, a given list of
 * frames), in every video of the labels or, {@link #in(Video) restricted}, in one.
 *
 * @param kind   what to predict
 * @param first  the first frame of a {@link Kind#RANGE} (0 otherwise)
 * @param last   the last frame of a {@link Kind#RANGE}, inclusive (0 otherwise)
 * @param video  the one video to predict in, or null for every video of the labels
 * @param listed for {@link Kind#LISTED}, the frame numbers per video, increasing; empty otherwise
 */
public record FrameSelection(Kind kind, int first, int last, Video video, Map<Video, List<Integer>> listed) {

	/** The kinds of selection. */
	public enum Kind {
		/** every frame */
		ALL,
		/** frames {@code first…last} */
		RANGE,
		/** the frames holding user instances ({@code --only-labeled-frames}) */
		LABELED,
		/** the suggested frames ({@code --only-suggested-frames}) */
		SUGGESTED,
		/** every frame holding no user instance */
		UNLABELED,
		/** the frames listed per video */
		LISTED
	}

	/** Checks the range and copies the list. */
	public FrameSelection {
		if (kind == null) {
			throw new IllegalArgumentException("no kind of frame selection");
		}
		if (kind == Kind.RANGE && first < 0) {
			throw new IllegalArgumentException("frame range " + first + "-" + last + " starts before frame 0");
		}
		if (kind == Kind.RANGE && last < first) {
			throw new IllegalArgumentException("frame range " + first + "-" + last + " is empty");
		}
		Map<Video, List<Integer>> copy = new LinkedHashMap<>();
		if (listed != null) {
			listed.forEach((v, frames) -> copy.put(v, List.copyOf(new TreeSet<>(frames))));
		}
		listed = java.util.Collections.unmodifiableMap(copy);
	}

	/** The selection in every video. */
	public FrameSelection(Kind kind, int first, int last) {
		this(kind, first, last, null, Map.of());
	}

	/** @return every frame */
	public static FrameSelection all() {
		return new FrameSelection(Kind.ALL, 0, 0);
	}

	/**
	 * @param first the first frame
	 * @param last  the last frame, inclusive
	 * @return frames {@code first…last}
	 * @throws IllegalArgumentException when the range is empty or starts before frame 0
	 */
	public static FrameSelection range(int first, int last) {
		return new FrameSelection(Kind.RANGE, first, last);
	}

	/** @return the frames with user instances */
	public static FrameSelection labeled() {
		return new FrameSelection(Kind.LABELED, 0, 0);
	}

	/** @return the suggested frames */
	public static FrameSelection suggested() {
		return new FrameSelection(Kind.SUGGESTED, 0, 0);
	}

	/** @return every frame without user instances (frames with only predictions included) */
	public static FrameSelection unlabeled() {
		return new FrameSelection(Kind.UNLABELED, 0, 0);
	}

	/**
	 * @param frames frame numbers per video (e.g. random unlabelled frames); duplicates are predicted once
	 * @return exactly those frames
	 */
	public static FrameSelection listed(Map<Video, ? extends Collection<Integer>> frames) {
		Map<Video, List<Integer>> copy = new LinkedHashMap<>();
		frames.forEach((v, f) -> copy.put(v, List.copyOf(f)));
		return new FrameSelection(Kind.LISTED, 0, 0, null, copy);
	}

	/**
	 * @param one the video to predict in
	 * @return this selection in {@code one} video only
	 */
	public FrameSelection in(Video one) {
		if (one == null) {
			throw new IllegalArgumentException("no video to restrict the selection to");
		}
		return new FrameSelection(kind, first, last, one, listed);
	}

	/** @return whether this selection takes frames of {@code candidate} */
	public boolean covers(Video candidate) {
		if (video != null && video != candidate) {
			return false;
		}
		return kind != Kind.LISTED || listed.containsKey(candidate);
	}

	@Override
	public String toString() {
		String what = switch (kind) {
		case ALL -> "all frames";
		case RANGE -> first == last ? "frame " + first : "frames " + first + "-" + last;
		case LABELED -> "the labelled frames";
		case SUGGESTED -> "the suggested frames";
		case UNLABELED -> "the frames without user instances";
		case LISTED -> listed.values().stream().mapToInt(List::size).sum() + " chosen frames";
		};
		return video == null ? what : what + " of " + java.nio.file.Path.of(video.getFilename()).getFileName();
	}
}
