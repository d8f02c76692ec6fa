// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Creates no actions: every menu item is a command contributed in {@code plugin.xml}. The menu bar only gets
 * the {@code additions} group those contributions are placed after.
 */
public class MyrmexActionBarAdvisor extends ActionBarAdvisor {

	public MyrmexActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
