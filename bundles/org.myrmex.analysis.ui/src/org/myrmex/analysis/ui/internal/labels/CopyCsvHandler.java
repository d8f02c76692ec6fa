// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.labels;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Copy as CSV: the Label Analysis view's analysis (the file, then each video) onto the clipboard. */
public final class CopyCsvHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null && page.findView(LabelAnalysisView.ID) instanceof LabelAnalysisView view) {
			String csv = view.csv();
			if (csv != null) {
				Clipboard clipboard = new Clipboard(window.getShell().getDisplay());
				try {
					clipboard.setContents(new Object[] { csv }, new Transfer[] { TextTransfer.getInstance() });
				} finally {
					clipboard.dispose();
				}
			}
		}
		return null;
	}
}
