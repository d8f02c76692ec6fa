// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.models;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Refresh: the Model Comparison view reads the runs' metrics files again. */
public final class RefreshHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null && window.getActivePage() != null
				&& window.getActivePage().findView(ModelComparisonView.ID) instanceof ModelComparisonView view) {
			view.refresh();
		}
		return null;
	}
}
