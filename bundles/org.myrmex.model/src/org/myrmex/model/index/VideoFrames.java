// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import org.myrmex.model.LabeledFrame;

/**
 * The labelled frames of one video: a hash map for constant-time look-up by frame index and a sorted map
 * for navigation in frame order, both holding the frame chosen for each index. Frames that share an index
 * are kept, in project order, in a separate map that is empty in the usual case.
 */
final class VideoFrames {
	private final Map<Integer, LabeledFrame> byIndex = new HashMap<>();
	private final NavigableMap<Integer, LabeledFrame> ordered = new TreeMap<>();
	/** Frame index → all frames with that index, in project order; only indices with two or more frames. */
	private final Map<Integer, List<LabeledFrame>> duplicates = new HashMap<>();

	/**
	 * Adds a frame under {@code index}.
	 *
	 * @param position the frame's position in the project, to order frames that share an index; null when
	 *                 frames are added in project order (a full rebuild), so the new one goes last
	 */
	void add(LabeledFrame frame, int index, ToIntFunction<LabeledFrame> position) {
		LabeledFrame present = byIndex.putIfAbsent(index, frame);
		if (present == null) {
			ordered.put(index, frame);
			return;
		}
		List<LabeledFrame> sharing = duplicates.computeIfAbsent(index, i -> newList(present));
		if (sharing.contains(frame)) {
			return;
		}
		sharing.add(frame);
		if (position != null) {
			sortByPosition(sharing, position);
		}
		choose(index, sharing.get(0));
	}

	/** Removes a frame from {@code index}; a frame not held there is ignored. Frames left keep their order. */
	void remove(LabeledFrame frame, int index) {
		List<LabeledFrame> sharing = duplicates.get(index);
		if (sharing == null) {
			if (byIndex.get(index) == frame) {
				byIndex.remove(index);
				ordered.remove(index);
			}
			return;
		}
		if (!sharing.remove(frame)) {
			return;
		}
		if (sharing.size() == 1) {
			duplicates.remove(index);
		}
		choose(index, sharing.get(0));
	}

	/** Re-sorts frames that share an index after frames of the project were moved. */
	void reorderDuplicates(ToIntFunction<LabeledFrame> position) {
		duplicates.forEach((index, sharing) -> {
			sortByPosition(sharing, position);
			choose(index, sharing.get(0));
		});
	}

	LabeledFrame get(int index) {
		return byIndex.get(index);
	}

	NavigableMap<Integer, LabeledFrame> ordered() {
		return ordered;
	}

	Map<Integer, List<LabeledFrame>> duplicates() {
		return duplicates;
	}

	int size() {
		return byIndex.size();
	}

	boolean isEmpty() {
		return byIndex.isEmpty();
	}

	private void choose(int index, LabeledFrame frame) {
		byIndex.put(index, frame);
		ordered.put(index, frame);
	}

	private static List<LabeledFrame> newList(LabeledFrame first) {
		List<LabeledFrame> list = new ArrayList<>(2);
		list.add(first);
		return list;
	}

	/** Sorts by position, asking each frame's position once (a position may cost a scan of the project). */
	private static void sortByPosition(List<LabeledFrame> frames, ToIntFunction<LabeledFrame> position) {
		Map<LabeledFrame, Integer> positions = new IdentityHashMap<>();
		for (LabeledFrame frame : frames) {
			positions.put(frame, position.applyAsInt(frame));
		}
		frames.sort((a, b) -> Integer.compare(positions.get(a), positions.get(b)));
	}
}
