// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.labels;

import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.myrmex.analysis.LabelAnalysis;
import org.myrmex.analysis.LabelAnalysis.NodeCount;
import org.myrmex.analysis.LabelAnalysis.VideoAnalysis;
import org.myrmex.analysis.LabelAnalysisCsv;
import org.myrmex.analysis.ui.internal.Following;
import org.myrmex.training.ui.internal.monitor.ChartCanvas;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.Tables;

/**
 * The Label Analysis view: {@link LabelAnalysis} of the labels in the active labels editor, or of a labels file
 * selected in the Project Explorer that no editor holds (read in a {@link ReadLabelsJob}). A table of the file and
 * each of its videos (frames, labelled frames, user and predicted instances, unverified points); for the row
 * selected, the invisible points per node (count and %) as a table and a bar chart, and a histogram of the frames
 * by their number of user instances. It counts again after every edit, undo or redo in the editor it follows.
 */
public final class LabelAnalysisView extends ViewPart {
	public static final String ID = "org.myrmex.analysis.ui.views.labelAnalysis";
	private final ISelectionListener explorerListener = (part, selection) -> followExplorer(selection);
	private final CommandStackListener stackListener = this::stackChanged;
	private final Following following = new Following(this::followEditor, this::editorClosed);
	private final LabelCharts charts = new LabelCharts();
	private LabelsEditor editor;
	private Path file;
	private String problem;
	private LabelAnalysis all;
	private List<VideoAnalysis> videos = List.of();
	private boolean refreshQueued;
	private Table scopes;
	private Table nodes;
	private ReadLabelsJob reader;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		SashForm rows = new SashForm(parent, SWT.VERTICAL);
		scopes = Tables.create(rows, "Scope", "Frames", "Labelled", "User instances", "Predicted", "Unverified points");
		scopes.addListener(SWT.Selection, e -> showNodes());
		SashForm columns = new SashForm(rows, SWT.HORIZONTAL);
		nodes = Tables.create(columns, "Node", "Invisible", "Invisible %");
		SashForm chartRows = new SashForm(columns, SWT.VERTICAL);
		new ChartCanvas(chartRows, charts.invisibleChart());
		new ChartCanvas(chartRows, charts.histogramChart());
		chartRows.setWeights(3, 2);
		columns.setWeights(2, 5);
		rows.setWeights(1, 2);
		MenuManager menu = new MenuManager("#LabelAnalysis", ID);
		scopes.setMenu(menu.createContextMenu(scopes));
		nodes.setMenu(menu.createContextMenu(nodes));
		getSite().registerContextMenu(ID, menu, null);
		getSite().getService(IContextService.class).activateContext("org.myrmex.analysis.ui.contexts.labelAnalysis");
		following.start(getSite().getPage());
		getSite().getPage().addPostSelectionListener(IPageLayout.ID_PROJECT_EXPLORER, explorerListener);
		if (editor == null) {
			followExplorer(getSite().getPage().getSelection(IPageLayout.ID_PROJECT_EXPLORER));
		}
		show();
	}

	private void followEditor(IWorkbenchPart part) {
		if (part instanceof LabelsEditor labelsEditor && labelsEditor.labels() != null && labelsEditor != editor) {
			setEditor(labelsEditor);
			file = labelsEditor.file();
			recount();
		}
	}

	private void editorClosed(IWorkbenchPart part) {
		if (part == editor) {
			setEditor(null); // the last analysis stays shown
		}
	}

	private void followExplorer(ISelection selection) {
		Path selected = Following.labelsFile(selection);
		if (selected == null) {
			return;
		}
		if (selected.equals(file)) {
			return;
		}
		LabelsEditor open = Following.editorOf(getSite().getPage(), selected);
		if (open != null) {
			setEditor(open);
			file = open.file();
			recount();
			return;
		}
		setEditor(null);
		file = selected;
		if (reader != null) {
			reader.cancel();
		}
		reader = new ReadLabelsJob(selected, result -> scopes.getDisplay().asyncExec(() -> readDone(result)));
		reader.schedule();
	}

	private void readDone(ReadLabelsJob.Result result) {
		if (scopes.isDisposed() || !result.file().equals(file) || editor != null) {
			return;
		}
		all = result.all();
		videos = result.videos() == null ? List.of() : result.videos();
		problem = result.problem();
		show();
	}

	private void setEditor(LabelsEditor newEditor) {
		if (editor != null && editor.getEditingDomain() != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		editor = newEditor;
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		}
	}

	/** An edit, undo or redo: counts again once the UI thread is free (edits in a row count once). */
	private void stackChanged(EventObject event) {
		if (!refreshQueued && !scopes.isDisposed()) {
			refreshQueued = true;
			scopes.getDisplay().asyncExec(() -> {
				refreshQueued = false;
				if (!scopes.isDisposed() && editor != null) {
					recount();
				}
			});
		}
	}

	private void recount() {
		all = LabelAnalysis.of(editor.labels());
		videos = LabelAnalysis.perVideo(editor.labels());
		problem = null;
		show();
	}

	private void show() {
		int selected = Math.max(0, scopes.getSelectionIndex());
		scopes.removeAll();
		setContentDescription(problem != null ? problem
				: file == null ? "Open a labels file, or select one in the Project Explorer"
						: all == null ? "Analysing " + file.getFileName() + "…" : file.toString());
		if (all != null) {
			row(file.getFileName().toString(), all);
			for (VideoAnalysis video : videos) {
				row(video.video() == null ? "video " + video.videoIndex() : Path.of(video.video()).getFileName().toString(),
						video.analysis());
			}
			scopes.setSelection(Math.min(selected, scopes.getItemCount() - 1));
		}
		Tables.packColumns(scopes);
		showNodes();
	}

	private void row(String scope, LabelAnalysis analysis) {
		Tables.addRow(scopes, scope, Integer.toString(analysis.frames()), Integer.toString(analysis.labelledFrames()),
				Integer.toString(analysis.userInstances()), Integer.toString(analysis.predictedInstances()),
				Integer.toString(analysis.unverifiedPoints()));
	}

	/** Shows the nodes and charts of the scope selected: the file, or one video. */
	private void showNodes() {
		LabelAnalysis analysis = selectedAnalysis();
		nodes.removeAll();
		if (analysis != null) {
			for (NodeCount node : analysis.invisibleByNode()) {
				Tables.addRow(nodes, node.node(), Integer.toString(node.invisible()),
						String.format(Locale.ROOT, "%.2f", node.percent()));
			}
		}
		Tables.packColumns(nodes);
		charts.show(analysis);
	}

	private LabelAnalysis selectedAnalysis() {
		int index = scopes.getSelectionIndex();
		if (all == null) {
			return null;
		}
		return index <= 0 || index > videos.size() ? all : videos.get(index - 1).analysis();
	}

	/** @return the analysis as CSV (the file, then each video), or null when none is shown */
	public String csv() {
		return all == null ? null : LabelAnalysisCsv.of(file.getFileName().toString(), all, videos);
	}

	/** @return the analysis of the whole file shown, or null */
	public LabelAnalysis analysis() {
		return all;
	}

	/** @return the labels file shown, or null */
	public Path file() {
		return file;
	}

	/** @return the table of the file and its videos (for tests) */
	public Table scopes() {
		return scopes;
	}

	/** @return the table of invisible points per node (for tests) */
	public Table nodes() {
		return nodes;
	}

	/** @return the invisible-points chart (for tests) */
	public org.jfree.chart.JFreeChart invisibleChart() {
		return charts.invisibleChart();
	}

	/** @return the instances-per-frame chart (for tests) */
	public org.jfree.chart.JFreeChart histogramChart() {
		return charts.histogramChart();
	}

	@Override
	public void setFocus() {
		scopes.setFocus();
	}

	@Override
	public void dispose() {
		following.stop();
		getSite().getPage().removePostSelectionListener(IPageLayout.ID_PROJECT_EXPLORER, explorerListener);
		setEditor(null);
		if (reader != null) {
			reader.cancel();
		}
		super.dispose();
	}
}
