// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.merge;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.myrmex.ui.internal.editor.LabelsEditor;

/** File › Merge Labels…: opens the {@link MergeWizard} on the active labels editor's labels. */
public final class MergeLabelsHandler extends AbstractHandler {
	/** The command's id. */
	public static final String COMMAND = "org.myrmex.ui.commands.mergeLabels";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		if (window.getActivePage() != null && window.getActivePage().getActiveEditor() instanceof LabelsEditor editor) {
			dialog(window.getShell(), new MergeWizard(editor, window)).open();
		} else {
			MessageDialog.openInformation(window.getShell(), "Merge Labels",
					"Open the labels to merge into (the base) in an editor first.");
		}
		return null;
	}

	/** @return the wizard's dialog, not opened yet */
	public static WizardDialog dialog(Shell shell, MergeWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(900, 480);
		return dialog;
	}
}
