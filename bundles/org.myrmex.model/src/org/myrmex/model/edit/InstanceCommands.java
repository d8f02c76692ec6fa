// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;

/**
 * Commands that add, delete and re-identify instances. The commands hold the objects they change, so
 * create each one just before executing it.
 */
public final class InstanceCommands {
	private InstanceCommands() {
	}

	/**
	 * Adds {@code instance} to the labelled frame of {@code video} at {@code frameIndex}, appending that frame
	 * to the project first when the video has none there (found with the project's {@link FrameIndex}). Undo
	 * removes the instance and a frame the command created.
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code video} is not one of the project's
	 *                                  videos, {@code frameIndex} is negative or {@code instance} already
	 *                                  belongs to a frame
	 */
	public static Command add(EditingDomain domain, Labels labels, Video video, int frameIndex, Instance instance) {
		requireDomain(domain);
		if (labels == null) {
			throw new IllegalArgumentException("labels must not be null");
		}
		if (video == null || video.eContainer() != labels) {
			throw new IllegalArgumentException("video is not one of the project's videos: " + video);
		}
		if (frameIndex < 0) {
			throw new IllegalArgumentException("frame index must not be negative: " + frameIndex);
		}
		if (instance == null) {
			throw new IllegalArgumentException("instance must not be null");
		}
		if (instance.eContainer() != null) {
			throw new IllegalArgumentException("instance already belongs to " + instance.eContainer());
		}
		Optional<LabeledFrame> existing = FrameIndex.of(labels).find(video, frameIndex);
		if (existing.isPresent()) {
			AddCommand command = new AddCommand(domain, existing.get(), LabelsPackage.Literals.LABELED_FRAME__INSTANCES,
					instance);
			command.setLabel("Add Instance");
			return command;
		}
		LabeledFrame frame = LabelsFactory.eINSTANCE.createLabeledFrame();
		frame.setVideo(video);
		frame.setFrameIndex(frameIndex);
		CompoundCommand command = new CompoundCommand("Add Instance");
		command.append(new AddCommand(domain, labels, LabelsPackage.Literals.LABELS__LABELED_FRAMES, frame));
		command.append(new AddCommand(domain, frame, LabelsPackage.Literals.LABELED_FRAME__INSTANCES, instance));
		return command;
	}

	/**
	 * Deletes {@code instance} from its frame. As in SLEAP, a frame left without instances stays in the
	 * project. User instances of the same frame that were corrected from a deleted predicted instance forget
	 * it ({@code fromPredicted} becomes null), so no reference dangles; undo restores it.
	 *
	 * @throws IllegalArgumentException if an argument is null or {@code instance} is not in a frame
	 */
	public static Command delete(EditingDomain domain, Instance instance) {
		requireDomain(domain);
		if (instance == null) {
			throw new IllegalArgumentException("instance must not be null");
		}
		if (!(instance.eContainer() instanceof LabeledFrame frame)) {
			throw new IllegalArgumentException("instance is not in a labelled frame: " + instance);
		}
		CompoundCommand command = new CompoundCommand("Delete Instance");
		for (Instance other : frame.getInstances()) {
			if (other instanceof UserInstance user && user.getFromPredicted() == instance) {
				command.append(new SetCommand(domain, user, LabelsPackage.Literals.USER_INSTANCE__FROM_PREDICTED,
						null));
			}
		}
		command.append(new RemoveCommand(domain, frame, LabelsPackage.Literals.LABELED_FRAME__INSTANCES, instance));
		return command;
	}

	/**
	 * Sets the track (identity) of {@code instance}; a null track makes it untracked.
	 *
	 * @throws IllegalArgumentException if {@code domain} or {@code instance} is null, or {@code track} belongs
	 *                                  to another project than the instance
	 */
	public static Command setTrack(EditingDomain domain, Instance instance, Track track) {
		requireDomain(domain);
		if (instance == null) {
			throw new IllegalArgumentException("instance must not be null");
		}
		if (track != null) {
			EObject root = EcoreUtil.getRootContainer(instance);
			if (root instanceof Labels && track.eContainer() != root) {
				throw new IllegalArgumentException("track " + track.getName() + " is not one of the project's tracks");
			}
		}
		SetCommand command = new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__TRACK, track);
		command.setLabel("Set Track");
		return command;
	}

	private static void requireDomain(EditingDomain domain) {
		if (domain == null) {
			throw new IllegalArgumentException("domain must not be null");
		}
	}
}
