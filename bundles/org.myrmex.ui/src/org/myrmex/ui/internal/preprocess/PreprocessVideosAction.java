// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.preprocess;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File › Pre-process Videos…: opens {@link PreprocessWizard}. */
public class PreprocessVideosAction extends Action {
	/** The action's id. */
	public static final String ID = "org.myrmex.ui.preprocessVideos";

	private final IWorkbenchWindow window;

	public PreprocessVideosAction(IWorkbenchWindow window) {
		super("&Pre-process Videos...");
		setId(ID);
		setToolTipText("Re-encode videos with FFmpeg for fast, exact seeking (crop, scale, grey optional)");
		this.window = window;
	}

	@Override
	public void run() {
		new WizardDialog(window.getShell(), new PreprocessWizard()).open();
	}
}
