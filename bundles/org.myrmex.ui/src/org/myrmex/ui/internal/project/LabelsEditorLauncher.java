// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.myrmex.ui.internal.editor.OpenLabelsJob;

/**
 * Opens a labels file chosen in the Project Explorer (double-click, Open With): the labels load in a Job and
 * the labels editor opens when they are read, so a file that fails to load names itself and opens no editor.
 */
public final class LabelsEditorLauncher implements IEditorLauncher {
	@Override
	public void open(IPath file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		new OpenLabelsJob(window, file.toFile().toPath()).schedule();
	}
}
