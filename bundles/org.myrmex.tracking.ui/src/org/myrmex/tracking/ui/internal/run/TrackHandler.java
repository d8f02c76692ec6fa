// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.run;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.tracking.TrackerOptions;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.ActiveEditorHandler;

/** Run › Track…: asks for the tracker settings, then tracks the active editor's labels in a {@link TrackJob}. */
public final class TrackHandler extends ActiveEditorHandler {
	@Override
	protected void run(IWorkbenchWindow window, LabelsEditor editor, String variant, ExecutionEvent event) {
		TrackDialog dialog = new TrackDialog(window.getShell(), editor.file().getFileName().toString());
		if (dialog.open() != Window.OK) {
			return;
		}
		TrackerOptions options = dialog.options();
		new TrackJob(editor, options).schedule();
	}
}
