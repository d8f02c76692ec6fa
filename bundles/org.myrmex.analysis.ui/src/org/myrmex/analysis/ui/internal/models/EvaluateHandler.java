// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.models;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Evaluate: the runs selected in the Model Comparison view that have a model but no metrics files are evaluated by
 * an {@link EvaluateJob}; the view reads the metrics again when it is done.
 */
public final class EvaluateHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null || window.getActivePage() == null
				|| !(window.getActivePage().findView(ModelComparisonView.ID) instanceof ModelComparisonView view)) {
			return null;
		}
		List<Path> runs = view.selection().stream().filter(ComparisonRow::evaluable).map(ComparisonRow::folder)
				.distinct().toList();
		if (runs.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), "Evaluate",
					"Select runs without metrics that have a trained model (state complete) to evaluate them.");
			return null;
		}
		EvaluateJob job = new EvaluateJob(runs);
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent done) {
				view.getSite().getShell().getDisplay().asyncExec(() -> {
					if (!view.table().isDisposed()) {
						view.refresh();
					}
				});
			}
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}
