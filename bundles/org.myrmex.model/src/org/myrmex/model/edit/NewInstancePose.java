// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;

/**
 * Where the points of a new instance go (SLEAP's "Add Instance"), worked out without a display:
 * {@link #propose(Labels, Video, int, Skeleton, double, double)} picks the pose, {@link #createInstance()} makes
 * the user instance to add with {@link InstanceCommands#add}.
 *
 * <p>The pose comes from the first of these that exists:
 * <ol>
 * <li>{@link Source#COPIED_FROM_PREVIOUS}: an instance of the nearest earlier labelled frame of the video that
 * has instances of the skeleton (found through the {@link FrameIndex}), among those a view shows
 * ({@link FrameInstances#shown}). As in SLEAP, one whose track the target frame does not have yet is preferred,
 * and the new instance takes that track; otherwise, as SLEAP, the k-th instance when the target frame has k
 * instances of the skeleton, or the last. Coordinates and visibility are copied; nodes the copied instance lacks
 * are placed from the mean pose (or the template) fitted onto it, visible unless the copy is a prediction (as in
 * SLEAP).
 * <li>{@link Source#MEAN_POSE}: the aligned mean pose of the project's user instances of the skeleton (one pass
 * over the project), nodes never placed taken from the template.
 * <li>{@link Source#TEMPLATE}: the nodes spread on a circle, an eighth of the frame's smaller side in radius.
 * </ol>
 * With a centre, the mean pose and the template are centred there and a copy is moved so that its centroid lands
 * there; without one, the mean pose and the template sit at the centre of the frame and a copy stays where it was.
 * The pose is then moved inside the frame and, should it lie on an instance already in the frame (the same nodes
 * placed, each within half a pixel), moved by {@value #OFFSET} pixels right and down (up and left where the frame
 * ends), as SLEAP offsets a new copy. Every point is new: not complete (shown as
 * not yet verified) and without a score.
 *
 * @param skeleton the skeleton of the new instance
 * @param points   one point per node of the skeleton
 * @param source   where the points came from
 * @param track    the track the new instance takes (that of the copied instance when the target frame does not
 *                 have it yet), or null
 */
public record NewInstancePose(Skeleton skeleton, PointArray points, Source source, Track track) {

	/** How far, in pixels along x and y, a pose that would lie exactly on an existing instance is moved. */
	public static final double OFFSET = 10;

	/** Where the points of a new instance came from. */
	public enum Source {
		/** An instance of an earlier labelled frame of the same video. */
		COPIED_FROM_PREVIOUS,
		/** The mean pose of the project's user instances of the skeleton. */
		MEAN_POSE,
		/** Nodes spread around the centre, when the project has no instance of the skeleton to learn from. */
		TEMPLATE
	}

	/**
	 * @throws IllegalArgumentException if an argument other than {@code track} is null or the point count differs
	 *                                  from the skeleton's node count
	 */
	public NewInstancePose {
		if (skeleton == null || points == null || source == null) {
			throw new IllegalArgumentException("skeleton, points and source must not be null: " + skeleton + ", "
					+ points + ", " + source);
		}
		if (points.size() != skeleton.getNodes().size()) {
			throw new IllegalArgumentException(points.size() + " points for skeleton " + skeleton.getName()
					+ " of " + skeleton.getNodes().size() + " nodes");
		}
	}

	/**
	 * The pose of a new instance on frame {@code frameIndex} of {@code video}, without a centre (see the class
	 * comment).
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code video} or {@code skeleton} is not the
	 *                                  project's, the skeleton has no nodes, {@code frameIndex} is negative or
	 *                                  the frame size is below one pixel or not finite
	 */
	public static NewInstancePose propose(Labels labels, Video video, int frameIndex, Skeleton skeleton,
			double width, double height) {
		return new Proposal(labels, video, frameIndex, skeleton, width, height).propose(null);
	}

