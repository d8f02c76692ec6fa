// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.widgets.VariantHandler;

/**
 * A view's command handler that edits the labels of the window's active labels editor (enabled only while there
 * is one), whichever part has the focus. The variant it runs is the text after the colon of its class name in
 * {@code plugin.xml} ({@code VideoHandler:remove}), so one class serves a view's commands.
 */
public abstract class ActiveEditorHandler extends VariantHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(editor(window(evaluationContext)) != null);
	}

	private static LabelsEditor editor(IWorkbenchWindow window) {
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		return page != null && page.getActiveEditor() instanceof LabelsEditor editor ? editor : null;
	}

	@Override
	public final Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		LabelsEditor editor = editor(window);
		if (editor != null) {
			run(window, editor, variant(), event);
		}
		return null;
	}

	/** Runs {@code variant} on the labels of {@code editor}. */
	protected abstract void run(IWorkbenchWindow window, LabelsEditor editor, String variant, ExecutionEvent event);
}
