// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * The fixture models' labelled frames and SLEAP's own predictions for them ({@code labels_gt.*.slp},
 * {@code labels_pr.*.slp}), with the frames read from the fixture videos.
 */
final class PredictionFixtures {
	static final String MODELS = "sleap/models/";
	static final String FLIES_VIDEO = "sleap/json_format_v1/centered_pair_low_quality.mp4";
	static final String ROBOT_VIDEO = "sleap/videos/small_robot.mp4";

	/** A labels file's frames: their images and instances (points {x0, y0, x1, y1, …}, point scores, score). */
	record Frames(List<VideoFrame> images, List<List<PredictedPose>> instances) {
	}

	private PredictionFixtures() {
	}

	/** @return a model folder of the fixtures */
	static Path model(String name) {
		return Fixtures.get(MODELS + name);
	}

	/** @return the frames of a labels file read by Myrmex from {@code video}, with their instances in file order */
	static Frames read(Path labelsFile, String video) throws Exception {
		return read(labelsFile, video, false);
	}

	/** @return the frames of a labels file decoded as SLEAP decoded them ({@link SleapFrames}) */
	static Frames readAsSleap(Path labelsFile, String video) throws Exception {
		return read(labelsFile, video, true);
	}

	private static Frames read(Path labelsFile, String video, boolean asSleap) throws Exception {
		Labels labels = SlpReader.read(labelsFile);
		List<VideoFrame> images = new ArrayList<>();
		List<List<PredictedPose>> instances = new ArrayList<>();
		try (VideoSource source = Videos.open(Fixtures.get(video))) {
			for (LabeledFrame frame : labels.getLabeledFrames()) {
				images.add(asSleap
						? SleapFrames.read(source.path(), frame.getFrameIndex(), source.width(), source.height(),
								frame.getVideo().isGrayscale())
						: source.read(frame.getFrameIndex(), ColorMode.ofChannels(source.channels())));
				List<PredictedPose> poses = new ArrayList<>();
				for (Instance instance : frame.getInstances()) {
					poses.add(pose(instance));
				}
				instances.add(poses);
			}
		}
		return new Frames(images, instances);
	}

	static PredictedPose pose(Instance instance) {
		PointArray points = instance.getPoints();
		double[] xy = new double[2 * points.size()];
		double[] scores = new double[points.size()];
		for (int i = 0; i < points.size(); i++) {
			boolean visible = points.visible(i);
			xy[2 * i] = visible ? points.x(i) : Double.NaN;
			xy[2 * i + 1] = visible ? points.y(i) : Double.NaN;
			scores[i] = instance instanceof PredictedInstance ? points.score(i) : 1;
		}
		double score = instance instanceof PredictedInstance p ? p.getScore() : Double.NaN;
		return new PredictedPose(xy, scores, score);
	}

	/** @return SLEAP's centroid of an instance: the midpoint of its points' bounding box */
	static double[] boxCentre(PredictedPose pose) {
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < pose.nodeCount(); i++) {
			if (pose.visible(i)) {
				minX = Math.min(minX, pose.x(i));
				maxX = Math.max(maxX, pose.x(i));
				minY = Math.min(minY, pose.y(i));
				maxY = Math.max(maxY, pose.y(i));
			}
		}
		return new double[] { (minX + maxX) / 2, (minY + maxY) / 2 };
	}

	/** @return for each expected instance, the mean distance of its points to those of the closest actual one */
	static double meanPointDistance(List<PredictedPose> expected, List<PredictedPose> actual) {
		double sum = 0;
		int count = 0;
		for (PredictedPose e : expected) {
			PredictedPose a = closest(e, actual);
			for (int i = 0; i < e.nodeCount(); i++) {
				if (e.visible(i)) {
					sum += Math.hypot(e.x(i) - a.x(i), e.y(i) - a.y(i));
					count++;
				}
			}
		}
		return sum / count;
	}

	/** @return the instance of {@code candidates} whose points are nearest to {@code pose} (mean distance) */
	static PredictedPose closest(PredictedPose pose, List<PredictedPose> candidates) {
		PredictedPose best = null;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (PredictedPose c : candidates) {
			double d = 0;
			for (int i = 0; i < pose.nodeCount(); i++) {
				d += Math.hypot(pose.x(i) - c.x(i), pose.y(i) - c.y(i));
			}
			if (d < bestDistance) {
				bestDistance = d;
				best = c;
			}
		}
		return best;
	}

	/** @return a readable form of some instances */
	static String describe(List<PredictedPose> poses) {
		StringBuilder text = new StringBuilder();
		for (PredictedPose p : poses) {
			text.append(String.format("[score %.6f:", p.score()));
			for (int i = 0; i < p.nodeCount(); i++) {
				text.append(String.format(" (%.4f, %.4f; %.6f)", p.x(i), p.y(i), p.pointScores()[i]));
			}
			text.append("] ");
		}
		return text.toString();
	}
}
