// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.export.LabelsExport;
import org.myrmex.ui.internal.project.WorkspaceFiles;
import org.myrmex.ui.internal.widgets.FailureReport;

/**
 * Runs one {@link LabelsExport}, the export {@code myrmex export} runs, with progress and cancellation. A failure is
 * an error status naming the file, shown in a message; each file is written atomically, so the file being
 * written when it failed or was cancelled is left as it was.
 */
public final class ExportJob extends Job {
	/** The title of the message reporting a failed export. */
	public static final String FAILED = "Export Failed";
	private final LabelsExport.Request request;

	/** @param request what to export; its labels are read by this job only */
	public ExportJob(LabelsExport.Request request) {
		super("Exporting " + request.labelsFile().getFileName() + " as " + request.format().id());
		this.request = request;
		setUser(true);
		FailureReport.attach(this, FAILED);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			List<Path> written = LabelsExport.export(request, monitor);
			written.forEach(WorkspaceFiles::refresh);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (LabelsFileException e) {
			return Status.error("Export failed: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			return Status.error("Export failed: cannot write " + LabelsExport.targets(request) + " (" + e + ")", e);
		}
	}
}
