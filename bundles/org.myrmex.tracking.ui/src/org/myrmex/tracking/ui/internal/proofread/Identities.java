// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.proofread;

import java.util.List;
import java.util.OptionalInt;

import org.eclipse.emf.common.command.Command;
import org.myrmex.model.Instance;
import org.myrmex.model.Track;
import org.myrmex.model.edit.TrackCommands;
import org.myrmex.model.index.TrackSeries;
import org.myrmex.ui.internal.editor.LabelsEditor;

/** Proofreading edits and searches on the labels editor: they present and call the headless commands. */
public final class Identities {
	private Identities() {
	}

	/** The series of the editor's video now. */
	public static TrackSeries series(LabelsEditor editor) {
		return TrackSeries.of(editor.labels(), editor.video(), editor.frameCount());
	}

	/** Gives the selected instance track {@code number} (1 is the project's first track); false if it cannot. */
	public static boolean setTrack(LabelsEditor editor, int number) {
		Instance selected = editor.selected();
		List<Track> tracks = editor.labels().getTracks();
		if (selected == null || number < 1 || number > tracks.size()) {
			return false;
		}
		Track track = tracks.get(number - 1);
		Instance holder = editor.shownInstances().stream().filter(i -> i != selected && i.getTrack() == track)
				.findFirst().orElse(null);
		if (holder != null) { // as SLEAP: the instance that held the track takes the selected one's
			return editor.execute(TrackCommands.transposeInFrame(editor.getEditingDomain(), selected, holder));
		}
		return editor.execute(org.myrmex.model.edit.InstanceCommands.setTrack(editor.getEditingDomain(), selected,
				track));
	}

	/** Gives the selected instance a new track. */
	public static boolean newTrack(LabelsEditor editor) {
		Instance selected = editor.selected();
		return selected != null && editor.execute(TrackCommands.setNewTrack(editor.getEditingDomain(),
				editor.labels(), selected, TrackCommands.freeName(editor.labels())));
	}

	/**
	 * Swaps the tracks of the selected instance and the other shown one (with two shown) from this frame to the
	 * end of the video.
	 */
	public static boolean transpose(LabelsEditor editor) {
		Instance selected = editor.selected();
		List<Instance> shown = editor.shownInstances();
		Instance other = null;
		if (shown.size() == 2) {
			other = shown.get(0) == selected ? shown.get(1) : shown.get(0);
			selected = selected == null ? shown.get(0) : selected;
		}
		if (selected == null || other == null || !shown.contains(selected)) {
			return false;
		}
		Command command = TrackCommands.transpose(editor.getEditingDomain(), editor.labels(), editor.video(),
				editor.frameIndex(), selected.getTrack(), other.getTrack());
		return editor.execute(command);
	}

	/** Untracks the selected instance's track from this frame on. */
	public static boolean deleteTrackFromHere(LabelsEditor editor) {
		Instance selected = editor.selected();
		return selected != null && selected.getTrack() != null
				&& editor.execute(TrackCommands.deleteFrom(editor.getEditingDomain(), editor.labels(),
						editor.video(), editor.frameIndex(), selected.getTrack()));
	}

	/** Shows the next frame where a track spawns, or the next identity problem; false when there is none. */
	public static boolean goToNext(LabelsEditor editor, boolean problems) {
		if (editor.video() == null) {
			return false;
		}
		TrackSeries series = series(editor);
		OptionalInt next = problems ? series.nextProblem(editor.frameIndex()) : series.nextSpawn(editor.frameIndex());
		next.ifPresent(editor::showFrame);
		return next.isPresent();
	}
}
