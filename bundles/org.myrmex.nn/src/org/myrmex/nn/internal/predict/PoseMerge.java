// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.nn.predict.PredictionException;

/**
 * Puts predictions into labels: the frame of (video, frame number) is found, or appended when the labels have none
 * (also when nothing was found in it, as SLEAP records a predicted frame);
 * its previous predicted instances are replaced by the new ones; user instances are never touched (one that was
 * corrected from a replaced prediction forgets it, so no reference dangles). Points map to the labels' skeleton by
 * node name. Use it on the thread that owns the labels.
 */
public final class PoseMerge {
	private final Labels labels;
	private final FrameIndex index;
	private final Skeleton skeleton;
	/** For each predicted node, its place in the skeleton. */
	private final int[] place;

	/**
	 * @param nodeNames the predicted nodes, in the predictor's order
	 * @throws PredictionException when no skeleton of the labels has all the nodes
	 */
	public PoseMerge(Labels labels, List<String> nodeNames) throws PredictionException {
		this.labels = labels;
		this.index = FrameIndex.of(labels);
		this.skeleton = skeleton(labels, nodeNames);
		List<String> names = skeleton.getNodes().stream().map(Node::getName).toList();
		this.place = nodeNames.stream().mapToInt(names::indexOf).toArray();
	}

	private static Skeleton skeleton(Labels labels, List<String> nodeNames) throws PredictionException {
		for (Skeleton candidate : labels.getSkeletons()) {
			if (candidate.getNodes().stream().map(Node::getName).toList().containsAll(nodeNames)) {
				return candidate;
			}
		}
		List<String> names = labels.getSkeletons().isEmpty() ? List.of()
				: labels.getSkeletons().get(0).getNodes().stream().map(Node::getName).toList();
		throw new PredictionException("the model predicts nodes " + nodeNames + " but the labels' skeleton"
				+ (labels.getSkeletons().isEmpty() ? "s are missing" : " has " + names));
	}

	/** @return the skeleton the predicted instances get */
	public Skeleton skeleton() {
		return skeleton;
	}

	/**
	 * Replaces the predictions of one frame.
	 *
	 * @param poses the frame's predicted instances, points in the predictor's node order
	 */
	public void put(Video video, int frameNumber, List<PredictedPose> poses) {
		LabeledFrame frame = index.find(video, frameNumber).orElse(null);
		if (frame == null) {
			frame = LabelsFactory.eINSTANCE.createLabeledFrame();
			frame.setVideo(video);
			frame.setFrameIndex(frameNumber);
			labels.getLabeledFrames().add(frame);
		}
		removePredictions(frame);
		List<PredictedInstance> added = new ArrayList<>(poses.size());
		for (PredictedPose pose : poses) {
			added.add(instance(pose));
		}
		frame.getInstances().addAll(added);
	}

	private static void removePredictions(LabeledFrame frame) {
		List<Instance> old = frame.getInstances().stream().filter(PredictedInstance.class::isInstance).toList();
		if (old.isEmpty()) {
			return;
		}
		Set<Instance> gone = Set.copyOf(old);
		for (Instance instance : frame.getInstances()) {
			if (instance instanceof UserInstance user && user.getFromPredicted() != null
					&& gone.contains(user.getFromPredicted())) {
				user.setFromPredicted(null);
			}
		}
		frame.getInstances().removeAll(old);
	}

	private PredictedInstance instance(PredictedPose pose) {
		int n = skeleton.getNodes().size();
		double[] x = new double[n];
		double[] y = new double[n];
		double[] score = new double[n];
		boolean[] visible = new boolean[n];
		Arrays.fill(x, Double.NaN);
		Arrays.fill(y, Double.NaN);
		Arrays.fill(score, Double.NaN);
		for (int node = 0; node < place.length; node++) {
			int at = place[node];
			visible[at] = pose.visible(node);
			x[at] = visible[at] ? pose.x(node) : Double.NaN;
			y[at] = visible[at] ? pose.y(node) : Double.NaN;
			score[at] = pose.pointScores()[node];
		}
		PredictedInstance instance = LabelsFactory.eINSTANCE.createPredictedInstance();
		instance.setSkeleton(skeleton);
		instance.setScore(pose.score());
		instance.setTrackingScore(0);
		instance.setPoints(PointArray.of(x, y, visible, new boolean[n], score));
		return instance;
	}
}
