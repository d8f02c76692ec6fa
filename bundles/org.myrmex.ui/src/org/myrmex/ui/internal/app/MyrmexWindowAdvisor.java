// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Sets up the main window and, once it is open, opens the sample project. */
public class MyrmexWindowAdvisor extends WorkbenchWindowAdvisor {

	public MyrmexWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new MyrmexActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1200, 900));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle("Myrmex");
	}

	@Override
	public void postWindowOpen() {
		new OpenSampleProjectJob(getWindowConfigurer().getWindow()).schedule();
		RecoveryOffer.offer(getWindowConfigurer().getWindow());
	}
}
