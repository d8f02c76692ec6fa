// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.tracks;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/** The Tracks view's commands: {@code rename}, {@code merge} or {@code delete} (after the colon in plugin.xml). */
public final class TracksHandler extends AbstractHandler implements IExecutableExtension {
	private String variant = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		variant = data instanceof String text ? text : "";
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		if (page != null && page.findView(TracksView.ID) instanceof TracksView view) {
			switch (variant) {
			case "rename" -> view.renameSelected();
			case "merge" -> view.mergeSelected();
			case "delete" -> view.deleteSelected();
			default -> throw new IllegalStateException("no tracks command " + variant);
			}
		}
		return null;
	}
}
