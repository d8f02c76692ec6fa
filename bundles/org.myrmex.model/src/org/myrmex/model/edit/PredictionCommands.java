// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;

/** Puts the predictions of a prediction run into labels as one undoable command. */
public final class PredictionCommands {
	private static final LabelsPackage MODEL = LabelsPackage.eINSTANCE;

	private PredictionCommands() {
	}

	/**
	 * Replaces the predicted instances of each predicted frame by the new ones, as SLEAP merges a prediction run:
	 * user instances are never touched (one corrected from a replaced prediction forgets it, so no reference
	 * dangles), a frame the labels lack is appended (also when it was predicted empty). One command: undo brings
	 * back exactly the labels before it. A frame listed twice takes its last predictions. Create it just before
	 * executing it (it holds the frames it changes).
	 *
	 * @return the command, {@linkplain Command#canExecute() not executable} when {@code frames} is empty
	 * @throws IllegalArgumentException if an argument is null, a video is not one of the labels', or an instance
	 *                                  already belongs to a frame or has a skeleton of other labels
	 */
	public static Command replace(EditingDomain domain, Labels labels, List<PredictedFrame> frames) {
		if (domain == null || labels == null || frames == null) {
			throw new IllegalArgumentException("domain, labels and frames must not be null");
		}
		Map<Video, Map<Integer, PredictedFrame>> latest = new LinkedHashMap<>();
		for (PredictedFrame frame : frames) {
			check(labels, frame);
			latest.computeIfAbsent(frame.video(), v -> new LinkedHashMap<>()).put(frame.frameIndex(), frame);
		}
		if (latest.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		FrameIndex index = FrameIndex.of(labels);
		CompoundCommand command = new CompoundCommand("Predict Instances");
		List<LabeledFrame> created = new ArrayList<>();
		for (Map<Integer, PredictedFrame> byNumber : latest.values()) {
			for (PredictedFrame predicted : byNumber.values()) {
				LabeledFrame existing = index.find(predicted.video(), predicted.frameIndex()).orElse(null);
				if (existing == null) {
					created.add(newFrame(predicted));
				} else {
					replaceIn(domain, existing, predicted.instances(), command);
				}
			}
		}
		if (!created.isEmpty()) {
			command.append(new AddCommand(domain, labels, MODEL.getLabels_LabeledFrames(), created));
		}
		if (command.isEmpty()) {
			return UnexecutableCommand.INSTANCE; // only existing frames with nothing predicted before or now
		}
		return command;
	}

	private static void check(Labels labels, PredictedFrame frame) {
		if (frame == null) {
			throw new IllegalArgumentException("a predicted frame is null");
		}
		if (frame.video().eContainer() != labels) {
			throw new IllegalArgumentException("video is not one of the labels' videos: " + frame.video().getFilename());
		}
		for (PredictedInstance instance : frame.instances()) {
			if (instance.eContainer() != null) {
				throw new IllegalArgumentException("a predicted instance of frame " + frame.frameIndex()
						+ " already belongs to " + instance.eContainer());
			}
			if (instance.getSkeleton() == null || instance.getSkeleton().eContainer() != labels) {
				throw new IllegalArgumentException("a predicted instance of frame " + frame.frameIndex()
						+ " has no skeleton of these labels");
			}
		}
	}

	private static LabeledFrame newFrame(PredictedFrame predicted) {
		LabeledFrame frame = LabelsFactory.eINSTANCE.createLabeledFrame();
		frame.setVideo(predicted.video());
		frame.setFrameIndex(predicted.frameIndex());
		frame.getInstances().addAll(predicted.instances());
		return frame;
	}

	private static void replaceIn(EditingDomain domain, LabeledFrame frame, List<PredictedInstance> instances,
			CompoundCommand command) {
		List<Instance> old = frame.getInstances().stream().filter(PredictedInstance.class::isInstance).toList();
		if (!old.isEmpty()) {
			Set<Instance> gone = Set.copyOf(old);
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof UserInstance user && user.getFromPredicted() != null
						&& gone.contains(user.getFromPredicted())) {
					command.append(new SetCommand(domain, user, MODEL.getUserInstance_FromPredicted(), null));
				}
			}
			command.append(new RemoveCommand(domain, frame, MODEL.getLabeledFrame_Instances(), old));
		}
		if (!instances.isEmpty()) {
			command.append(new AddCommand(domain, frame, MODEL.getLabeledFrame_Instances(), instances));
		}
	}
}
