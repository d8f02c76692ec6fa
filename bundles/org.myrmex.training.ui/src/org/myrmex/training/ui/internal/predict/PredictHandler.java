// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * Run › Predict…: opens the {@link PredictWizard} on the active labels editor, or, with none active, on a labels file
 * the user chooses (predicted into and saved). The handler keeps each editor's models loaded ({@link EditorModels})
 * until the editor closes, and the models used on files until the workbench closes.
 */
public final class PredictHandler extends AbstractHandler {
	private final EditorModels models = new EditorModels();
	private final ModelCache fileModels = new ModelCache();

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		IEditorPart active = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (active instanceof LabelsEditor editor) {
			new WizardDialog(window.getShell(), new PredictWizard(EditorState.of(editor), models.of(editor))).open();
			return null;
		}
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Predict Into Labels File");
		dialog.setFilterExtensions(new String[] { "*.slp", "*.*" });
		String chosen = dialog.open();
		if (chosen != null) {
			openOnFile(window.getShell(), Path.of(chosen));
		}
		return null;
	}

	/**
	 * Opens the wizard on a labels file open in no editor: its labels are read, predicted into and saved.
	 * Returns when the wizard closes; a file that cannot be read is reported in a dialog naming it.
	 */
	public void openOnFile(Shell shell, Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Labels[] labels = new Labels[1];
		LabelsFileException[] failure = new LabelsFileException[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				labels[0] = LabelsFiles.load(absolute);
			} catch (LabelsFileException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(shell, "Cannot open " + absolute.getFileName(), failure[0].getMessage());
			return;
		}
		new WizardDialog(shell, new PredictWizard(EditorState.ofFile(labels[0], absolute), fileModels)).open();
	}

	@Override
	public void dispose() {
		models.close();
		fileModels.close();
		super.dispose();
	}
}
