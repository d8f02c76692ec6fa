// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.merge;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.merge.MergeConflictException;
import org.myrmex.model.merge.MergeResult;
import org.myrmex.ui.internal.editor.OpenLabelsJob;
import org.myrmex.ui.internal.project.WorkspaceFiles;

/**
 * Merges with the wizard's choices and saves the result atomically (the file appears only when complete), then
 * opens it in a labels editor. A failure is an error status naming the file.
 */
public final class MergeJob extends Job {
	/** The title of the message reporting a failed merge. */
	public static final String FAILED = "Merge Failed";
	private final MergeInputs inputs;
	private final Labels base;
	private final Path target;
	private final IWorkbenchWindow window;

	/** @param base a copy of the base labels, read by this job only */
	MergeJob(MergeInputs inputs, Labels base, Path target, IWorkbenchWindow window) {
		super("Merging into " + target.getFileName());
		this.inputs = inputs;
		this.base = base;
		this.target = target;
		this.window = window;
		setUser(true);
		org.myrmex.ui.internal.widgets.FailureReport.attach(this, FAILED);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		try {
			MergeResult result = inputs.merge(base);
			progress.split(2);
			LabelsFiles.save(result.labels(), target, progress.split(8));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (MergeConflictException e) {
			return Status.error("Merge refused, " + target + " not written: " + e.getMessage(), e);
		} catch (LabelsFileException e) {
			return Status.error("Merge failed: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			return Status.error("Merge failed, " + target + " not written: " + e, e);
		}
		WorkspaceFiles.refresh(target);
		if (window != null) {
			Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> {
				if (!window.getShell().isDisposed()) {
					new OpenLabelsJob(window, target).schedule();
				}
			});
		}
		return Status.OK_STATUS;
	}
}
