// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.myrmex.ui.internal.editor.LabelsEditor;

/** New Instance (Ctrl+I, or the canvas menu at the pointer), Delete Instance (Delete), Tab / Shift+Tab. */
public final class InstanceHandler extends EditorHandler {
	@Override
	void run(LabelsEditor editor, String variant, ExecutionEvent event) {
		switch (variant) {
		case "new" -> editor.newInstance(editor.takeMenuPoint());
		case "delete" -> editor.deleteSelected();
		case "next" -> editor.cycleSelection(1);
		case "previous" -> editor.cycleSelection(-1);
		default -> throw new IllegalStateException("unknown instance command " + variant);
		}
	}
}
