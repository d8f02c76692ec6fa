// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;
import org.myrmex.ui.internal.widgets.VariantHandler;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The Model Runs view's commands on its selected run: Open Configuration, Resume, Delete, Add Folder…, Remove from
 * List and Refresh. The variant is the text after the colon of the class name in {@code plugin.xml}. Add Folder…
 * takes its folder from the command's {@value #FOLDER} parameter when given (scripts, tests), else from a dialog.
 */
public final class RunHandler extends VariantHandler {
	public static final String OPEN = "org.myrmex.training.ui.commands.runs.openConfiguration";
	public static final String RESUME = "org.myrmex.training.ui.commands.runs.resume";
	public static final String DELETE = "org.myrmex.training.ui.commands.runs.delete";
	public static final String ADD = "org.myrmex.training.ui.commands.runs.addFolder";
	public static final String REMOVE = "org.myrmex.training.ui.commands.runs.removeFolder";
	public static final String REFRESH = "org.myrmex.training.ui.commands.runs.refresh";
	/** Add Folder…'s optional parameter: the folder. */
	public static final String FOLDER = "org.myrmex.training.ui.commands.runs.folder";
	/** The monitor view that Resume shows. */
	public static final String MONITOR = "org.myrmex.training.ui.views.monitor";
	public static final String TITLE = "Model Runs";
	public static final String DELETE_TITLE = "Delete Model Run";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (!(window.getActivePage().findView(ModelRunsView.ID) instanceof ModelRunsView view)) {
			return null;
		}
		Shell shell = window.getShell();
		if (variant().equals("refresh")) {
			view.refresh();
			return null;
		}
		if (variant().equals("addFolder")) {
			addFolder(shell, view, event.getParameter(FOLDER));
			return null;
		}
		List<RunRow> selected = view.selection();
		if (selected.isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "Select a run in the Model Runs view first");
			return null;
		}
		RunRow row = selected.get(0);
		switch (variant()) {
		case "openConfiguration" -> RunActions.openConfiguration(window, row);
		case "resume" -> resume(window, view, row);
		case "delete" -> delete(shell, view, row);
		case "removeFolder" -> removeFolder(shell, view, row);
		default -> throw new IllegalStateException("unknown Model Runs command " + variant());
		}
		return null;
	}

	private static void addFolder(Shell shell, ModelRunsView view, String given) {
		Path labels = view.labelsFolder();
		if (labels == null) {
			MessageDialog.openInformation(shell, TITLE, "Open labels (or select a project) first: added folders "
					+ "are remembered per project");
			return;
		}
		String chosen = given;
		if (chosen == null) {
			DirectoryDialog dialog = new DirectoryDialog(shell);
			dialog.setText("Add Model Folder");
			dialog.setMessage("A SLEAP model folder, or a folder of them");
			chosen = dialog.open();
		}
		if (chosen == null) {
			return;
		}
		if (!Files.isDirectory(Path.of(chosen))) {
			MessageDialog.openError(shell, TITLE, chosen + " is not a folder");
			return;
		}
		try {
			AddedFolders.add(labels, Path.of(chosen));
		} catch (BackingStoreException e) {
			MessageDialog.openError(shell, TITLE, "The list of model folders could not be saved: " + e.getMessage());
		}
		view.refresh();
	}

	private static void removeFolder(Shell shell, ModelRunsView view, RunRow row) {
		if (!row.added()) {
			MessageDialog.openInformation(shell, TITLE, row.folder().getFileName()
					+ " lies in the labels' models folder: only added folders can be removed from the list");
			return;
		}
		try {
			AddedFolders.remove(view.labelsFolder(), row.entry());
		} catch (BackingStoreException e) {
			MessageDialog.openError(shell, TITLE, "The list of model folders could not be saved: " + e.getMessage());
		}
		view.refresh();
	}

	private static void resume(IWorkbenchWindow window, ModelRunsView view, RunRow row) {
		Shell shell = window.getShell();
		if (RunColumns.running(row) || !row.info().canResume()) {
			MessageDialog.openInformation(shell, TITLE, row.folder().getFileName() + " is "
					+ RunColumns.state(row) + ": only a stopped, crashed or failed Myrmex run with a checkpoint resumes");
			return;
		}
		String labels = row.info().trainingLabels();
		if (labels == null || !Files.isRegularFile(Path.of(labels))) {
			MessageDialog.openError(shell, TITLE, row.info().trainingConfig() + " names labels " + labels
					+ " (data.labels.training_labels), which do not exist");
			return;
		}
		TrainingOptions options = TrainingOptions.of(row.info().trainingConfig(), Path.of(labels))
				.withRunFolder(row.folder()).withResume(true);
		TrainingSession session = new TrainingSession(row.info().headTitle(), options);
		TrainingSessions.get().start(List.of(session)).forEach(job -> job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				view.refresh();
			}
		}));
		RunActions.showMonitor(window);
		view.refresh();
	}

	private static void delete(Shell shell, ModelRunsView view, RunRow row) {
		if (RunColumns.running(row)) {
			MessageDialog.openInformation(shell, DELETE_TITLE, row.folder().getFileName()
					+ " is training: stop it before deleting it");
			return;
		}
		if (!MessageDialog.openQuestion(shell, DELETE_TITLE, "Delete the run folder " + row.folder()
				+ " and everything in it? This cannot be undone.")) {
			return;
		}
		DeleteRunJob job = new DeleteRunJob(row.folder());
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().isOK() && row.added() && row.folder().equals(row.entry())) {
					try {
						AddedFolders.remove(view.labelsFolder(), row.entry());
					} catch (BackingStoreException e) {
						// the entry stays, listed as "not a run"
					}
				}
				view.refresh();
			}
		});
		job.schedule();
	}
}
