// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.proofread;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.ActiveEditorHandler;

/**
 * The proofreading commands of the labels editor; the variant after the colon of the class name in
 * {@code plugin.xml} says which: {@code setTrack} (parameter {@value #TRACK}), {@code newTrack},
 * {@code transpose}, {@code deleteFrom}, {@code nextSpawn}, {@code nextProblem}.
 */
public final class ProofreadHandler extends ActiveEditorHandler {
	public static final String TRACK = "org.myrmex.tracking.ui.commands.setTrack.number";

	@Override
	protected void run(IWorkbenchWindow window, LabelsEditor editor, String variant, ExecutionEvent event) {
		boolean done = switch (variant) {
		case "setTrack" -> Identities.setTrack(editor, Integer.parseInt(event.getParameter(TRACK)));
		case "newTrack" -> Identities.newTrack(editor);
		case "transpose" -> Identities.transpose(editor);
		case "deleteFrom" -> Identities.deleteTrackFromHere(editor);
		case "nextSpawn" -> Identities.goToNext(editor, false);
		case "nextProblem" -> Identities.goToNext(editor, true);
		default -> throw new IllegalStateException("no proofreading command " + variant);
		};
		if (!done) {
			window.getShell().getDisplay().beep();
		}
	}
}
