// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Track;
import org.myrmex.model.edit.InstanceCommands;

/**
 * Tracks labels that are being edited again, as one undoable command: {@link Tracking#run} works on a copy
 * (made on the thread that edits the labels), then {@link #command(EditingDomain)} turns its result into one
 * compound command on the original labels: the new track list, each instance's track and tracking score, and
 * the removal of the instances culling dropped. Nothing changes on the labels until that command executes.
 */
public final class Retracking {
	private final Labels labels;
	private final Labels copy;
	/** Original object of each copied one. */
	private final Map<EObject, EObject> originals = new HashMap<>();
	private final Map<Instance, Instance> copies = new HashMap<>();
	private TrackingSummary summary;

	/** Copies {@code labels}; call on the thread that edits them. */
	public Retracking(Labels labels) {
		this.labels = labels;
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		copy = (Labels) copier.copy(labels);
		copier.copyReferences();
		copier.forEach((original, copied) -> originals.put(copied, original));
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				copies.put(instance, (Instance) copier.get(instance));
			}
		}
	}

	/** Tracks the copy (on any thread); see {@link Tracking#run}. */
	public TrackingSummary run(TrackerOptions options, FrameImages frames, IProgressMonitor monitor)
			throws TrackingException {
		summary = Tracking.run(copy, options, frames, monitor);
		return summary;
	}

	/** The summary of the run, or null before it finished. */
	public TrackingSummary summary() {
		return summary;
	}

	/**
	 * The command that gives the original labels the copy's tracks; call after {@link #run} on the thread that
	 * edits the labels, before they change.
	 */
	public Command command(EditingDomain domain) {
		if (summary == null) {
			throw new IllegalStateException("the labels have not been tracked yet");
		}
		CompoundCommand command = new CompoundCommand("Track");
		Map<Track, Track> tracks = new HashMap<>();
		List<Track> list = new ArrayList<>();
		for (Track track : copy.getTracks()) {
			Track original = (Track) originals.getOrDefault(track, track);
			tracks.put(track, original);
			list.add(original);
		}
		command.append(new SetCommand(domain, labels, LabelsPackage.Literals.LABELS__TRACKS, list));
		for (Map.Entry<Instance, Instance> entry : copies.entrySet()) {
			Instance original = entry.getKey();
			Instance tracked = entry.getValue();
			if (tracked.eContainer() == null) {
				command.append(InstanceCommands.delete(domain, original));
				continue;
			}
			Track track = tracked.getTrack() == null ? null : tracks.getOrDefault(tracked.getTrack(),
					(Track) originals.get(tracked.getTrack()));
			if (track != original.getTrack()) {
				command.append(new SetCommand(domain, original, LabelsPackage.Literals.INSTANCE__TRACK, track));
			}
			if (Double.compare(tracked.getTrackingScore(), original.getTrackingScore()) != 0) {
				command.append(new SetCommand(domain, original, LabelsPackage.Literals.INSTANCE__TRACKING_SCORE,
						tracked.getTrackingScore()));
			}
		}
		return command;
	}
}
