// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.myrmex.ui.internal.editor.LabelsEditor;

/** Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) on the editor's EMF command stack. */
public final class HistoryHandler extends EditorHandler {
	@Override
	void run(LabelsEditor editor, String variant, ExecutionEvent event) {
		if ("redo".equals(variant)) {
			editor.redo();
		} else {
			editor.undo();
		}
	}
}
