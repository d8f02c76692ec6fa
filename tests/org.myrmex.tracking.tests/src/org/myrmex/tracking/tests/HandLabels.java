// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.tests;

import java.util.HashMap;
import java.util.Map;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.Video;

/** Labels made by hand for the tracker's tests: one skeleton, one video, frames, user and predicted instances. */
final class HandLabels {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;
	final Labels labels = FACTORY.createLabels();
	final Skeleton skeleton = FACTORY.createSkeleton();
	private final Map<String, Track> tracks = new HashMap<>();

	HandLabels(String... nodes) {
		skeleton.setName("ant");
		for (String name : nodes) {
			Node node = FACTORY.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		labels.getSkeletons().add(skeleton);
		Video video = FACTORY.createVideo();
		video.setFilename("clip.mp4");
		video.setWidth(200);
		video.setHeight(100);
		labels.getVideos().add(video);
	}

	/** Adds an empty frame. */
	HandLabels frame(int index) {
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setVideo(labels.getVideos().get(0));
		frame.setFrameIndex(index);
		labels.getLabeledFrames().add(frame);
		return this;
	}

	/** Adds a user instance on track {@code track} (null: none) to the last frame; NaN x for a missing node. */
	HandLabels user(String track, double... xy) {
		Instance instance = FACTORY.createUserInstance();
		instance.setSkeleton(skeleton);
		Point[] points = new Point[xy.length / 2];
		for (int i = 0; i < points.length; i++) {
			points[i] = Double.isNaN(xy[2 * i]) ? Point.missing() : Point.placed(xy[2 * i], xy[2 * i + 1]);
		}
		instance.setPoints(PointArray.of(points));
		instance.setTrack(track(track));
		lastFrame().getInstances().add(instance);
		return this;
	}

	/** Adds a predicted instance with a score to the last frame, on track {@code track} (null: none). */
	HandLabels predicted(String track, double score, double... xy) {
		PredictedInstance instance = FACTORY.createPredictedInstance();
		instance.setSkeleton(skeleton);
		instance.setScore(score);
		Point[] points = new Point[xy.length / 2];
		for (int i = 0; i < points.length; i++) {
			points[i] = Double.isNaN(xy[2 * i]) ? Point.missing() : Point.predicted(xy[2 * i], xy[2 * i + 1], 1);
		}
		instance.setPoints(PointArray.of(points));
		instance.setTrack(track(track));
		lastFrame().getInstances().add(instance);
		return this;
	}

	/** Adds an untracked predicted instance with score 1. */
	HandLabels predicted(double... xy) {
		return predicted(null, 1, xy);
	}

	private Track track(String name) {
		if (name == null) {
			return null;
		}
		return tracks.computeIfAbsent(name, n -> {
			Track track = FACTORY.createTrack();
			track.setName(n);
			labels.getTracks().add(track);
			return track;
		});
	}

	private LabeledFrame lastFrame() {
		return labels.getLabeledFrames().get(labels.getLabeledFrames().size() - 1);
	}
}
