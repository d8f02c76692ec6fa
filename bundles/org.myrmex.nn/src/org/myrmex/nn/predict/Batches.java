// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.myrmex.video.VideoFrame;

/** Splits frames into batches, and a batch into runs of frames of one size, keeping their order. */
final class Batches {
	private Batches() {
	}

	/**
	 * Predicts frames in batches of at most {@code batchSize}, each split into runs of one frame size.
	 *
	 * @param predictRun predicts one run of frames of one size
	 * @return the poses of each frame, in frame order
	 */
	static List<List<PredictedPose>> predict(List<VideoFrame> frames, int batchSize,
			Function<List<VideoFrame>, List<List<PredictedPose>>> predictRun) {
		List<List<PredictedPose>> result = new ArrayList<>();
		for (int start = 0; start < frames.size(); start += batchSize) {
			List<VideoFrame> batch = frames.subList(start, Math.min(frames.size(), start + batchSize));
			for (List<VideoFrame> same : bySize(batch)) {
				result.addAll(predictRun.apply(same));
			}
		}
		return result;
	}

	/** @return consecutive runs of frames of equal size */
	static List<List<VideoFrame>> bySize(List<VideoFrame> frames) {
		List<List<VideoFrame>> runs = new ArrayList<>();
		List<VideoFrame> run = new ArrayList<>();
		for (VideoFrame frame : frames) {
			if (!run.isEmpty() && (run.get(0).width() != frame.width() || run.get(0).height() != frame.height())) {
				runs.add(run);
				run = new ArrayList<>();
			}
			run.add(frame);
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
	}
}
