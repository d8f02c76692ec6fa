// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.tracks;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.myrmex.model.Track;
import org.myrmex.model.Video;
import org.myrmex.model.edit.TrackCommands;
import org.myrmex.model.index.TrackSeries;
import org.myrmex.tracking.ui.internal.proofread.Identities;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.EditorView;

/**
 * The tracks of the active labels editor: name in its canvas colour, first and last frame and instance count in
 * the video shown. A double-click renames a track in place; the toolbar merges two selected tracks or deletes.
 */
public final class TracksView extends EditorView {
	public static final String ID = "org.myrmex.tracking.ui.views.tracks";

	private Table table;
	private final Map<RGB, Image> swatches = new HashMap<>();
	private Video shownVideo;
	private boolean refreshQueued;

	@Override
	public void createPartControl(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : new String[] { "Track", "First", "Last", "Instances" }) {
			new TableColumn(table, header.equals("Track") ? SWT.LEFT : SWT.RIGHT).setText(header);
		}
		table.addListener(SWT.MouseDoubleClick, event -> {
			TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(event.x, event.y));
			if (item != null) {
				rename(item);
			}
		});
		startFollowingEditors();
		refresh();
	}

	/** @return the table of tracks (for tests) */
	public Table table() {
		return table;
	}

	/** @return the tracks selected in the table */
	public List<Track> selectedTracks() {
		List<Track> tracks = new ArrayList<>();
		for (TableItem item : table.getSelection()) {
			tracks.add((Track) item.getData());
		}
		return tracks;
	}

	/** Lets the person type a new name over the selected track's name; Enter renames, Escape cancels. */
	public void renameSelected() {
		if (table.getSelectionCount() == 1) {
			rename(table.getSelection()[0]);
		}
	}

	private void rename(TableItem item) {
		TableEditor cellEditor = new TableEditor(table);
		cellEditor.grabHorizontal = true;
		Text text = new Text(table, SWT.NONE);
		text.setText(item.getText(0));
		text.selectAll();
		cellEditor.setEditor(text, item, 0);
		text.setFocus();
		Runnable close = () -> {
			cellEditor.dispose();
			text.dispose();
		};
		text.addListener(SWT.DefaultSelection, event -> {
			String name = text.getText().trim();
			Track track = (Track) item.getData();
			close.run();
			if (!name.equals(track.getName())) {
				run("Rename Track", () -> editor().execute(
						TrackCommands.rename(editor().getEditingDomain(), editor().labels(), track, name)));
			}
		});
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				close.run();
			}
		});
		text.addListener(SWT.FocusOut, event -> close.run());
	}

	/** Merges the second selected track into the first; an overlap is refused with a message naming the frame. */
	public void mergeSelected() {
		List<Track> tracks = selectedTracks();
		if (editor() == null || tracks.size() != 2) {
			MessageDialog.openInformation(getSite().getShell(), "Merge Tracks", "Select two tracks to merge.");
			return;
		}
		run("Merge Tracks", () -> editor().execute(TrackCommands.merge(editor().getEditingDomain(),
				editor().labels(), tracks.get(0), tracks.get(1))));
	}

	/** Deletes the selected tracks: their instances become untracked. */
	public void deleteSelected() {
		for (Track track : selectedTracks()) {
			run("Delete Track", () -> editor().execute(
					TrackCommands.delete(editor().getEditingDomain(), editor().labels(), track)));
		}
	}

	private void run(String title, Runnable edit) {
		if (editor() == null) {
			return;
		}
		try {
			edit.run();
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(getSite().getShell(), title, "Cannot " + title.toLowerCase() + ": "
					+ e.getMessage() + ".");
		}
	}

	@Override
	protected void editorChanged() {
		refresh();
	}

	@Override
	protected void stackChanged(EventObject event) {
		if (!refreshQueued && !table.isDisposed()) {
			refreshQueued = true;
			table.getDisplay().asyncExec(() -> {
				refreshQueued = false;
				refresh();
			});
		}
	}

	@Override
	protected void frameChanged() {
		if (editor() != null && editor().video() != shownVideo) {
			refresh();
		}
	}

	private void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		LabelsEditor editor = editor();
		List<Track> selected = selectedTracks();
		table.removeAll();
		shownVideo = editor == null ? null : editor.video();
		if (editor != null) {
			TrackSeries series = shownVideo == null ? null : Identities.series(editor);
			List<Track> tracks = editor.labels().getTracks();
			for (int t = 0; t < tracks.size(); t++) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setData(tracks.get(t));
				item.setImage(0, swatch(LabelsEditor.trackColour(t)));
				boolean any = series != null && series.count(t) > 0;
				item.setText(new String[] { tracks.get(t).getName(), any ? String.valueOf(series.firstFrame(t)) : "",
						any ? String.valueOf(series.lastFrame(t)) : "", series == null ? "" : String.valueOf(series.count(t)) });
				if (selected.contains(tracks.get(t))) {
					table.select(t);
				}
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	private Image swatch(RGB rgb) {
		return swatches.computeIfAbsent(rgb, key -> {
			Image image = new Image(table.getDisplay(), 12, 12);
			GC gc = new GC(image);
			Color colour = new Color(key);
			gc.setBackground(colour);
			gc.fillRectangle(0, 0, 12, 12);
			gc.dispose();
			return image;
		});
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		swatches.values().forEach(Image::dispose);
		super.dispose();
	}
}
