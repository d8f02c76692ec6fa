// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.myrmex.ui.internal.editor.LabelsEditor;

/** Navigate › Go to Frame… (Ctrl+J): asks for a frame number and shows it. */
public final class GoToFrameHandler extends EditorHandler {
	@Override
	void run(LabelsEditor editor, String variant, ExecutionEvent event) {
		int last = editor.frameCount() - 1;
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Go to Frame",
				"Frame number (0 to " + last + "):", Integer.toString(editor.frameIndex()), text -> {
					try {
						int frame = Integer.parseInt(text.trim());
						return frame < 0 || frame > last ? "The video has frames 0 to " + last : null;
					} catch (NumberFormatException e) {
						return "Not a frame number: " + text;
					}
				});
		if (dialog.open() == Window.OK) {
			editor.showFrame(Integer.parseInt(dialog.getValue().trim()));
		}
	}
}
