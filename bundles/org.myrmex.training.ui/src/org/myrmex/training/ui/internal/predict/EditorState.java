// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.nio.file.Path;

import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * What the Predict wizard reads of the labels editor when it opens (or of a labels file open in no editor): its labels and file, the current video and
 * frame, and the timeline's selected range.
 *
 * @param editor the editor the predictions go into, or null for a labels file that is not open (predicted into
 *               and saved)
 * @param labels its labels
 * @param file   its labels file
 * @param video  the current video, or null when the labels have none
 * @param frame  the current frame
 * @param range  the timeline's selected frames {first, last}, or null
 */
record EditorState(LabelsEditor editor, Labels labels, Path file, Video video, int frame, int[] range) {

	/** @return the state of {@code editor} now (on the UI thread) */
	static EditorState of(LabelsEditor editor) {
		int[] range = editor.timeline() == null ? null : editor.timeline().selection();
		return new EditorState(editor, editor.labels(), editor.file(), editor.video(), editor.frameIndex(), range);
	}

	/** @return the state of labels read from {@code file}, open in no editor */
	static EditorState ofFile(Labels labels, Path file) {
		Video first = labels.getVideos().isEmpty() ? null : labels.getVideos().get(0);
		return new EditorState(null, labels, file, first, 0, null);
	}
}
