// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.analysis.LabelAnalysis.FrameCount;
import org.myrmex.analysis.LabelAnalysis.NodeCount;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;

/** The counting behind {@link LabelAnalysis}: one pass over the labelled frames, of all videos or of one. */
final class LabelCounter {
	private final Labels labels;
	/** per (video, frame index), stored once or more: its user instances and unverified points */
	private final Map<FrameKey, int[]> frames = new LinkedHashMap<>();
	private final Map<Skeleton, int[]> invisible = new LinkedHashMap<>();
	private final Map<Skeleton, int[]> instances = new LinkedHashMap<>();
	private int users;
	private int predicted;

	LabelCounter(Labels labels) {
		this.labels = labels;
		for (Skeleton skeleton : labels.getSkeletons()) {
			invisible.put(skeleton, new int[skeleton.getNodes().size()]);
			instances.put(skeleton, new int[1]);
		}
	}

	/** Counts the frames of {@code video}, or of every video when it is null. */
	LabelAnalysis count(Video video) {
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (video == null || frame.getVideo() == video) {
				count(frame);
			}
		}
		int labelled = 0;
		int unverified = 0;
		List<FrameCount> unverifiedByFrame = new ArrayList<>();
		List<Integer> histogram = new ArrayList<>();
		for (Map.Entry<FrameKey, int[]> entry : frames.entrySet()) {
			int[] count = entry.getValue();
			while (histogram.size() <= count[0]) {
				histogram.add(0);
			}
			histogram.set(count[0], histogram.get(count[0]) + 1);
			if (count[0] > 0) {
				labelled++;
				unverified += count[1];
				Video frameVideo = entry.getKey().video();
				unverifiedByFrame.add(new FrameCount(labels.getVideos().indexOf(frameVideo),
						frameVideo == null ? null : frameVideo.getFilename(), entry.getKey().frameIndex(), count[1]));
			}
		}
		unverifiedByFrame.sort(Comparator
				.<FrameCount>comparingInt(f -> f.videoIndex() < 0 ? Integer.MAX_VALUE : f.videoIndex())
				.thenComparingInt(FrameCount::frameIndex));
		return new LabelAnalysis(frames.size(), labelled, users, predicted, unverified, unverifiedByFrame, nodes(),
				histogram);
	}

	private void count(LabeledFrame frame) {
		int[] frameCount = frames.computeIfAbsent(new FrameKey(frame.getVideo(), frame.getFrameIndex()),
				key -> new int[2]);
		for (Instance instance : frame.getInstances()) {
			if (instance instanceof PredictedInstance) {
				predicted++;
				continue;
			}
			users++;
			frameCount[0]++;
			Skeleton skeleton = instance.getSkeleton();
			if (skeleton == null) {
				continue;
			}
			int nodes = skeleton.getNodes().size();
			PointArray points = instance.getPoints() == null ? PointArray.empty() : instance.getPoints();
			int[] counts = invisible.computeIfAbsent(skeleton, s -> new int[nodes]);
			instances.computeIfAbsent(skeleton, s -> new int[1])[0]++;
			for (int node = 0; node < nodes; node++) {
				boolean present = node < points.size() && points.visible(node) && !Double.isNaN(points.x(node))
						&& !Double.isNaN(points.y(node));
				if (!present) {
					counts[node]++;
				} else if (!points.complete(node)) {
					frameCount[1]++;
				}
			}
		}
	}

	private List<NodeCount> nodes() {
		List<NodeCount> nodes = new ArrayList<>();
		for (Map.Entry<Skeleton, int[]> entry : invisible.entrySet()) {
			Skeleton skeleton = entry.getKey();
			List<Node> skeletonNodes = skeleton.getNodes();
			for (int node = 0; node < skeletonNodes.size(); node++) {
				nodes.add(new NodeCount(skeleton.getName(), skeletonNodes.get(node).getName(), entry.getValue()[node],
						instances.get(skeleton)[0]));
			}
		}
		return nodes;
	}

	/** A frame by video and index: frames stored twice count once. */
	private record FrameKey(Video video, int frameIndex) {
	}
}
