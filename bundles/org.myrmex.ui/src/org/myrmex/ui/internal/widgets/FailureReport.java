// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.widgets;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * Shows a job's failure in a message dialog titled as given, its text the status's message (which names the
 * file), instead of the workbench's generic report.
 */
public final class FailureReport {
	private FailureReport() {
	}

	/** Reports {@code job}'s error result, once it is done, in a dialog titled {@code title}. */
	public static void attach(Job job, String title) {
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				if (result == null || result.getSeverity() != IStatus.ERROR || !PlatformUI.isWorkbenchRunning()) {
					return;
				}
				Display display = PlatformUI.getWorkbench().getDisplay();
				display.asyncExec(() -> {
					Shell shell = display.getActiveShell();
					MessageDialog.openError(shell, title, result.getMessage());
				});
			}
		});
	}
}
