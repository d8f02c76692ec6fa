// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.model.index.FrameRows;
import org.myrmex.model.index.FrameRows.Filter;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.videos.VideosLabels;

/**
 * Every labelled frame of the active labels editor's project, one row each: video, frame number, user and predicted
 * instances; filtered to all frames, those with user instances or those with predictions. Double-click (or Enter)
 * shows the frame in the editor, and the row of the frame the editor shows is selected. The table is virtual and its
 * rows come from the project's {@link FrameIndex} ({@link FrameRows}), so a project of hundreds of thousands of
 * frames opens without work per row; only the rows on screen are filled in. The rows are rebuilt after edits, undos
 * and redos that add or remove frames, instances or videos, not after point moves.
 */
public class LabelledFramesView extends EditorView {
	public static final String ID = "org.myrmex.ui.views.labelledFrames";
	/** The columns, in order. */
	public static final int VIDEO = 0;
	public static final int FRAME = 1;
	public static final int USER = 2;
	public static final int PREDICTED = 3;
	/** Above this many rows fewer, the table is made anew rather than shrunk. */
	private static final int SHRINK_IN_PLACE = 1000;

	private Composite body;
	private Button[] filters;
	private Label count;
	private TableViewer viewer;
	private Filter filter = Filter.ALL;
	private FrameRows rows;

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		body.setLayout(layout);
		Composite bar = new Composite(body, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.marginTop = row.marginBottom = 2;
		row.center = true;
		bar.setLayout(row);
		String[] names = { "All", "User", "Predicted" };
		filters = new Button[names.length];
		for (int i = 0; i < names.length; i++) {
			Filter choice = Filter.values()[i];
			filters[i] = new Button(bar, SWT.RADIO);
			filters[i].setText(names[i]);
			filters[i].setSelection(choice == filter);
			filters[i].addListener(SWT.Selection, event -> {
				if (((Button) event.widget).getSelection() && filter != choice) {
					filter = choice;
					refresh();
				}
			});
		}
		count = new Label(body, SWT.NONE);
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		createViewer();
		startFollowingEditors();
		if (editor() == null) {
			refresh();
		}
	}

	/** Makes the virtual table (above the count line) with its lazy content provider and columns. */
	private void createViewer() {
		viewer = new TableViewer(body,
				SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
		fill.widthHint = fill.heightHint = 100; // else the layout asks GTK the height of every row (seconds for 200,000)
		viewer.getTable().setLayoutData(fill);
		viewer.getTable().moveAbove(count);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (rows != null && index < rows.size()) {
					viewer.replace(rows.get(index), index);
				}
			}
		});
		column("Video", SWT.LEFT, frame -> VideosLabels.fileName(frame.getVideo()));
		column("Frame", SWT.RIGHT, frame -> Integer.toString(frame.getFrameIndex()));
		column("User", SWT.RIGHT, frame -> Integer.toString(FrameRows.userCount(frame)));
		column("Predicted", SWT.RIGHT, frame -> Integer.toString(FrameRows.predictedCount(frame)));
		viewer.addDoubleClickListener(event -> jump()); // double-click or Enter
	}

	private void column(String header, int style, Function<LabeledFrame, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(header);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof LabeledFrame frame ? text.apply(frame) : "";
			}
		});
	}

	@Override
	protected void editorChanged() {
		refresh();
	}

	@Override
	protected void frameChanged() {
		selectShownFrame();
	}

	@Override
	protected void stackChanged(EventObject event) {
		viewer.getTable().getDisplay().asyncExec(() -> {
			if (!viewer.getTable().isDisposed() && editor() != null
					&& !LabelsEditor.movesPointsOnly(editor().getEditingDomain().getCommandStack().getMostRecentCommand())) {
				refresh();
			}
		});
	}

	/** Rebuilds the rows from the frame index under the filter chosen. */
	private void refresh() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		rows = editor() == null ? null : FrameRows.of(FrameIndex.of(editor().labels()), editor().labels().getVideos(), filter);
		int size = rows == null ? 0 : rows.size();
		if (viewer.getTable().getItemCount() - size > SHRINK_IN_PLACE) {
			// GTK takes seconds to drop 200,000 rows of a table, and a tenth of a second to destroy it
			viewer.getTable().dispose();
			createViewer();
		}
		viewer.setInput(rows); // with a lazy content provider: clears the rows filled in so far
		viewer.setItemCount(size); // GTK appends rows at about half a second per 200,000
		count.setText(editor() == null ? "No labels editor()"
				: size + (filter == Filter.ALL ? " labelled" : filter == Filter.USER ? " user-labelled" : " predicted")
						+ " frame" + (size == 1 ? "" : "s"));
		body.layout(true);
		sizeColumns();
		selectShownFrame();
	}

	/**
	 * Sizes the columns to their headers and to the longest video name (cut beyond 120 pixels) and frame number,
	 * measured once: packing a virtual table would measure only the rows filled in so far.
	 */
	private void sizeColumns() {
		Table table = viewer.getTable();
		List<String> longest = new ArrayList<>(List.of("Video", "Frame", "User", "Predicted"));
		if (editor() != null) {
			for (Video video : editor().labels().getVideos()) {
				String name = VideosLabels.fileName(video);
				if (name.length() > longest.get(VIDEO).length()) {
					longest.set(VIDEO, name);
				}
			}
			String last = Integer.toString(Math.max(0, editor().frameCount() - 1));
			if (last.length() > longest.get(FRAME).length()) {
				longest.set(FRAME, last);
			}
		}
		GC gc = new GC(table);
		try {
			for (int i = 0; i < longest.size(); i++) {
				table.getColumn(i).setWidth(Math.min(i == VIDEO ? 120 : 220, gc.textExtent(longest.get(i)).x + 12));
			}
		} finally {
			gc.dispose();
		}
	}

	/** Selects the row of the frame the editor shows, if it is a row. */
	private void selectShownFrame() {
		Table table = viewer.getTable();
		if (table.isDisposed() || editor() == null || rows == null || editor().video() == null) {
			return;
		}
		int row = rows.rowOf(editor().video(), editor().frameIndex());
		if (row >= 0 && table.getSelectionIndex() != row) {
			table.setSelection(row);
		} else if (row < 0 && table.getSelectionCount() > 0 && !table.isFocusControl()) {
			table.deselectAll();
		}
	}

	/** Shows the selected row's frame in the editor. */
	private void jump() {
		int row = viewer.getTable().getSelectionIndex();
		if (editor() == null || rows == null || row < 0 || row >= rows.size()) {
			return;
		}
		LabeledFrame frame = rows.get(row);
		if (frame.getVideo() != null && editor().labels().getVideos().contains(frame.getVideo())) {
			editor().show(frame.getVideo(), frame.getFrameIndex());
		}
	}

	/** Shows the frames that pass {@code newFilter}, as a click on its button does. */
	public void setFilter(Filter newFilter) {
		for (int i = 0; i < filters.length; i++) {
			filters[i].setSelection(Filter.values()[i] == newFilter);
		}
		if (filter != newFilter) {
			filter = newFilter;
			refresh();
		}
	}

	/** @return the filter buttons: All, User, Predicted (for tests) */
	public Button[] filterButtons() {
		return filters.clone();
	}

	/** @return the rows shown, null without an editor (for tests) */
	public FrameRows rows() {
		return rows;
	}

	/** @return the table (for tests) */
	public Table table() {
		return viewer.getTable();
	}

	/** @return the line that counts the rows (for tests) */
	public String countText() {
		return count.getText();
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}
}
