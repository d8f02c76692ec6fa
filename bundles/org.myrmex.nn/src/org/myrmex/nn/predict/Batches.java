// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.video.VideoFrame;

/** Splits a batch of frames into runs of frames of one size, keeping their order. */
final class Batches {
	private Batches() {
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
