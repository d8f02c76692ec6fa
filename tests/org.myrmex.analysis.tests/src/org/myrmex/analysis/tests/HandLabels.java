// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;

/** Labels made by hand for the evaluator's tests: one skeleton, videos, frames, user and predicted instances. */
final class HandLabels {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;
	final Labels labels = FACTORY.createLabels();
	final Skeleton skeleton = FACTORY.createSkeleton();

	HandLabels(String... nodes) {
		skeleton.setName("ant");
		for (String name : nodes) {
			Node node = FACTORY.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		labels.getSkeletons().add(skeleton);
		video("clip.mp4");
	}

	/** Adds a video. */
	HandLabels video(String filename) {
		Video video = FACTORY.createVideo();
		video.setFilename(filename);
		labels.getVideos().add(video);
		return this;
	}

	/** Adds an empty frame of video {@code video}. */
	HandLabels frame(int video, int index) {
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setVideo(labels.getVideos().get(video));
		frame.setFrameIndex(index);
		labels.getLabeledFrames().add(frame);
		return this;
	}

	/** Adds a user instance to the last frame; {@code xy} holds x, y per node, NaN for a missing node. */
	HandLabels user(double... xy) {
		Instance instance = FACTORY.createUserInstance();
		instance.setSkeleton(skeleton);
		Point[] points = new Point[xy.length / 2];
		for (int i = 0; i < points.length; i++) {
			points[i] = Double.isNaN(xy[2 * i]) ? Point.missing() : Point.placed(xy[2 * i], xy[2 * i + 1]);
		}
		instance.setPoints(PointArray.of(points));
		lastFrame().getInstances().add(instance);
		return this;
	}

	/** Adds a predicted instance with a score to the last frame. */
	HandLabels predicted(double score, double... xy) {
		PredictedInstance instance = FACTORY.createPredictedInstance();
		instance.setSkeleton(skeleton);
		instance.setScore(score);
		Point[] points = new Point[xy.length / 2];
		for (int i = 0; i < points.length; i++) {
			points[i] = Double.isNaN(xy[2 * i]) ? Point.missing() : Point.predicted(xy[2 * i], xy[2 * i + 1], 1);
		}
		instance.setPoints(PointArray.of(points));
		lastFrame().getInstances().add(instance);
		return this;
	}

	private LabeledFrame lastFrame() {
		return labels.getLabeledFrames().get(labels.getLabeledFrames().size() - 1);
	}
}
