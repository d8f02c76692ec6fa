// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.myrmex.ui.internal.editor.LabelsEditor;

/** Moves through the video: a frame, a large step, to either end, or to the next / previous labelled frame. */
public final class NavigateHandler extends EditorHandler {
	/** Frames moved by Ctrl+← / Ctrl+→. */
	public static final int LARGE_STEP = 50;

	@Override
	void run(LabelsEditor editor, String variant, ExecutionEvent event) {
		switch (variant) {
		case "next" -> editor.step(1);
		case "previous" -> editor.step(-1);
		case "forward" -> editor.step(LARGE_STEP);
		case "back" -> editor.step(-LARGE_STEP);
		case "first" -> editor.showFrame(0);
		case "last" -> editor.showFrame(editor.frameCount() - 1);
		case "nextLabelled" -> editor.goToLabelled(1);
		case "previousLabelled" -> editor.goToLabelled(-1);
		default -> throw new IllegalStateException("unknown navigation " + variant);
		}
	}
}
