// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Video;

/**
 * The sizes of one labels file as the ant group's notebook printed them before and after a merge.
 *
 * @param name               the file's name, or what the caller calls it
 * @param videos             the number of videos
 * @param frames             the number of distinct (video, frame index) labeled frames, empty ones included
 *                           (SLEAP's {@code len(labels)})
 * @param labelledFrames     the frames holding at least one user instance
 * @param userInstances      the number of user instances
 * @param predictedInstances the number of predicted instances
 */
public record LabelsCounts(String name, int videos, int frames, int labelledFrames, int userInstances,
		int predictedInstances) {

	/** Validates the counts. */
	public LabelsCounts {
		Objects.requireNonNull(name, "name");
		if (videos < 0 || frames < 0 || labelledFrames < 0 || userInstances < 0 || predictedInstances < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
	}

	/** Counts {@code labels}. */
	public static LabelsCounts of(String name, Labels labels) {
		Map<Video, Map<Integer, Boolean>> frames = new HashMap<>();
		int user = 0;
		int predicted = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			boolean labelled = false;
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance) {
					predicted++;
				} else {
					user++;
					labelled = true;
				}
			}
			frames.computeIfAbsent(frame.getVideo(), video -> new HashMap<>()).merge(frame.getFrameIndex(), labelled,
					Boolean::logicalOr);
		}
		int frameCount = 0;
		int labelledCount = 0;
		for (Map<Integer, Boolean> byIndex : frames.values()) {
			frameCount += byIndex.size();
			labelledCount += (int) byIndex.values().stream().filter(Boolean::booleanValue).count();
		}
		return new LabelsCounts(name, labels.getVideos().size(), frameCount, labelledCount, user, predicted);
	}

	/** @return all instances */
	public int instances() {
		return userInstances + predictedInstances;
	}

	/** @return e.g. {@code "main.v001.slp: 4 videos, 81 frames (80 labelled), 1581 instances (1581 user, 0 predicted)"} */
	@Override
	public String toString() {
		return name + ": " + count(videos, "video") + ", " + count(frames, "frame") + " (" + labelledFrames
				+ " labelled), " + count(instances(), "instance") + " (" + userInstances + " user, " + predictedInstances
				+ " predicted)";
	}

	private static String count(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
