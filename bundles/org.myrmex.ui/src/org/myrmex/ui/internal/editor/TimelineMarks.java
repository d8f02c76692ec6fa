// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.util.Arrays;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Suggestion;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;

/**
 * Which frames of a video carry user labels, which only predictions, and which are suggested: what the
 * timeline marks. Made from the project's {@link FrameIndex} (one pass over that video's labelled frames).
 */
public record TimelineMarks(int frameCount, int[] user, int[] predicted, int[] suggested) {
	static final TimelineMarks EMPTY = new TimelineMarks(0, new int[0], new int[0], new int[0]);

	static TimelineMarks of(Labels labels, FrameIndex index, Video video, int frameCount) {
		var frames = index.frames(video);
		int[] user = new int[frames.size()];
		int[] predicted = new int[frames.size()];
		int users = 0;
		int predictions = 0;
		for (LabeledFrame frame : frames) {
			boolean hasUser = false;
			boolean hasPredicted = false;
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof UserInstance) {
					hasUser = true;
				} else {
					hasPredicted = true;
				}
			}
			if (hasUser) {
				user[users++] = frame.getFrameIndex();
			} else if (hasPredicted) {
				predicted[predictions++] = frame.getFrameIndex();
			}
		}
		int[] suggested = labels.getSuggestions().stream().filter(s -> s.getVideo() == video)
				.mapToInt(Suggestion::getFrameIndex).sorted().toArray();
		return new TimelineMarks(frameCount, Arrays.copyOf(user, users), Arrays.copyOf(predicted, predictions),
				suggested);
	}
}
