// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;

/**
 * One video's counts, as {@code sleap-inspect} prints them: labelled frames (stored frames holding anything), those
 * with a user instance, user and predicted instances, the first and last labelled frame (-1 when none) and the most
 * instances in one frame.
 */
public record VideoCounts(int labeledFrames, int userFrames, int userInstances, int predictedInstances, int firstFrame,
		int lastFrame, int mostInstances) {

	/** @return the counts of every video of {@code labels}, in their order */
	public static List<VideoCounts> of(Labels labels) {
		int videos = labels.getVideos().size();
		int[][] counts = new int[videos][7];
		for (int[] c : counts) {
			c[4] = Integer.MAX_VALUE;
			c[5] = -1;
		}
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			int v = labels.getVideos().indexOf(frame.getVideo());
			if (v < 0) {
				continue;
			}
			int[] c = counts[v];
			int user = 0;
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance) {
					c[3]++;
				} else {
					user++;
				}
			}
			c[0]++;
			c[1] += user > 0 ? 1 : 0;
			c[2] += user;
			c[4] = Math.min(c[4], frame.getFrameIndex());
			c[5] = Math.max(c[5], frame.getFrameIndex());
			c[6] = Math.max(c[6], frame.getInstances().size());
		}
		List<VideoCounts> result = new ArrayList<>();
		for (int[] c : counts) {
			result.add(new VideoCounts(c[0], c[1], c[2], c[3], c[5] < 0 ? -1 : c[4], c[5], c[6]));
		}
		return List.copyOf(result);
	}
}
