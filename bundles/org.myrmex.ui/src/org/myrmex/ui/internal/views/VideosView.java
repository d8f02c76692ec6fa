// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.ui.internal.editor.LabelsEditor;

/** The videos of the project being labelled: file, size, frames, frame rate. */
public class VideosView extends LabelsView {
	public static final String ID = "org.myrmex.ui.views.videos";
	private Table table;

	@Override
	public void createPartControl(Composite parent) {
		table = Tables.create(parent, "Video", "Size", "Frames", "FPS");
		// double-click (or Enter) shows the video in the active labels editor
		table.addListener(SWT.DefaultSelection, event -> {
			int row = table.getSelectionIndex();
			if (getSite().getPage().getActiveEditor() instanceof LabelsEditor editor && row >= 0
					&& row < editor.labels().getVideos().size()) {
				editor.setVideo(editor.labels().getVideos().get(row));
			}
		});
		startFollowingEditors();
	}

	@Override
	protected void show(Labels labels) {
		table.removeAll();
		for (Video video : labels.getVideos()) {
			Tables.addRow(table, video.getFilename(), video.getWidth() + " × " + video.getHeight(),
					Integer.toString(video.getFrameCount()), String.format("%.2f", video.getFps()));
		}
		Tables.packColumns(table);
	}

	/** @return the table (for tests) */
	public Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
