// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import java.util.EventObject;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.myrmex.ui.internal.widgets.Widgets;
import org.myrmex.model.Video;
import org.myrmex.model.edit.VideoCommands;
import org.myrmex.ui.internal.views.videos.VideoProbe;
import org.myrmex.ui.internal.views.videos.VideosLabels;
import org.myrmex.ui.internal.views.videos.VideosViewPart;

/**
 * The videos of the active labels editor's project: file (marked when missing), size, frames and a grayscale box
 * that a click toggles. A size or frame count the labels do not store is read from the video in the background
 * ({@link VideoProbe}). Its toolbar and context menu hold Add Videos…, Remove Video, Toggle Grayscale and Replace
 * Video… ({@code plugin.xml}); every edit is undoable on the editor's command stack. Double-click (or Enter) shows
 * the video in the editor, whose video is in bold.
 */
public class VideosView extends EditorView implements VideosViewPart {
	public static final String ID = VideosViewPart.ID;
	/** The columns, in order. */
	public static final int FILE = 0;
	public static final int SIZE = 1;
	public static final int FRAMES = 2;
	public static final int GRAYSCALE = 3;
	private static final int MAX_FILE_WIDTH = 160;

	private TableViewer viewer;
	private VideoProbe probe;
	private Video bold;

	@Override
	public void createPartControl(Composite parent) {
		viewer = Widgets.tableViewer(parent);
		Table table = viewer.getTable();
		probe = new VideoProbe(parent.getDisplay(), () -> {
			if (!table.isDisposed()) {
				viewer.refresh();
				packColumns();
			}
		});
		column("Video", SWT.LEFT, VideosLabels::file);
		column("Size", SWT.RIGHT, VideosLabels::size);
		column("Frames", SWT.RIGHT, VideosLabels::frames);
		column("Grayscale", SWT.CENTER, (video, probed) -> VideosLabels.grayscale(video));
		ColumnViewerToolTipSupport.enableFor(viewer);
		table.addListener(SWT.MouseDown, this::clicked);
		viewer.addDoubleClickListener(event -> showSelected()); // double-click or Enter
		MenuManager menu = new MenuManager("#Videos", ID);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(ID, menu, viewer);
		getSite().setSelectionProvider(viewer);
		startFollowingEditors();
	}

	/** A column whose text comes from the video and what the probe found about it. */
	private void column(String header, int style, BiFunction<Video, VideoProbe.Result, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(header);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Video video = (Video) element;
				return text.apply(video, probe.result(video));
			}

			@Override
			public String getToolTipText(Object element) {
				Video video = (Video) element;
				return VideosLabels.tooltip(video, probe.result(video));
			}

			@Override
			public Color getForeground(Object element) {
				VideoProbe.Result probed = probe.result((Video) element);
				return probed != null && probed.missing()
						? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_RED)
						: null;
			}

			@Override
			public Font getFont(Object element) {
				return element == bold ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}
		});
	}

	@Override
	protected void editorChanged() {
		probe.clear();
		refresh();
	}

	@Override
	protected void stackChanged(EventObject event) {
		viewer.getTable().getDisplay().asyncExec(() -> {
			if (!viewer.getTable().isDisposed()) {
				refresh();
			}
		});
	}

	/** The editor showed a frame: in bold the video it shows, if that changed. */
	@Override
	protected void frameChanged() {
		if (editor() != null && editor().video() != bold && !viewer.getTable().isDisposed()) {
			bold = editor().video();
			viewer.refresh();
		}
	}

	/** Shows the project's videos as they are now, and checks those not checked yet. */
	private void refresh() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		List<Video> videos = editor() == null ? List.of() : List.copyOf(editor().labels().getVideos());
		bold = editor() == null ? null : editor().video();
		if (videos.equals(viewer.getInput())) {
			viewer.refresh();
		} else {
			ISelection selection = viewer.getSelection();
			viewer.setInput(videos);
			viewer.setSelection(selection, true); // kept while its video is still there
		}
		if (editor() != null) {
			probe.probe(videos, editor().file());
		}
		packColumns();
	}

	/** Sizes each column to its header and its longest text (in bold: the editor's video is). */
	private void packColumns() {
		Table table = viewer.getTable();
		GC gc = new GC(table);
		try {
			gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			for (int column = 0; column < table.getColumnCount(); column++) {
				int width = gc.textExtent(table.getColumn(column).getText()).x;
				for (TableItem item : table.getItems()) {
					width = Math.max(width, gc.textExtent(item.getText(column)).x);
				}
				// a long file name is cut (its tooltip has the whole path): the other columns stay in sight
				int limit = column == FILE ? MAX_FILE_WIDTH : Integer.MAX_VALUE;
				table.getColumn(column).setWidth(Math.min(limit, width + 14));
			}
		} finally {
			gc.dispose();
		}
	}

	/** A click on a grayscale box toggles it, through a command on the editor's stack. */
	private void clicked(Event event) {
		if (event.button != 1 || event.count > 1 || editor() == null) { // the second click of a double-click shows
			return;
		}
		Table table = viewer.getTable();
		TableItem item = table.getItem(new Point(event.x, event.y));
		if (item != null && item.getBounds(GRAYSCALE).contains(event.x, event.y) && item.getData() instanceof Video video) {
			editor().execute(VideoCommands.setGrayscale(editor().getEditingDomain(), video, !video.isGrayscale()));
		}
	}

	private void showSelected() {
		Video video = selectedVideo();
		if (editor() != null && video != null && editor().labels().getVideos().contains(video)) {
			editor().setVideo(video);
		}
	}

	@Override
	public Video selectedVideo() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.getFirstElement() instanceof Video video ? video : null;
	}

	@Override
	public void select(Video video) {
		refresh(); // the video may have come with the edit just made
		viewer.setSelection(video == null ? StructuredSelection.EMPTY : new StructuredSelection(video), true);
	}

	/** @return the table (for tests) */
	public Table table() {
		return viewer.getTable();
	}

	/** @return the background checks of the videos (for tests) */
	public VideoProbe probe() {
		return probe;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}
}