	/**
	 * The pose of a new instance on frame {@code frameIndex} of {@code video}, centred on ({@code centreX},
	 * {@code centreY}), e.g. where the person clicked (see the class comment).
	 *
	 * @throws IllegalArgumentException as {@link #propose(Labels, Video, int, Skeleton, double, double)}, or if the
	 *                                  centre is not finite
	 */
	public static NewInstancePose propose(Labels labels, Video video, int frameIndex, Skeleton skeleton,
			double centreX, double centreY, double width, double height) {
		if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
			throw new IllegalArgumentException("centre must be finite: (" + centreX + ", " + centreY + ")");
		}
		return new Proposal(labels, video, frameIndex, skeleton, width, height)
				.propose(new double[] { centreX, centreY });
	}

	/** A new user instance of the skeleton with these points and track, in no frame yet. */
	public UserInstance createInstance() {
		UserInstance instance = LabelsFactory.eINSTANCE.createUserInstance();
		instance.setSkeleton(skeleton);
		instance.setTrack(track);
		instance.setPoints(points);
		return instance;
	}

	/** One proposal's arguments and the steps that use them. */
	private static final class Proposal {
		/** Points closer than this along x and y, in pixels, are drawn on top of each other. */
		private static final double SAME_PLACE = 0.5;
		private final Labels labels;
		private final Video video;
		private final int frameIndex;
		private final Skeleton skeleton;
		private final double width;
		private final double height;
		private final int nodes;
		/** The target frame, or null when it is not labelled yet. */
		private final LabeledFrame target;

		Proposal(Labels labels, Video video, int frameIndex, Skeleton skeleton, double width, double height) {
			if (labels == null) {
				throw new IllegalArgumentException("labels must not be null");
			}
			if (video == null || video.eContainer() != labels) {
				throw new IllegalArgumentException("video is not one of the project's videos: " + video);
			}
			if (skeleton == null || skeleton.eContainer() != labels) {
				throw new IllegalArgumentException("skeleton is not one of the project's skeletons: "
						+ (skeleton == null ? null : skeleton.getName()));
			}
			if (skeleton.getNodes().isEmpty()) {
				throw new IllegalArgumentException("skeleton " + skeleton.getName() + " has no nodes");
			}
			if (frameIndex < 0) {
				throw new IllegalArgumentException("frame index must not be negative: " + frameIndex);
			}
			if (!(width >= 1) || !(height >= 1) || !Double.isFinite(width) || !Double.isFinite(height)) {
				throw new IllegalArgumentException("frame size must be at least one pixel: " + width + " x " + height);
			}
			this.labels = labels;
			this.video = video;
			this.frameIndex = frameIndex;
			this.skeleton = skeleton;
			this.width = width;
			this.height = height;
			this.nodes = skeleton.getNodes().size();
			this.target = FrameIndex.of(labels).find(video, frameIndex).orElse(null);
		}

		NewInstancePose propose(double[] centre) {
			Optional<Instance> copied = instanceToCopy();
			if (copied.isPresent()) {
				return copy(copied.get(), centre);
			}
			double[] at = centre != null ? centre : new double[] { (width - 1) / 2, (height - 1) / 2 };
			double[][] mean = MeanPose.of(labels, skeleton);
			if (mean != null) {
				Poses.translate(mean[0], mean[1], at[0], at[1]);
				fillFromTemplate(mean, at);
				return finish(mean, null, Source.MEAN_POSE, null);
			}
			return finish(Poses.circle(nodes, at[0], at[1], width, height), null, Source.TEMPLATE, null);
		}

		private NewInstancePose copy(Instance copied, double[] centre) {
			PointArray from = copied.getPoints();
			double[] x = new double[nodes];
			double[] y = new double[nodes];
			boolean[] visible = new boolean[nodes];
			boolean filledVisible = !(copied instanceof PredictedInstance);
			for (int i = 0; i < nodes; i++) {
				boolean placed = from.isPlaced(i);
				x[i] = placed ? from.x(i) : Double.NaN;
				y[i] = placed ? from.y(i) : Double.NaN;
				visible[i] = placed ? from.visible(i) : filledVisible;
			}
			double[][] pose = { x, y };
			if (from.placedCount() < nodes) {
				fillMissing(pose);
			}
			if (centre != null) {
				double[] centroid = Poses.centroid(x, y);
				Poses.translate(x, y, centre[0] - centroid[0], centre[1] - centroid[1]);
			}
			Track track = copied.getTrack() != null && !targetTracks().contains(copied.getTrack()) ? copied.getTrack()
					: null;
			return finish(pose, visible, Source.COPIED_FROM_PREVIOUS, track);
		}

		/** Places the nodes a copied pose lacks from the mean pose moved onto it, or from the template around it. */
		private void fillMissing(double[][] pose) {
			double[][] mean = MeanPose.of(labels, skeleton);
			if (mean == null) {
				fillFromTemplate(pose, Poses.centroid(pose[0], pose[1]));
				return;
			}
			boolean[] shared = new boolean[nodes];
			for (int i = 0; i < nodes; i++) {
				shared[i] = !Double.isNaN(pose[0][i]) && !Double.isNaN(mean[0][i]);
			}
			double[] onPose = Poses.centroid(pose[0], pose[1], shared);
			double[] onMean = Poses.centroid(mean[0], mean[1], shared);
			if (Double.isNaN(onPose[0])) {
				onPose = Poses.centroid(pose[0], pose[1]);
				onMean = new double[] { 0, 0 };
			}
			Poses.translate(mean[0], mean[1], onPose[0] - onMean[0], onPose[1] - onMean[1]);
			for (int i = 0; i < nodes; i++) {
				if (Double.isNaN(pose[0][i])) {
					pose[0][i] = mean[0][i];
					pose[1][i] = mean[1][i];
				}
			}
			fillFromTemplate(pose, onPose);
		}

		private void fillFromTemplate(double[][] pose, double[] centre) {
			double[][] template = null;
			for (int i = 0; i < nodes; i++) {
				if (Double.isNaN(pose[0][i]) || Double.isNaN(pose[1][i])) {
					if (template == null) {
						template = Poses.circle(nodes, centre[0], centre[1], width, height);
					}
					pose[0][i] = template[0][i];
					pose[1][i] = template[1][i];
				}
			}
		}

		/** Fits the pose inside the frame, moves it off an instance it would lie on, and makes the points. */
		private NewInstancePose finish(double[][] pose, boolean[] visible, Source source, Track track) {
			double[] x = pose[0];
			double[] y = pose[1];
			Poses.fitInside(x, y, width, height);
			PointArray points = points(x, y, visible);
			for (int step = 1; step <= 20 && overlapsAnInstance(points); step++) {
				for (int sign : new int[] { 1, -1 }) {
					double[] movedX = x.clone();
					double[] movedY = y.clone();
					Poses.translate(movedX, movedY, sign * step * OFFSET, sign * step * OFFSET);
					Poses.fitInside(movedX, movedY, width, height);
					PointArray moved = points(movedX, movedY, visible);
					if (!overlapsAnInstance(moved)) {
						return new NewInstancePose(skeleton, moved, source, track);
					}
				}
			}
			return new NewInstancePose(skeleton, points, source, track);
		}

		private PointArray points(double[] x, double[] y, boolean[] visible) {
			boolean[] shown = new boolean[nodes];
			double[] score = new double[nodes];
			for (int i = 0; i < nodes; i++) {
				shown[i] = visible == null || visible[i];
				score[i] = Double.NaN;
			}
			return PointArray.of(x, y, shown, new boolean[nodes], score);
		}

		private boolean overlapsAnInstance(PointArray points) {
			if (target == null) {
				return false;
			}
			for (Instance instance : target.getInstances()) {
				if (samePlaces(points, instance.getPoints())) {
					return true;
				}
			}
			return false;
		}

		/** Whether the two place the same nodes, each less than {@link #SAME_PLACE} pixels apart along x and y. */
		private static boolean samePlaces(PointArray a, PointArray b) {
			if (b == null || a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				boolean placed = a.isPlaced(i);
				if (placed != b.isPlaced(i) || placed && (Math.abs(a.x(i) - b.x(i)) >= SAME_PLACE
						|| Math.abs(a.y(i) - b.y(i)) >= SAME_PLACE)) {
					return false;
				}
			}
			return true;
		}

		/** The instance to copy from the nearest earlier labelled frame that has one of the skeleton. */
		private Optional<Instance> instanceToCopy() {
			FrameIndex index = FrameIndex.of(labels);
			Optional<LabeledFrame> frame = index.previous(video, frameIndex);
			while (frame.isPresent()) {
				List<Instance> candidates = candidates(frame.get());
				if (!candidates.isEmpty()) {
					return Optional.of(choose(candidates));
				}
				frame = index.previous(video, frame.get().getFrameIndex());
			}
			return Optional.empty();
		}

		private List<Instance> candidates(LabeledFrame frame) {
			List<Instance> candidates = new ArrayList<>();
			for (Instance instance : FrameInstances.shown(frame)) {
				PointArray points = instance.getPoints();
				if (instance.getSkeleton() == skeleton && points != null && points.size() == nodes
						&& points.placedCount() > 0) {
					candidates.add(instance);
				}
			}
			return candidates;
		}

		private Instance choose(List<Instance> candidates) {
			List<Track> present = targetTracks();
			for (Instance candidate : candidates) {
				if (candidate.getTrack() != null && !present.contains(candidate.getTrack())) {
					return candidate;
				}
			}
			int inTarget = target == null ? 0 : candidates(target).size();
			return candidates.get(Math.min(inTarget, candidates.size() - 1));
		}

		private List<Track> targetTracks() {
			List<Track> tracks = new ArrayList<>();
			if (target != null) {
				for (Instance instance : target.getInstances()) {
					if (instance.getTrack() != null) {
						tracks.add(instance.getTrack());
					}
				}
			}
			return tracks;
		}
	}
}
