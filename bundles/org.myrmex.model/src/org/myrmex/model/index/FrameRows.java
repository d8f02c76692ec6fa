// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.index;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;

/**
 * The labelled frames of a project as rows of a list: video by video in the project's video order, each video's
 * frames in frame order, as the {@link FrameIndex} holds them (one frame per index). All frames take no work per
 * frame beyond the index's own copy; the filters that keep frames with user or predicted instances look at every
 * frame's instances once.
 */
public final class FrameRows extends AbstractList<LabeledFrame> implements RandomAccess {
	/** Which labelled frames are rows. */
	public enum Filter {
		/** Every labelled frame. */
		ALL,
		/** Frames with at least one user instance. */
		USER,
		/** Frames with at least one predicted instance. */
		PREDICTED;

		/** @return whether {@code frame} is a row under this filter */
		public boolean accepts(LabeledFrame frame) {
			return switch (this) {
			case ALL -> true;
			case USER -> userCount(frame) > 0;
			case PREDICTED -> predictedCount(frame) > 0;
			};
		}
	}

	private final List<List<LabeledFrame>> parts;
	/** {@code starts[i]}: the row of part i's first frame; one more entry holds the row count. */
	private final int[] starts;

	private FrameRows(List<List<LabeledFrame>> parts) {
		this.parts = parts;
		starts = new int[parts.size() + 1];
		for (int i = 0; i < parts.size(); i++) {
			starts[i + 1] = starts[i] + parts.get(i).size();
		}
	}

	/**
	 * The rows of {@code index}'s project under {@code filter}, for {@code videos} in the order given (usually the
	 * project's videos).
	 *
	 * @throws IllegalArgumentException if an argument is null
	 */
	public static FrameRows of(FrameIndex index, List<Video> videos, Filter filter) {
		if (index == null || videos == null || filter == null) {
			throw new IllegalArgumentException("index, videos and filter must not be null");
		}
		List<List<LabeledFrame>> parts = new ArrayList<>(videos.size());
		for (Video video : videos) {
			List<LabeledFrame> frames = index.frames(video);
			if (filter != Filter.ALL) {
				List<LabeledFrame> kept = new ArrayList<>();
				for (LabeledFrame frame : frames) {
					if (filter.accepts(frame)) {
						kept.add(frame);
					}
				}
				frames = kept;
			}
			if (!frames.isEmpty()) {
				parts.add(frames);
			}
		}
		return new FrameRows(parts);
	}

	@Override
	public LabeledFrame get(int row) {
		if (row < 0 || row >= size()) {
			throw new IndexOutOfBoundsException("row " + row + " of " + size());
		}
		int low = 0;
		int high = parts.size() - 1;
		while (low < high) { // the last part whose start is at or before the row
			int middle = (low + high + 1) >>> 1;
			if (starts[middle] <= row) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return parts.get(low).get(row - starts[low]);
	}

	@Override
	public int size() {
		return starts[parts.size()];
	}

	/**
	 * The row of {@code video}'s frame {@code frameIndex}, or -1 when it is not a row; logarithmic in the number of
	 * the video's rows.
	 */
	public int rowOf(Video video, int frameIndex) {
		for (int i = 0; i < parts.size(); i++) {
			List<LabeledFrame> part = parts.get(i);
			if (part.get(0).getVideo() != video) {
				continue;
			}
			int low = 0;
			int high = part.size() - 1;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				int at = part.get(middle).getFrameIndex();
				if (at < frameIndex) {
					low = middle + 1;
				} else if (at > frameIndex) {
					high = middle - 1;
				} else {
					return starts[i] + middle;
				}
			}
			return -1;
		}
		return -1;
	}

	/** @return the number of user instances of {@code frame} */
	public static int userCount(LabeledFrame frame) {
		int count = 0;
		for (Instance instance : frame.getInstances()) {
			if (instance instanceof UserInstance) {
				count++;
			}
		}
		return count;
	}

	/** @return the number of predicted instances of {@code frame} */
	public static int predictedCount(LabeledFrame frame) {
		int count = 0;
		for (Instance instance : frame.getInstances()) {
			if (instance instanceof PredictedInstance) {
				count++;
			}
		}
		return count;
	}
}
