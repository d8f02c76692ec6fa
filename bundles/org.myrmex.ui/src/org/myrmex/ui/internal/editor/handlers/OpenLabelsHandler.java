// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.myrmex.ui.internal.editor.OpenLabelsJob;

/** File › Open Labels… (Ctrl+O): a SLEAP labels file ({@code .slp}, {@code .pkg.slp}, {@code .h5}, old {@code .json}) or {@code .xmi}. */
public final class OpenLabelsHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Open Labels");
		dialog.setFilterExtensions(new String[] { "*.slp;*.h5;*.json;*.xmi", "*" });
		dialog.setFilterNames(new String[] { "Labels (*.slp, *.pkg.slp, *.h5, *.json, *.xmi)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			new OpenLabelsJob(window, Path.of(chosen)).schedule();
		}
		return null;
	}
}
