// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;

/**
 * The labelling check the ant group's notebook printed: labelled frames, user instances, unverified points per
 * frame and invisible points per node. Only user instances (placed or corrected by a person) count; predicted
 * instances are a model's output, never verified point by point (SLEAP's predicted points are never
 * {@code complete}), so counting their points would only restate how many predictions there are.
 * <ul>
 * <li><b>Labelled frame</b>: a (video, frame index) holding at least one user instance. A frame holding only
 * predictions, or nothing, is not labelled.</li>
 * <li><b>Unverified point</b>: a point of a user instance that is visible, has coordinates and is not
 * {@code complete}, i.e. placed (for example kept from a prediction or a template) but not yet confirmed by the
 * labeller. Points that are not visible are not counted, complete or not: there is nothing to verify.</li>
 * <li><b>Invisible point</b>: a point of a user instance that is not visible or has no coordinates ({@code NaN}),
 * counted per skeleton node, with its share of that skeleton's user instances.</li>
 * </ul>
 *
 * @param labelledFrames    the number of labelled frames
 * @param userInstances     the number of user instances
 * @param unverifiedPoints  the number of unverified points over all user instances
 * @param unverifiedByFrame every labelled frame with its number of unverified points (zeros included), by video
 *                          (the labels' order) then frame index
 * @param invisibleByNode   per skeleton (the labels' order) and node, how many user instances have it invisible
 */
public record LabelAnalysis(int labelledFrames, int userInstances, int unverifiedPoints,
		List<FrameCount> unverifiedByFrame, List<NodeCount> invisibleByNode) {

	/**
	 * The unverified points of one labelled frame.
	 *
	 * @param videoIndex       the video's index in the labels, -1 if it is not one of them
	 * @param video            the video's file name
	 * @param frameIndex       the frame index
	 * @param unverifiedPoints the number of unverified points of its user instances
	 */
	public record FrameCount(int videoIndex, String video, int frameIndex, int unverifiedPoints) {
	}

	/**
	 * How many user instances of a skeleton have one node invisible.
	 *
	 * @param skeleton      the skeleton's name
	 * @param node          the node's name
	 * @param invisible     the number of user instances with the node invisible or without coordinates
	 * @param userInstances the number of user instances of the skeleton
	 */
	public record NodeCount(String skeleton, String node, int invisible, int userInstances) {
		/** @return {@code invisible} as a percentage of {@code userInstances}, 0 when there are none */
		public double percent() {
			return userInstances == 0 ? 0 : 100.0 * invisible / userInstances;
		}
	}

	/** Copies the lists; rejects negative counts. */
	public LabelAnalysis {
		if (labelledFrames < 0 || userInstances < 0 || unverifiedPoints < 0) {
			throw new IllegalArgumentException("counts must not be negative: " + labelledFrames + ", " + userInstances
					+ ", " + unverifiedPoints);
		}
		unverifiedByFrame = List.copyOf(unverifiedByFrame);
		invisibleByNode = List.copyOf(invisibleByNode);
	}

	/** Analyses the labels. */
	public static LabelAnalysis of(Labels labels) {
		Objects.requireNonNull(labels, "labels");
		Map<FrameKey, int[]> unverified = new LinkedHashMap<>();
		Map<Skeleton, int[]> invisible = new LinkedHashMap<>();
		Map<Skeleton, int[]> instances = new LinkedHashMap<>();
		for (Skeleton skeleton : labels.getSkeletons()) {
			invisible.put(skeleton, new int[skeleton.getNodes().size()]);
			instances.put(skeleton, new int[1]);
		}
		int users = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance) {
					continue;
				}
				users++;
				int[] frameCount = unverified.computeIfAbsent(new FrameKey(frame.getVideo(), frame.getFrameIndex()),
						key -> new int[1]);
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
						frameCount[0]++;
					}
				}
			}
		}
		return new LabelAnalysis(unverified.size(), users, total(unverified), frames(labels, unverified),
				nodes(invisible, instances));
	}

	private static int total(Map<FrameKey, int[]> unverified) {
		int total = 0;
		for (int[] count : unverified.values()) {
			total += count[0];
		}
		return total;
	}

	private static List<FrameCount> frames(Labels labels, Map<FrameKey, int[]> unverified) {
		List<FrameCount> frames = new ArrayList<>(unverified.size());
		for (Map.Entry<FrameKey, int[]> entry : unverified.entrySet()) {
			Video video = entry.getKey().video();
			frames.add(new FrameCount(labels.getVideos().indexOf(video), video == null ? null : video.getFilename(),
					entry.getKey().frameIndex(), entry.getValue()[0]));
		}
		frames.sort(Comparator.<FrameCount>comparingInt(f -> f.videoIndex() < 0 ? Integer.MAX_VALUE : f.videoIndex())
				.thenComparingInt(FrameCount::frameIndex));
		return frames;
	}

	private static List<NodeCount> nodes(Map<Skeleton, int[]> invisible, Map<Skeleton, int[]> instances) {
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

	/** @return the frames with at least one unverified point */
	public List<FrameCount> framesWithUnverifiedPoints() {
		return unverifiedByFrame.stream().filter(frame -> frame.unverifiedPoints() > 0).toList();
	}

	/**
	 * The analysis as the notebook printed it, e.g.
	 * <pre>
	 * Labelled frames: 80
	 * User instances: 1581
	 * Unverified points: 0 (in 0 of 80 labelled frames)
	 * Invisible points per node (% of user instances):
	 *   ant  Head  5  0.32%
	 * </pre>
	 */
	public String toText() {
		StringBuilder text = new StringBuilder();
		List<FrameCount> unverifiedFrames = framesWithUnverifiedPoints();
		text.append("Labelled frames: ").append(labelledFrames).append('\n');
		text.append("User instances: ").append(userInstances).append('\n');
		text.append("Unverified points: ").append(unverifiedPoints).append(" (in ").append(unverifiedFrames.size())
				.append(" of ").append(labelledFrames).append(" labelled frames)\n");
		for (FrameCount frame : unverifiedFrames) {
			text.append(String.format(Locale.ROOT, "  %s frame %d: %d\n", frame.video(), frame.frameIndex(),
					frame.unverifiedPoints()));
		}
		text.append("Invisible points per node (% of user instances):\n");
		for (NodeCount node : invisibleByNode) {
			text.append(String.format(Locale.ROOT, "  %s  %s  %d  %.2f%%\n", node.skeleton(), node.node(),
					node.invisible(), node.percent()));
		}
		return text.toString();
	}

	/** A frame by video and index: frames stored twice count once. */
	private record FrameKey(Video video, int frameIndex) {
	}
}
