// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * A handler that acts on the active labels editor. The variant it runs is the text after the colon of its
 * class name in {@code plugin.xml} ({@code NavigateHandler:next}), so one small class serves a family of
 * commands.
 */
abstract class EditorHandler extends AbstractHandler implements IExecutableExtension {
	private String variant = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		variant = data instanceof String text ? text : "";
	}

	@Override
	public final Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof LabelsEditor editor) {
			run(editor, variant, event);
		}
		return null;
	}

	abstract void run(LabelsEditor editor, String variant, ExecutionEvent event);
}
