// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.models;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.myrmex.analysis.eval.SplitMetrics;
import org.myrmex.analysis.ui.internal.Following;
import org.myrmex.training.ui.internal.monitor.ChartCanvas;
import org.myrmex.training.ui.internal.runs.ModelRunsView;
import org.myrmex.training.ui.internal.runs.RunRow;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * The Model Comparison view: every run of the labels of the active labels editor, or of the labels file, project or
 * run folder selected in the Project Explorer ({@code <labels folder>/models/*} and the model folders added in the
 * Model Runs view), one row per split with SLEAP's figures from {@code metrics.<split>.json} or {@code .npz}; a
 * file that cannot be read shows why. Below: one figure for every run, grouped by split, and the distances per
 * node of the row selected. A run selected in the Model Runs view or the Project Explorer is selected here.
 */
public final class ModelComparisonView extends ViewPart {
	public static final String ID = "org.myrmex.analysis.ui.views.modelComparison";
	private final ReadMetricsJob reader = new ReadMetricsJob(this::readDone);
	private final Following following = new Following(this::followEditor, part -> {
	});
	private final ISelectionListener explorerListener = (part, selection) -> followExplorer(selection);
	private final ISelectionListener runsListener = (part, selection) -> followRuns(selection);
	private final ComparisonCharts charts = new ComparisonCharts();
	private ComparisonTable table;
	private Combo figure;
	private List<ComparisonRow> rows = List.of();
	private volatile Path labelsFolder;
	private Path runToSelect;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		table = new ComparisonTable(sash);
		table.viewer().addSelectionChangedListener(e -> charts.select(selected()));
		Composite comparison = new Composite(sash, SWT.NONE);
		comparison.setLayout(new GridLayout(2, false));
		new Label(comparison, SWT.NONE).setText("Compare:");
		figure = new Combo(comparison, SWT.READ_ONLY);
		figure.setItems(SplitMetrics.names().toArray(String[]::new));
		figure.select(0);
		figure.addListener(SWT.Selection, e -> charts.compare(rows, figure.getSelectionIndex()));
		ChartCanvas comparisonCanvas = new ChartCanvas(comparison, charts.comparisonChart());
		comparisonCanvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		SashForm distances = new SashForm(sash, SWT.HORIZONTAL);
		new ChartCanvas(distances, charts.nodeChart());
		new ChartCanvas(distances, charts.histogramChart());
		sash.setWeights(3, 3, 3);
		MenuManager menu = new MenuManager("#ModelComparison", ID);
		Table control = table.viewer().getTable();
		control.setMenu(menu.createContextMenu(control));
		getSite().registerContextMenu(ID, menu, table.viewer());
		getSite().setSelectionProvider(table.viewer());
		getSite().getService(IContextService.class)
				.activateContext("org.myrmex.analysis.ui.contexts.modelComparison");
		getSite().getPage().addPostSelectionListener(IPageLayout.ID_PROJECT_EXPLORER, explorerListener);
		getSite().getPage().addPostSelectionListener(ModelRunsView.ID, runsListener);
		following.start(getSite().getPage());
		followExplorer(getSite().getPage().getSelection(IPageLayout.ID_PROJECT_EXPLORER));
		if (labelsFolder == null) {
			setContentDescription("Open a labels file, or select a project in the Project Explorer");
		}
	}

	private void followEditor(IWorkbenchPart part) {
		if (part instanceof LabelsEditor editor && editor.file() != null) {
			show(editor.file().toAbsolutePath().getParent(), null);
		}
	}

	private void followExplorer(ISelection selection) {
		IResource resource = Following.resource(selection);
		if (resource == null || resource.getLocation() == null) {
			return;
		}
		Path path = resource.getLocation().toFile().toPath();
		Path parent = path.getParent();
		if (resource.getType() == IResource.FOLDER && parent != null && parent.getFileName() != null
				&& parent.getFileName().toString().equals("models")) {
			show(parent.getParent(), path); // a run folder in <labels folder>/models
		} else if (resource.getType() == IResource.FILE && "slp".equals(resource.getFileExtension())) {
			show(parent, null);
		} else if (resource.getProject() != null && resource.getProject().getLocation() != null) {
			show(resource.getProject().getLocation().toFile().toPath(), null);
		}
	}

	private void followRuns(ISelection selection) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof RunRow run
				&& getSite().getPage().findView(ModelRunsView.ID) instanceof ModelRunsView runs
				&& runs.labelsFolder() != null) {
			show(runs.labelsFolder(), run.folder());
		}
	}

	/** Lists the runs of the labels in {@code folder}, then selects run {@code run} (null: keeps the selection). */
	void show(Path folder, Path run) {
		runToSelect = run;
		if (!folder.equals(labelsFolder)) {
			labelsFolder = folder;
			setContentDescription("Runs in " + folder.resolve("models"));
			refresh();
		} else if (run != null) {
			selectRun(run);
			runToSelect = null;
		}
	}

	/** Reads the metrics files again (in a job; the table changes when it is done). */
	public void refresh() {
		reader.read(labelsFolder);
	}

	private void readDone(List<ComparisonRow> read) {
		table.viewer().getTable().getDisplay().asyncExec(() -> {
			if (table.viewer().getTable().isDisposed()) {
				return;
			}
			List<Path> selectedRuns = selection().stream().map(ComparisonRow::folder).toList();
			List<String> selectedSplits = selection().stream().map(r -> r.folder() + "/" + r.split()).toList();
			rows = read;
			table.viewer().setInput(rows);
			table.packColumns();
			charts.compare(rows, figure.getSelectionIndex());
			if (runToSelect != null) {
				selectRun(runToSelect);
				runToSelect = null;
			} else {
				table.viewer().setSelection(new StructuredSelection(rows.stream()
						.filter(r -> selectedSplits.contains(r.folder() + "/" + r.split())
								|| r.split() == null && selectedRuns.contains(r.folder()))
						.toArray()));
			}
			charts.select(selected());
		});
	}

	private void selectRun(Path run) {
		Path wanted = run.toAbsolutePath().normalize();
		rows.stream().filter(r -> r.folder().toAbsolutePath().normalize().equals(wanted)).findFirst()
				.ifPresent(r -> table.viewer().setSelection(new StructuredSelection(r), true));
	}

	private ComparisonRow selected() {
		List<ComparisonRow> selection = selection();
		return selection.isEmpty() ? null : selection.get(0);
	}

	/** @return the rows selected */
	public List<ComparisonRow> selection() {
		return table.viewer().getStructuredSelection().stream().map(ComparisonRow.class::cast).toList();
	}

	/** @return the rows listed, in the table's order */
	public List<ComparisonRow> rows() {
		Table control = table.viewer().getTable();
		return java.util.Arrays.stream(control.getItems()).map(i -> (ComparisonRow) i.getData()).toList();
	}

	/** @return the folder of the labels whose runs are listed, or null */
	public Path labelsFolder() {
		return labelsFolder;
	}

	/** @return the table (for tests) */
	public Table table() {
		return table.viewer().getTable();
	}

	/** Sorts by column {@code column} as a click on its header does (for tests). */
	public void sortBy(int column) {
		table.sortBy(column);
	}

	/** @return the charts: figure per run, box plots per node, histogram (for tests) */
	public JFreeChart[] charts() {
		return new JFreeChart[] { charts.comparisonChart(), charts.nodeChart(), charts.histogramChart() };
	}

	@Override
	public void setFocus() {
		table.viewer().getTable().setFocus();
	}

	@Override
	public void dispose() {
		following.stop();
		getSite().getPage().removePostSelectionListener(IPageLayout.ID_PROJECT_EXPLORER, explorerListener);
		getSite().getPage().removePostSelectionListener(ModelRunsView.ID, runsListener);
		reader.cancel();
		super.dispose();
	}
}
