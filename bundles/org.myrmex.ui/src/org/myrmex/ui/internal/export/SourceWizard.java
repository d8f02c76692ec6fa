// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.export;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.myrmex.io.LabelsFileException;

/**
 * An export wizard over the labels of the active editor or of the labels file selected in the Project Explorer
 * ({@link ExportSource}): a selected file that cannot be read is said on the first page.
 */
public abstract class SourceWizard extends Wizard implements IExportWizard {
	private ExportSource source;
	private String problem;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		try {
			source = ExportSource.find(workbench.getActiveWorkbenchWindow(), selection);
		} catch (LabelsFileException e) {
			problem = e.getMessage();
		}
	}

	/** Exports {@code exported} instead of what {@link #init} found. */
	public void setSource(ExportSource exported) {
		source = exported;
		problem = null;
	}

	/** @return the labels exported, or {@code null} when there are none */
	public ExportSource source() {
		return source;
	}

	/** @return the page that says why there are no labels to export */
	abstract WizardPage firstPage();

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (problem != null) {
			firstPage().setErrorMessage(problem);
		}
	}
}
