// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.List;

import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Video;

/**
 * The predictions of one frame, made outside the labels (e.g. by a prediction run) and put into them by
 * {@link PredictionCommands#replace}.
 *
 * @param video      the labels' video
 * @param frameIndex the frame number in the video
 * @param instances  the frame's predicted instances, in no frame yet (possibly none: the frame was predicted empty)
 */
public record PredictedFrame(Video video, int frameIndex, List<PredictedInstance> instances) {

	/** Checks the values and copies the list. */
	public PredictedFrame {
		if (video == null) {
			throw new IllegalArgumentException("a predicted frame needs a video");
		}
		if (frameIndex < 0) {
			throw new IllegalArgumentException("frame index must not be negative: " + frameIndex);
		}
		instances = List.copyOf(instances);
	}
}
