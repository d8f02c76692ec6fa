// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
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
	private final PoseInstances instances;

	/**
	 * @param nodeNames   the predicted nodes, in the predictor's order
	 * @param modelFolder the model folder named when the skeleton does not fit, or null
	 * @throws PredictionException when no skeleton of the labels has all the nodes
	 */
	public PoseMerge(Labels labels, List<String> nodeNames, Path modelFolder) throws PredictionException {
		this.labels = labels;
		this.instances = new PoseInstances(labels, nodeNames, modelFolder);
		this.index = FrameIndex.of(labels);
	}

	/** @return the skeleton the predicted instances get */
	public Skeleton skeleton() {
		return instances.skeleton();
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
		frame.getInstances().addAll(instances.of(poses));
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
}
