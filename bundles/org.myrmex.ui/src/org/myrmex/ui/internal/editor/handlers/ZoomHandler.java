// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.VideoCanvas;

/** Fit to Window, Actual Size (1:1), Zoom In / Out, Show Node Names. */
public final class ZoomHandler extends EditorHandler {
	@Override
	void run(LabelsEditor editor, String variant, ExecutionEvent event) {
		VideoCanvas canvas = editor.canvas();
		switch (variant) {
		case "fit" -> canvas.fit();
		case "actual" -> canvas.oneToOne();
		case "in" -> canvas.zoom(1.5);
		case "out" -> canvas.zoom(1 / 1.5);
		case "names" -> canvas.setNodeNames(!canvas.nodeNames());
		default -> throw new IllegalStateException("unknown view command " + variant);
		}
	}
}
