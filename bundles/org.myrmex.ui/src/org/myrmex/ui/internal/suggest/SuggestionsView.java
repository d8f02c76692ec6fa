// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.myrmex.analysis.suggest.FrameSuggestion;
import org.myrmex.model.Suggestion;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.EditorView;
import org.myrmex.ui.internal.views.Tables;
import org.myrmex.ui.internal.views.videos.VideosLabels;

/**
 * The active labels editor's suggested frames, by video then frame: frame, video, group, and for those generated in
 * this session the method, score and reason. Double-click or Enter shows the frame; Generate... suggests more (in a
 * job), Remove and Clear take selected or all suggestions out; each is one undoable command.
 */
public class SuggestionsView extends EditorView {
	public static final String ID = "org.myrmex.ui.views.suggestions";
	/** The columns, in order. */
	public static final int FRAME = 0;
	public static final int VIDEO = 1;
	public static final int GROUP = 2;
	public static final int METHOD = 3;
	public static final int SCORE = 4;
	public static final int REASON = 5;

	private Composite body;
	private Button generate;
	private Button remove;
	private Button clear;
	private Label notes;
	private Table table;
	private List<Suggestion> rows = List.of();

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
		bar.setLayout(row);
		generate = button(bar, "Generate...", "Suggest frames to label (method, number of frames, seed, models)",
				this::generate);
		remove = button(bar, "Remove", "Remove the selected suggestions (undoable)", this::removeSelected);
		clear = button(bar, "Clear", "Remove every suggestion (undoable)", this::clear);
		notes = new Label(body, SWT.WRAP);
		GridData notesData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		notesData.widthHint = 100;
		notes.setLayoutData(notesData);
		table = new Table(body, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : new String[] { "Frame", "Video", "Group", "Method", "Score", "Reason" }) {
			new TableColumn(table, header.equals("Frame") || header.equals("Score") ? SWT.RIGHT : SWT.LEFT)
					.setText(header);
		}
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.addListener(SWT.DefaultSelection, event -> jump()); // double-click or Enter
		startFollowingEditors();
		if (editor() == null) {
			refresh();
		}
	}

	private static Button button(Composite bar, String text, String tip, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	@Override
	protected void editorChanged() {
		notes.setText("");
		refresh();
	}

	@Override
	protected void frameChanged() {
		selectShownFrame();
	}

	@Override
	protected void stackChanged(EventObject event) {
		table.getDisplay().asyncExec(() -> {
			if (!table.isDisposed() && editor() != null && !LabelsEditor
					.movesPointsOnly(editor().getEditingDomain().getCommandStack().getMostRecentCommand())) {
				refresh();
			}
		});
	}

	/** Lists the editor's suggestions again. */
	private void refresh() {
		if (table.isDisposed()) {
			return;
		}
		table.removeAll();
		rows = editor() == null ? List.of() : SuggestionOrder.sorted(editor().labels());
		SuggestionSession session = editor() == null ? null : SuggestionSession.of(editor().labels());
		for (Suggestion s : rows) {
			FrameSuggestion details = session.details(s);
			Tables.addRow(table, Integer.toString(s.getFrameIndex()), VideosLabels.fileName(s.getVideo()),
					Integer.toString(s.getGroup()), details == null ? "" : details.method().label(),
					details == null ? "" : String.format("%.3g", details.score()),
					details == null ? "" : details.reason());
		}
		Tables.packColumns(table);
		table.getColumn(VIDEO).setWidth(Math.min(140, table.getColumn(VIDEO).getWidth()));
		boolean any = editor() != null;
		generate.setEnabled(any);
		remove.setEnabled(any && !rows.isEmpty());
		clear.setEnabled(any && !rows.isEmpty());
		setContentDescription(editor() == null ? "No labels editor"
				: rows.size() + " suggested frame" + (rows.size() == 1 ? "" : "s"));
		selectShownFrame();
	}

	/** Selects the row of the frame the editor shows, if it is suggested. */
	private void selectShownFrame() {
		if (table.isDisposed() || editor() == null || editor().video() == null) {
			return;
		}
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getVideo() == editor().video() && rows.get(i).getFrameIndex() == editor().frameIndex()) {
				if (table.getSelectionIndex() != i || table.getSelectionCount() != 1) {
					table.setSelection(i);
				}
				return;
			}
		}
		if (!table.isFocusControl()) {
			table.deselectAll();
		}
	}

	/** Shows the selected row's frame in the editor. */
	private void jump() {
		int row = table.getSelectionIndex();
		if (editor() != null && row >= 0 && row < rows.size()
				&& editor().labels().getVideos().contains(rows.get(row).getVideo())) {
			editor().show(rows.get(row).getVideo(), rows.get(row).getFrameIndex());
		}
	}

	/** Asks the settings, then suggests frames in a {@link GenerateJob}. */
	public void generate() {
		LabelsEditor shown = editor();
		if (shown == null) {
			return;
		}
		SuggestionSession session = SuggestionSession.of(shown.labels());
		GenerateDialog dialog = new GenerateDialog(getSite().getShell(), shown.file(), session.settings(),
				session.models());
		if (dialog.open() != Window.OK) {
			return;
		}
		session.setSettings(dialog.settings());
		session.setModels(dialog.models());
		notes.setText("Suggesting frames (" + dialog.settings().method().label() + ")...");
		body.layout(true);
		new GenerateJob(shown, dialog.settings().options(dialog.models()), lines -> {
			if (!notes.isDisposed()) {
				notes.setText(String.join("\n", lines));
				body.layout(true);
			}
		}).schedule();
	}

	private void removeSelected() {
		List<Suggestion> selected = new ArrayList<>();
		for (int i : table.getSelectionIndices()) {
			selected.add(rows.get(i));
		}
		if (editor() != null && !selected.isEmpty()) {
			editor().execute(SuggestionCommands.remove(editor().getEditingDomain(), editor().labels(), selected));
		}
	}

	private void clear() {
		if (editor() != null && !editor().labels().getSuggestions().isEmpty()) {
			editor().execute(SuggestionCommands.remove(editor().getEditingDomain(), editor().labels(),
					new ArrayList<>(editor().labels().getSuggestions())));
		}
	}

	/** @return the suggestions listed, in row order (for tests) */
	public List<Suggestion> rows() {
		return rows;
	}

	/** @return the table (for tests) */
	public Table table() {
		return table;
	}

	/** @return the notes of the last run (for tests) */
	public String notesText() {
		return notes.getText();
	}

	/** @return the Generate..., Remove and Clear buttons (for tests) */
	public Button[] buttons() {
		return new Button[] { generate, remove, clear };
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
