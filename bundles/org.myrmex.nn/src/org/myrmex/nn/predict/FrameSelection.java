// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

/**
 * Which frames a {@link PredictionRun} predicts, in every video of the labels (SLEAP's {@code sleap-track} choices).
 *
 * @param kind  what to predict
 * @param first the first frame of a {@link Kind#RANGE} (0 otherwise)
 * @param last  the last frame of a {@link Kind#RANGE}, inclusive (0 otherwise)
 */
public record FrameSelection(Kind kind, int first, int last) {

	/** The kinds of selection. */
	public enum Kind {
		/** every frame of every video */
		ALL,
		/** frames {@code first…last} of every video */
		RANGE,
		/** the frames holding user instances ({@code --only-labeled-frames}) */
		LABELED,
		/** the suggested frames ({@code --only-suggested-frames}) */
		SUGGESTED
	}

	/** Checks the range. */
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

	@Override
	public String toString() {
		return switch (kind) {
		case ALL -> "all frames";
		case RANGE -> "frames " + first + "-" + last;
		case LABELED -> "the labelled frames";
		case SUGGESTED -> "the suggested frames";
		};
	}
}
