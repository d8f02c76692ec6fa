// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.nn.predict.PredictionException;

/**
 * Turns predicted poses into predicted instances of the labels' skeleton, points mapped by node name (nodes the
 * model does not predict stay missing). The instances belong to no frame yet.
 */
public final class PoseInstances {
	private final Skeleton skeleton;
	/** For each predicted node, its place in the skeleton. */
	private final int[] place;

	/**
	 * @param nodeNames   the predicted nodes, in the predictor's order
	 * @param modelFolder the model folder named when the skeleton does not fit, or null
	 * @throws PredictionException when no skeleton of the labels has all the nodes
	 */
	public PoseInstances(Labels labels, List<String> nodeNames, Path modelFolder) throws PredictionException {
		this.skeleton = skeleton(labels, nodeNames, modelFolder);
		List<String> names = skeleton.getNodes().stream().map(Node::getName).toList();
		this.place = nodeNames.stream().mapToInt(names::indexOf).toArray();
	}

	private static Skeleton skeleton(Labels labels, List<String> nodeNames, Path modelFolder)
			throws PredictionException {
		for (Skeleton candidate : labels.getSkeletons()) {
			if (candidate.getNodes().stream().map(Node::getName).toList().containsAll(nodeNames)) {
				return candidate;
			}
		}
		List<String> names = labels.getSkeletons().isEmpty() ? List.of()
				: labels.getSkeletons().get(0).getNodes().stream().map(Node::getName).toList();
		throw new PredictionException((modelFolder == null ? "" : modelFolder + ": ") + "the model predicts nodes "
				+ nodeNames + " but the labels' skeleton" + (labels.getSkeletons().isEmpty() ? "s are missing"
						: " has " + names + ": the model was trained on another skeleton"));
	}

	/** @return the skeleton the predicted instances get */
	public Skeleton skeleton() {
		return skeleton;
	}

	/** @return one predicted instance per pose, in order */
	public List<PredictedInstance> of(List<PredictedPose> poses) {
		List<PredictedInstance> instances = new ArrayList<>(poses.size());
		for (PredictedPose pose : poses) {
			instances.add(instance(pose));
		}
		return instances;
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
