// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.preprocess;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Pre-process Videos…: opens {@link PreprocessWizard}. */
public final class PreprocessVideosHandler extends AbstractHandler {
	/** The command's id. */
	public static final String COMMAND = "org.myrmex.ui.commands.preprocessVideos";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null) {
			new WizardDialog(window.getShell(), new PreprocessWizard()).open();
		}
		return null;
	}
}
