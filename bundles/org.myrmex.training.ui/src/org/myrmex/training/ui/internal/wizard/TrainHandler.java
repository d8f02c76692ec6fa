// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * Run › Train Model… (also in the editor's and the Project Explorer's menus): opens the training wizard on the
 * active labels editor, else on the labels file selected in the explorer, else on a file the user chooses.
 */
public final class TrainHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		LabelsEditor editor = part instanceof LabelsEditor labels ? labels : null;
		Path file = null;
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (HandlerUtil.getActivePart(event) != part && selection instanceof IStructuredSelection structured
				&& !structured.isEmpty()) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource instanceof IFile labelsFile && "slp".equals(labelsFile.getFileExtension())
					&& labelsFile.getLocation() != null) {
				file = labelsFile.getLocation().toFile().toPath();
				if (editor != null && !editor.file().equals(file.toAbsolutePath().normalize())) {
					editor = null;
				}
			}
		}
		new WizardDialog(HandlerUtil.getActiveShell(event), new TrainingWizard(editor, file)).open();
		return null;
	}
}
