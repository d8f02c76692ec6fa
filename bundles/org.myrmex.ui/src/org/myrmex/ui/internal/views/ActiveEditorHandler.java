// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * A view's command handler that edits the labels of the window's active labels editor (enabled only while there
 * is one), whichever part has the focus. The variant it runs is the text after the colon of its class name in
 * {@code plugin.xml} ({@code VideoHandler:remove}), so one class serves a view's commands.
 */
public abstract class ActiveEditorHandler extends AbstractHandler implements IExecutableExtension {
	private String variant = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		variant = data instanceof String text ? text : "";
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		Object window = evaluationContext instanceof IEvaluationContext context
				? context.getVariable(ISources.ACTIVE_WORKBENCH_WINDOW_NAME)
				: null;
		setBaseEnabled(window instanceof IWorkbenchWindow w && editor(w) != null);
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
			run(window, editor, variant, event);
		}
		return null;
	}

	/** Runs {@code variant} on the labels of {@code editor}. */
	protected abstract void run(IWorkbenchWindow window, LabelsEditor editor, String variant, ExecutionEvent event);

	/** @return the variant this handler runs (for titles of its dialogs) */
	protected final String variant() {
		return variant;
	}
}
