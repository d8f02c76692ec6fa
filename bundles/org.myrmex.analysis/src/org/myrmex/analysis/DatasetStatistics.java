// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;

/**
 * The counts a labeller looks at first: videos, labelled frames, user and predicted instances, tracks, per node how
 * many user instances have it visible, and per video its {@link VideoCounts}.
 */
public record DatasetStatistics(int videos, int labeledFrames, int userInstances, int predictedInstances, int tracks,
		List<NodeVisibility> nodes, List<VideoCounts> perVideo) {

	/** How often one node is visible among the user instances of its skeleton. */
	public record NodeVisibility(String skeleton, String node, int visible, int instances) {
		/** @return visible / instances as a percentage, 0 when there are no instances */
		public double visiblePercent() {
			return instances == 0 ? 0 : 100.0 * visible / instances;
		}
	}

	public DatasetStatistics {
		nodes = List.copyOf(nodes);
		perVideo = List.copyOf(perVideo);
	}

	/** @return the labelled frames holding a user instance, over all videos */
	public int userFrames() {
		return perVideo.stream().mapToInt(VideoCounts::userFrames).sum();
	}

	/** Counts over the whole labels. */
	public static DatasetStatistics of(Labels labels) {
		int user = 0;
		int predicted = 0;
		List<Skeleton> skeletons = labels.getSkeletons();
		List<int[]> visibleBySkeleton = new ArrayList<>();
		int[] instancesBySkeleton = new int[skeletons.size()];
		for (Skeleton skeleton : skeletons) {
			visibleBySkeleton.add(new int[skeleton.getNodes().size()]);
		}
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance) {
					predicted++;
					continue;
				}
				user++;
				int s = skeletons.indexOf(instance.getSkeleton());
				if (s < 0 || instance.getPoints() == null) {
					continue;
				}
				instancesBySkeleton[s]++;
				countVisible(instance.getPoints(), visibleBySkeleton.get(s));
			}
		}
		List<NodeVisibility> nodes = new ArrayList<>();
		for (int s = 0; s < skeletons.size(); s++) {
			List<Node> skeletonNodes = skeletons.get(s).getNodes();
			for (int n = 0; n < skeletonNodes.size(); n++) {
				nodes.add(new NodeVisibility(skeletons.get(s).getName(), skeletonNodes.get(n).getName(),
						visibleBySkeleton.get(s)[n], instancesBySkeleton[s]));
			}
		}
		return new DatasetStatistics(labels.getVideos().size(), labels.getLabeledFrames().size(), user, predicted,
				labels.getTracks().size(), Collections.unmodifiableList(nodes), VideoCounts.of(labels));
	}

	private static void countVisible(PointArray points, int[] visible) {
		int n = Math.min(points.size(), visible.length);
		for (int i = 0; i < n; i++) {
			if (points.visible(i) && !Double.isNaN(points.x(i))) {
				visible[i]++;
			}
		}
	}
}
