// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.export.LabelsExport;

/**
 * File › Export… › Myrmex › Labels: exports the active labels editor's labels (unsaved edits included) or the
 * labels file selected in the Project Explorer through {@link LabelsExport}, the code {@code myrmex export} runs.
 * Finish asks before replacing files, then starts an {@link ExportJob} and closes.
 */
public final class ExportWizard extends Wizard implements IExportWizard {
	/** The title of the question asked before files are replaced. */
	public static final String OVERWRITE = "Replace Files?";
	private ExportSource source;
	private String problem;
	private ExportPage page;
	private ExportJob job;

	public ExportWizard() {
		setWindowTitle("Export Labels");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		try {
			source = ExportSource.find(workbench.getActiveWorkbenchWindow(), selection);
		} catch (LabelsFileException e) {
			problem = e.getMessage();
		}
	}

	/** Exports {@code source} instead of what {@link #init} found. */
	public void setSource(ExportSource exported) {
		source = exported;
		problem = null;
	}

	@Override
	public void addPages() {
		page = new ExportPage(source);
		addPage(page);
	}

	@Override
	public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (problem != null) {
			page.setErrorMessage(problem);
		}
	}

	/** @return the labels exported, or {@code null} when there are none */
	public ExportSource source() {
		return source;
	}

	public ExportPage page() {
		return page;
	}

	/** @return the job Finish started, or {@code null} */
	public ExportJob job() {
		return job;
	}

	@Override
	public boolean performFinish() {
		LabelsExport.Request request;
		try {
			request = page.request(source.snapshot());
		} catch (IllegalArgumentException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		List<Path> existing = LabelsExport.targets(request).stream().filter(Files::exists).toList();
		if (!existing.isEmpty() && !MessageDialog.openQuestion(getShell(), OVERWRITE, (existing.size() == 1
				? "This file exists already:" : "These files exist already:") + "\n\n"
				+ existing.stream().map(Path::toString).collect(Collectors.joining("\n")) + "\n\nReplace "
				+ (existing.size() == 1 ? "it?" : "them?"))) {
			return false;
		}
		job = new ExportJob(request);
		job.schedule();
		return true;
	}
}
