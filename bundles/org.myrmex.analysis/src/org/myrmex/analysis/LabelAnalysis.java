// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.myrmex.model.Labels;
import org.myrmex.model.Video;

/**
 * The labelling check the ant group's notebook printed: labelled frames, user instances, unverified points per
 * frame and invisible points per node. The group's notebook had a counting bug (issue 15; its code is not at hand),
 * so the rules are stated here and tested on hand-made labels and on the group's datasets. Only user instances
 * (placed or corrected by a person) count towards labelled frames and points: predicted instances are a model's
 * output, never verified point by point (SLEAP's predicted points are never {@code complete}), so counting their
 * points would only restate how many predictions there are; they are counted apart. A frame stored twice counts once.
 * <ul>
 * <li><b>Frame</b>: a (video, frame index) stored in the labels, with or without instances.</li>
 * <li><b>Labelled frame</b>: a frame holding at least one user instance. A frame holding only predictions, or
 * nothing, is not labelled.</li>
 * <li><b>Unverified point</b>: a point of a user instance that is visible, has coordinates and is not
 * {@code complete}, i.e. placed (for example kept from a prediction or a template) but not yet confirmed by the
 * labeller. Points that are not visible are not counted, complete or not: there is nothing to verify.</li>
 * <li><b>Invisible point</b>: a point of a user instance that is not visible or has no coordinates ({@code NaN}),
 * counted per skeleton node, with its share of that skeleton's user instances.</li>
 * </ul>
 *
 * @param frames             the number of frames stored (each (video, frame index) once)
 * @param labelledFrames     the number of labelled frames
 * @param userInstances      the number of user instances
 * @param predictedInstances the number of predicted instances
 * @param unverifiedPoints   the number of unverified points over all user instances
 * @param unverifiedByFrame  every labelled frame with its number of unverified points (zeros included), by video
 *                           (the labels' order) then frame index
 * @param invisibleByNode    per skeleton (the labels' order) and node, how many user instances have it invisible
 * @param instancesPerFrame  at index k, how many frames hold k user instances
 */
public record LabelAnalysis(int frames, int labelledFrames, int userInstances, int predictedInstances,
		int unverifiedPoints, List<FrameCount> unverifiedByFrame, List<NodeCount> invisibleByNode,
		List<Integer> instancesPerFrame) {

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

	/**
	 * The analysis of one video's frames.
	 *
	 * @param videoIndex the video's index in the labels
	 * @param video      the video's file name
	 * @param analysis   the counts of its frames alone
	 */
	public record VideoAnalysis(int videoIndex, String video, LabelAnalysis analysis) {
	}

	/** Copies the lists; rejects negative counts. */
	public LabelAnalysis {
		if (frames < 0 || labelledFrames < 0 || userInstances < 0 || predictedInstances < 0
				|| unverifiedPoints < 0) {
			throw new IllegalArgumentException("counts must not be negative: " + frames + ", " + labelledFrames
					+ ", " + userInstances + ", " + predictedInstances + ", " + unverifiedPoints);
		}
		unverifiedByFrame = List.copyOf(unverifiedByFrame);
		invisibleByNode = List.copyOf(invisibleByNode);
		instancesPerFrame = List.copyOf(instancesPerFrame);
	}

	/** Analyses the labels. */
	public static LabelAnalysis of(Labels labels) {
		Objects.requireNonNull(labels, "labels");
		return new LabelCounter(labels).count(null);
	}

	/** Analyses the frames of one video of the labels. */
	public static LabelAnalysis of(Labels labels, Video video) {
		Objects.requireNonNull(labels, "labels");
		Objects.requireNonNull(video, "video");
		return new LabelCounter(labels).count(video);
	}

	/** @return each video's analysis, in the labels' order */
	public static List<VideoAnalysis> perVideo(Labels labels) {
		Objects.requireNonNull(labels, "labels");
		List<VideoAnalysis> videos = new ArrayList<>();
		for (int i = 0; i < labels.getVideos().size(); i++) {
			Video video = labels.getVideos().get(i);
			videos.add(new VideoAnalysis(i, video.getFilename(), of(labels, video)));
		}
		return videos;
	}

	/** @return the frames with at least one unverified point */
	public List<FrameCount> framesWithUnverifiedPoints() {
		return unverifiedByFrame.stream().filter(frame -> frame.unverifiedPoints() > 0).toList();
	}

	/**
	 * The analysis as the notebook printed it, e.g.
	 * <pre>
	 * Frames: 81
	 * Labelled frames: 80
	 * User instances: 1581
	 * Predicted instances: 0
	 * Unverified points: 0 (in 0 of 80 labelled frames)
	 * Invisible points per node (% of user instances):
	 *   ant  Head  5  0.32%
	 * </pre>
	 */
	public String toText() {
		StringBuilder text = new StringBuilder();
		List<FrameCount> unverifiedFrames = framesWithUnverifiedPoints();
		text.append("Frames: ").append(frames).append('\n');
		text.append("Labelled frames: ").append(labelledFrames).append('\n');
		text.append("User instances: ").append(userInstances).append('\n');
		text.append("Predicted instances: ").append(predictedInstances).append('\n');
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
}
