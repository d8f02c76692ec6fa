// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Suggestion;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;

/** The order in which the editor steps through a project's suggestions: by video (in project order), then frame. */
public final class SuggestionOrder {
	private SuggestionOrder() {
	}

	/** @return the project's suggestions of its videos, by video then frame */
	public static List<Suggestion> sorted(Labels labels) {
		return labels.getSuggestions().stream().filter(s -> labels.getVideos().contains(s.getVideo()))
				.sorted(comparator(labels)).toList();
	}

	/** @return by video (in project order), then frame */
	public static Comparator<Suggestion> comparator(Labels labels) {
		return Comparator.<Suggestion>comparingInt(s -> labels.getVideos().indexOf(s.getVideo()))
				.thenComparingInt(Suggestion::getFrameIndex);
	}

	/**
	 * @param direction > 0 for the next suggestion after (video, frame), else the one before; wrapping around
	 * @return that suggestion, or none when the project has none
	 */
	public static Optional<Suggestion> step(Labels labels, Video video, int frame, int direction) {
		List<Suggestion> all = sorted(labels);
		if (all.isEmpty()) {
			return Optional.empty();
		}
		int at = labels.getVideos().indexOf(video);
		if (direction > 0) {
			for (Suggestion s : all) {
				int v = labels.getVideos().indexOf(s.getVideo());
				if (v > at || v == at && s.getFrameIndex() > frame) {
					return Optional.of(s);
				}
			}
			return Optional.of(all.get(0));
		}
		for (int i = all.size() - 1; i >= 0; i--) {
			Suggestion s = all.get(i);
			int v = labels.getVideos().indexOf(s.getVideo());
			if (v < at || v == at && s.getFrameIndex() < frame) {
				return Optional.of(s);
			}
		}
		return Optional.of(all.get(all.size() - 1));
	}

	/**
	 * @return the best suggested frame without user instances: the best of the last generated batch still in the
	 *         labels, else the first such suggestion by video and frame
	 */
	public static Optional<Suggestion> nextBest(Labels labels, List<Suggestion> lastBatch) {
		FrameIndex index = FrameIndex.of(labels);
		for (Suggestion s : lastBatch) {
			if (labels.getSuggestions().contains(s) && labels.getVideos().contains(s.getVideo())
					&& !labelled(index, s)) {
				return Optional.of(s);
			}
		}
		return sorted(labels).stream().filter(s -> !labelled(index, s)).findFirst();
	}

	/** @return whether the suggested frame holds a user instance */
	public static boolean labelled(FrameIndex index, Suggestion suggestion) {
		Optional<LabeledFrame> frame = index.find(suggestion.getVideo(), suggestion.getFrameIndex());
		if (frame.isEmpty()) {
			return false;
		}
		for (Instance instance : frame.get().getInstances()) {
			if (instance instanceof UserInstance) {
				return true;
			}
		}
		return false;
	}
}
