// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.runs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;

/** What the Model Runs view's commands open: a run's configuration in the text editor, the Training Monitor. */
final class RunActions {
	/** The workbench's plain text editor ({@code org.eclipse.ui.editors}). */
	static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

	private RunActions() {
	}

	/** Opens the run's {@code training_config.json} in the text editor. */
	static void openConfiguration(IWorkbenchWindow window, RunRow row) {
		Path config = row.info().trainingConfig();
		if (!Files.isRegularFile(config)) {
			MessageDialog.openError(window.getShell(), RunHandler.TITLE, config + " does not exist");
			return;
		}
		try {
			window.getActivePage().openEditor(
					new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(config.toUri())), TEXT_EDITOR);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), RunHandler.TITLE,
					config + " could not be opened: " + e.getMessage());
		}
	}

	/** Shows the Training Monitor view (without taking the focus). */
	static void showMonitor(IWorkbenchWindow window) {
		try {
			window.getActivePage().showView(RunHandler.MONITOR, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), RunHandler.TITLE,
					"The Training Monitor could not be shown: " + e.getMessage());
		}
	}
}
