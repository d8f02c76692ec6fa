// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Video;

/** The predicted instances of the unlabelled frames of the chosen videos, frame by frame in frame order. */
final class Predictions {
	/**
	 * @param ref       the frame
	 * @param instances its predicted instances
	 */
	record Frame(FrameRef ref, List<PredictedInstance> instances) {
	}

	private Predictions() {
	}

	/** @return per video (or all together), the unlabelled frames holding predicted instances, in frame order */
	static List<List<Frame>> frames(Labels labels, SuggestionOptions options) {
		Map<Video, List<Frame>> byVideo = new LinkedHashMap<>();
		for (Video video : Candidates.videos(labels, options)) {
			Set<Integer> labelled = Candidates.labelled(labels, video);
			List<Frame> frames = new ArrayList<>();
			for (LabeledFrame frame : labels.getLabeledFrames()) {
				if (frame.getVideo() != video || labelled.contains(frame.getFrameIndex())) {
					continue;
				}
				List<PredictedInstance> predicted = new ArrayList<>();
				for (Instance instance : frame.getInstances()) {
					if (instance instanceof PredictedInstance p) {
						predicted.add(p);
					}
				}
				if (!predicted.isEmpty()) {
					frames.add(new Frame(new FrameRef(video, frame.getFrameIndex()), predicted));
				}
			}
			frames.sort(Comparator.comparingInt(f -> f.ref().frame()));
			byVideo.put(video, frames);
		}
		return Candidates.pools(byVideo, options.perVideo());
	}

	/** @return the mean of an instance's placed points, or {@code null} when it has none */
	static double[] centroid(Instance instance) {
		PointArray points = instance.getPoints();
		double x = 0;
		double y = 0;
		int n = 0;
		for (int i = 0; i < points.size(); i++) {
			if (points.isPlaced(i)) {
				x += points.x(i);
				y += points.y(i);
				n++;
			}
		}
		return n == 0 ? null : new double[] { x / n, y / n };
	}
}
