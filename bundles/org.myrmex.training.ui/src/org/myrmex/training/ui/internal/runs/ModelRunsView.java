// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.myrmex.ui.internal.widgets.Widgets;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * The Model Runs view: every run folder of the labels of the active labels editor ({@code <labels folder>/models/*})
 * or of the project selected in the Project Explorer, and the SLEAP model folders the user added, with pipeline,
 * head, date, epochs, best validation loss and state. Its commands (Open Configuration, Resume, Delete, Add Folder…,
 * Remove from List, Refresh) are in {@code plugin.xml}. It reads the folders again when a training session of this
 * workbench starts, changes state or ends an epoch.
 */
public final class ModelRunsView extends ViewPart {
	public static final String ID = "org.myrmex.training.ui.views.runs";
	/** The columns, in order. */
	public static final int RUN = 0;
	public static final int PIPELINE = 1;
	public static final int HEAD = 2;
	public static final int DATE = 3;
	public static final int EPOCHS = 4;
	public static final int LOSS = 5;
	public static final int STATE = 6;
	private final ReadRunsJob reader = new ReadRunsJob(this::readDone);
	private final Map<TrainingSession, String> heard = new ConcurrentHashMap<>();
	private final Consumer<TrainingSession> sessionListener = this::sessionChanged;
	private final Consumer<TrainingSession> sessionsListener = session -> {
		session.addListener(sessionListener);
		sessionChanged(session);
	};
	private final IPartListener2 editorListener = Widgets.partFollower(this::follow);
	private final ISelectionListener explorerListener = (part, selection) -> followExplorer(selection);
	private TableViewer viewer;
	private volatile Path labelsFolder;

	@Override
	public void createPartControl(Composite parent) {
		viewer = Widgets.tableViewer(parent);
		Table table = viewer.getTable();
		for (RunColumns.Column column : RunColumns.ALL) {
			TableViewerColumn c = new TableViewerColumn(viewer, column.numeric() ? SWT.RIGHT : SWT.LEFT);
			c.getColumn().setText(column.header());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text().apply((RunRow) element);
				}

				@Override
				public String getToolTipText(Object element) {
					return RunColumns.tooltip((RunRow) element);
				}
			});
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setInput(List.of());
		packColumns();
		MenuManager menu = new MenuManager("#ModelRuns", ID);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(ID, menu, viewer);
		getSite().setSelectionProvider(viewer);
		TrainingSessions.get().all().forEach(s -> s.addListener(sessionListener));
		TrainingSessions.get().addListener(sessionsListener);
		getSite().getPage().addPartListener(editorListener);
		getSite().getPage().addPostSelectionListener(IPageLayout.ID_PROJECT_EXPLORER, explorerListener);
		follow(getSite().getPage().getActiveEditor());
	}

	private void follow(IWorkbenchPart part) {
		if (part instanceof LabelsEditor editor && editor.file() != null) {
			show(editor.file().toAbsolutePath().getParent());
		}
	}

	private void followExplorer(ISelection selection) {
		IResource resource = selection instanceof IStructuredSelection s
				? Adapters.adapt(s.getFirstElement(), IResource.class)
				: null;
		if (resource != null) {
			IResource folder = resource.getType() == IResource.FILE && "slp".equals(resource.getFileExtension())
					? resource.getParent()
					: resource.getProject();
			if (folder != null && folder.getLocation() != null) {
				show(folder.getLocation().toFile().toPath());
			}
		}
	}

	/** Lists the runs of the labels in {@code folder}. */
	void show(Path folder) {
		if (!folder.equals(labelsFolder)) {
			labelsFolder = folder;
			setContentDescription("Runs in " + folder.resolve("models"));
			refresh();
		}
	}

	/** Reads the run folders again (in a job; the table changes when it is done). */
	public void refresh() {
		reader.read(labelsFolder, 0);
	}

	/**
	 * A session of this workbench changed: read again when its state changed, its run folder was made (the plan
	 * came) or an epoch ended, not after every step.
	 */
	private void sessionChanged(TrainingSession session) {
		String now = session.state() + "/" + (session.plan() != null) + "/" + session.epochs().size();
		if (!now.equals(heard.put(session, now))) {
			reader.read(labelsFolder, 200);
		}
	}

	private void readDone(List<RunRow> rows) {
		Display display = viewer.getTable().getDisplay();
		display.asyncExec(() -> {
			if (viewer.getTable().isDisposed()) {
				return;
			}
			Set<Path> selected = selection().stream().map(RunRow::folder).collect(Collectors.toSet());
			viewer.setInput(rows);
			viewer.setSelection(new StructuredSelection(
					rows.stream().filter(r -> selected.contains(r.folder())).toArray()));
			packColumns();
		});
	}

	private void packColumns() {
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.pack();
		}
	}

	/** @return the selected rows */
	public List<RunRow> selection() {
		return viewer.getStructuredSelection().stream().map(RunRow.class::cast).toList();
	}

	/** @return the folder of the labels whose runs are listed, or null */
	public Path labelsFolder() {
		return labelsFolder;
	}

	/** @return the table (for tests) */
	public Table table() {
		return viewer.getTable();
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		TrainingSessions.get().removeListener(sessionsListener);
		TrainingSessions.get().all().forEach(s -> s.removeListener(sessionListener));
		getSite().getPage().removePartListener(editorListener);
		getSite().getPage().removePostSelectionListener(IPageLayout.ID_PROJECT_EXPLORER, explorerListener);
		reader.cancel();
		super.dispose();
	}
}
