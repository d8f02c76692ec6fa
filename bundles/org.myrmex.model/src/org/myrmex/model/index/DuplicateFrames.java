// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.index;

import java.util.List;

import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Video;

/**
 * Two or more labelled frames of a labels project that share one video and frame index. SLEAP treats them
 * as one frame; {@link FrameIndex} answers with the first of them in the project's frame order.
 *
 * @param video      the video the frames belong to
 * @param frameIndex the frame index they share
 * @param frames     the frames, in the order of {@code Labels.getLabeledFrames()}; the first is the one
 *                   {@link FrameIndex#find(Video, int)} returns
 */
public record DuplicateFrames(Video video, int frameIndex, List<LabeledFrame> frames) {

	/**
	 * @throws IllegalArgumentException if {@code video} is null or there are fewer than two frames
	 */
	public DuplicateFrames {
		if (video == null) {
			throw new IllegalArgumentException("video must not be null");
		}
		if (frames == null || frames.size() < 2) {
			throw new IllegalArgumentException("duplicates need at least two frames: " + frames);
		}
		frames = List.copyOf(frames);
	}
}
