// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
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
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;

/**
 * Commands that add, delete, move, convert and re-identify instances. The commands hold the objects they change, so
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

	/**
	 * Moves every placed point of {@code instance} by ({@code dx}, {@code dy}), as SLEAP's Alt-drag of a whole
	 * instance does: missing points stay missing, and every point keeps its visible and complete flags and its
	 * score. An instance with no placed point cannot move: the command is then
	 * {@linkplain Command#canExecute() not executable}.
	 *
	 * @throws IllegalArgumentException if an argument is null, the instance has no points or a delta is not
	 *                                  finite
	 */
	public static Command moveInstance(EditingDomain domain, Instance instance, double dx, double dy) {
		requireDomain(domain);
		if (instance == null) {
			throw new IllegalArgumentException("instance must not be null");
		}
		if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
			throw new IllegalArgumentException("instance cannot move by (" + dx + ", " + dy + ")");
		}
		PointArray points = instance.getPoints();
		if (points == null) {
			throw new IllegalArgumentException("instance has no points: " + instance);
		}
		if (points.placedCount() == 0) {
			return UnexecutableCommand.INSTANCE;
		}
		SetCommand command = new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__POINTS,
				points.translated(dx, dy));
		command.setLabel("Move Instance");
		return command;
	}

	/**
	 * Adds to {@code predicted}'s frame a user instance made from it, as SLEAP does when a person double-clicks
	 * a predicted instance: same skeleton and track, {@link UserInstance#getFromPredicted()} set to
	 * {@code predicted}, and each placed point copied with its coordinates and visibility but, as SLEAP's user
	 * points, not complete (shown as not yet verified) and without a score ({@code NaN}); missing points stay
	 * missing. The predicted instance stays in the frame; {@link FrameInstances#shown(LabeledFrame)} hides it
	 * behind the new instance. After execution, {@link Command#getResult()} holds the new user instance.
	 *
	 * <p>A predicted instance that a user instance of its frame was already made from is not converted again:
	 * the command is then {@linkplain Command#canExecute() not executable}.
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code predicted} is not in a labelled frame or
	 *                                  has no points
	 */
	public static Command convertToUser(EditingDomain domain, PredictedInstance predicted) {
		requireDomain(domain);
		if (predicted == null) {
			throw new IllegalArgumentException("predicted instance must not be null");
		}
		if (!(predicted.eContainer() instanceof LabeledFrame frame)) {
			throw new IllegalArgumentException("predicted instance is not in a labelled frame: " + predicted);
		}
		PointArray points = predicted.getPoints();
		if (points == null) {
			throw new IllegalArgumentException("predicted instance has no points: " + predicted);
		}
		if (FrameInstances.userCopyOf(predicted).isPresent()) {
			return UnexecutableCommand.INSTANCE;
		}
		UserInstance user = LabelsFactory.eINSTANCE.createUserInstance();
		user.setSkeleton(predicted.getSkeleton());
		user.setTrack(predicted.getTrack());
		user.setFromPredicted(predicted);
		user.setPoints(unverifiedCopy(points));
		AddCommand command = new AddCommand(domain, frame, LabelsPackage.Literals.LABELED_FRAME__INSTANCES, user);
		command.setLabel("Convert to User Instance");
		return command;
	}

	/** The points with the same coordinates and visibility, none complete, no score; missing ones stay missing. */
	private static PointArray unverifiedCopy(PointArray points) {
		int n = points.size();
		double[] x = new double[n];
		double[] y = new double[n];
		boolean[] visible = new boolean[n];
		boolean[] complete = new boolean[n];
		double[] score = new double[n];
		for (int i = 0; i < n; i++) {
			boolean placed = points.isPlaced(i);
			x[i] = placed ? points.x(i) : Double.NaN;
			y[i] = placed ? points.y(i) : Double.NaN;
			visible[i] = placed && points.visible(i);
			score[i] = Double.NaN;
		}
		return PointArray.of(x, y, visible, complete, score);
	}

	private static void requireDomain(EditingDomain domain) {
		if (domain == null) {
			throw new IllegalArgumentException("domain must not be null");
		}
	}
}
