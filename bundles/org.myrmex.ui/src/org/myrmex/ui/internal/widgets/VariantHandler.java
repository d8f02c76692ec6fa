// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.widgets;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * A command handler class that serves several commands of one view: the variant it runs is the text after the
 * colon of its class name in {@code plugin.xml} ({@code VideoHandler:remove}).
 */
public abstract class VariantHandler extends AbstractHandler implements IExecutableExtension {
	private String variant = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		variant = data instanceof String text ? text : "";
	}

	/** @return the variant this handler runs */
	protected final String variant() {
		return variant;
	}

	/** @return the active workbench window of an enablement evaluation context, or null */
	protected static IWorkbenchWindow window(Object evaluationContext) {
		Object window = evaluationContext instanceof IEvaluationContext context
				? context.getVariable(ISources.ACTIVE_WORKBENCH_WINDOW_NAME)
				: null;
		return window instanceof IWorkbenchWindow w ? w : null;
	}
}
