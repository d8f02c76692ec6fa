// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.model.Suggestion;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.ActiveEditorHandler;

/**
 * The suggestion keys of the labels editor: {@code next} / {@code previous} suggestion (by video then frame,
 * wrapping) and {@code best}: Label Next Best Frame, which goes to the best unlabelled suggested frame and, when
 * model folders were chosen in the Generate Suggestions dialog, predicts its instances there for correction.
 */
public final class SuggestionHandler extends ActiveEditorHandler {

	@Override
	protected void run(IWorkbenchWindow window, LabelsEditor editor, String variant, ExecutionEvent event) {
		switch (variant) {
		case "next", "previous" -> SuggestionOrder
				.step(editor.labels(), editor.video(), editor.frameIndex(), "next".equals(variant) ? 1 : -1)
				.ifPresent(s -> editor.show(s.getVideo(), s.getFrameIndex()));
		case "best" -> labelNextBest(editor);
		default -> throw new IllegalStateException("unknown suggestion command " + variant);
		}
	}

	/** Goes to the best unlabelled suggested frame and predicts it with the chosen models, if any. */
	public static void labelNextBest(LabelsEditor editor) {
		SuggestionSession session = SuggestionSession.of(editor.labels());
		Suggestion best = SuggestionOrder.nextBest(editor.labels(), session.lastBatch()).orElse(null);
		if (best == null) {
			return;
		}
		editor.show(best.getVideo(), best.getFrameIndex());
		List<java.nio.file.Path> models = session.models();
		if (!models.isEmpty()) {
			new PredictFrameJob(editor, models, best.getVideo(), best.getFrameIndex()).schedule();
		}
	}
}
