// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.ArrayList;
import java.util.List;

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
import org.myrmex.model.Track;
import org.myrmex.model.Video;

/**
 * Commands that proofread identities: give an instance a new track, transpose or cut tracks from a frame on,
 * rename, merge and delete tracks. Each is one undoable command; create it just before executing it.
 */
public final class TrackCommands {
	private TrackCommands() {
	}

	/** Adds a new track named {@code name} to the project and gives it to {@code instance}. */
	public static Command setNewTrack(EditingDomain domain, Labels labels, Instance instance, String name) {
		require(domain, labels);
		if (instance == null || name == null || name.isBlank()) {
			throw new IllegalArgumentException("an instance and a track name are needed");
		}
		Track track = LabelsFactory.eINSTANCE.createTrack();
		track.setName(name);
		if (instance.eContainer() instanceof LabeledFrame frame) {
			track.setSpawnedOn(frame.getFrameIndex());
		}
		CompoundCommand command = new CompoundCommand("New Track");
		command.append(new AddCommand(domain, labels, LabelsPackage.Literals.LABELS__TRACKS, track));
		command.append(new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__TRACK, track));
		return command;
	}

	/** A track name not yet used in the project: {@code track_N} with the smallest free N. */
	public static String freeName(Labels labels) {
		for (int n = labels.getTracks().size();; n++) {
			String name = "track_" + n;
			if (labels.getTracks().stream().noneMatch(t -> name.equals(t.getName()))) {
				return name;
			}
		}
	}

	/**
	 * Swaps tracks {@code a} and {@code b} on every instance of {@code video} at frame {@code from} and later.
	 * Not executable when no instance there holds either track, the tracks are the same or one is missing (an
	 * untracked instance has no identity to exchange).
	 */
	public static Command transpose(EditingDomain domain, Labels labels, Video video, int from, Track a, Track b) {
		require(domain, labels);
		CompoundCommand command = new CompoundCommand("Transpose Tracks");
		if (a == b || a == null || b == null) {
			return UnexecutableCommand.INSTANCE;
		}
		for (Instance instance : instancesFrom(labels, video, from)) {
			if (instance.getTrack() == a || instance.getTrack() == b) {
				Track other = instance.getTrack() == a ? b : a;
				command.append(new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__TRACK, other));
			}
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/** Swaps the tracks of two instances (of one frame). */
	public static Command transposeInFrame(EditingDomain domain, Instance a, Instance b) {
		if (domain == null || a == null || b == null || a == b) {
			throw new IllegalArgumentException("transposing needs two instances");
		}
		CompoundCommand command = new CompoundCommand("Set Track");
		command.append(new SetCommand(domain, a, LabelsPackage.Literals.INSTANCE__TRACK, b.getTrack()));
		command.append(new SetCommand(domain, b, LabelsPackage.Literals.INSTANCE__TRACK, a.getTrack()));
		return command;
	}

	/** Untracks every instance of {@code track} in {@code video} at frame {@code from} and later. */
	public static Command deleteFrom(EditingDomain domain, Labels labels, Video video, int from, Track track) {
		require(domain, labels);
		CompoundCommand command = new CompoundCommand("Delete Track From Here");
		for (Instance instance : instancesFrom(labels, video, from)) {
			if (track != null && instance.getTrack() == track) {
				command.append(new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__TRACK, null));
			}
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/**
	 * Renames {@code track}.
	 *
	 * @throws IllegalArgumentException if the name is blank or another track of the project has it
	 */
	public static Command rename(EditingDomain domain, Labels labels, Track track, String name) {
		require(domain, labels);
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a track name must not be blank");
		}
		for (Track other : labels.getTracks()) {
			if (other != track && name.equals(other.getName())) {
				throw new IllegalArgumentException("another track is already named " + name);
			}
		}
		SetCommand command = new SetCommand(domain, track, LabelsPackage.Literals.TRACK__NAME, name);
		command.setLabel("Rename Track");
		return command;
	}

	/**
	 * Gives every instance of {@code from} the track {@code into} and removes {@code from} from the project.
	 *
	 * @throws IllegalArgumentException if the tracks are the same, or both hold an instance in one frame (the
	 *                                  message names the first such frame)
	 */
	public static Command merge(EditingDomain domain, Labels labels, Track into, Track from) {
		require(domain, labels);
		if (into == null || from == null || into == from) {
			throw new IllegalArgumentException("merging needs two different tracks");
		}
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			boolean hasInto = false;
			boolean hasFrom = false;
			for (Instance instance : frame.getInstances()) {
				hasInto |= instance.getTrack() == into;
				hasFrom |= instance.getTrack() == from;
			}
			if (hasInto && hasFrom) {
				throw new IllegalArgumentException("tracks " + into.getName() + " and " + from.getName()
						+ " overlap: both are in frame " + frame.getFrameIndex()
						+ (frame.getVideo() == null ? "" : " of " + frame.getVideo().getFilename()));
			}
		}
		CompoundCommand command = new CompoundCommand("Merge Tracks");
		for (Instance instance : holders(labels, from)) {
			command.append(new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__TRACK, into));
		}
		command.append(new RemoveCommand(domain, labels, LabelsPackage.Literals.LABELS__TRACKS, from));
		return command;
	}

	/** Untracks every instance of {@code track} and removes it from the project. */
	public static Command delete(EditingDomain domain, Labels labels, Track track) {
		require(domain, labels);
		if (track == null || !labels.getTracks().contains(track)) {
			throw new IllegalArgumentException("track is not one of the project's tracks: " + track);
		}
		CompoundCommand command = new CompoundCommand("Delete Track");
		for (Instance instance : holders(labels, track)) {
			command.append(new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__TRACK, null));
		}
		command.append(new RemoveCommand(domain, labels, LabelsPackage.Literals.LABELS__TRACKS, track));
		return command;
	}

	private static List<Instance> holders(Labels labels, Track track) {
		List<Instance> found = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (instance.getTrack() == track) {
					found.add(instance);
				}
			}
		}
		return found;
	}

	private static List<Instance> instancesFrom(Labels labels, Video video, int from) {
		List<Instance> found = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video && frame.getFrameIndex() >= from) {
				found.addAll(frame.getInstances());
			}
		}
		return found;
	}

	private static void require(EditingDomain domain, Labels labels) {
		if (domain == null || labels == null) {
			throw new IllegalArgumentException("domain and labels must not be null");
		}
	}
}
