// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.myrmex.io.export.LabelsExport;

/**
 * File › Export… › Myrmex › Labels: exports the active labels editor's labels (unsaved edits included) or the
 * labels file selected in the Project Explorer through {@link LabelsExport}, the code {@code myrmex export} runs.
 * Finish asks before replacing files, then starts an {@link ExportJob} and closes.
 */
public final class ExportWizard extends SourceWizard {
	/** The title of the question asked before files are replaced. */
	public static final String OVERWRITE = "Replace Files?";
	private ExportPage page;
	private ExportJob job;

	public ExportWizard() {
		setWindowTitle("Export Labels");
	}

	@Override
	public void addPages() {
		page = new ExportPage(source());
		addPage(page);
	}

	@Override
	ExportPage firstPage() {
		return page;
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
			request = page.request(source().snapshot());
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
