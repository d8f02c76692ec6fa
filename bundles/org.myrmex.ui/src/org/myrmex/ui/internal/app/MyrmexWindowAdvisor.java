// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Sets up the main window and, once it is open, opens the sample project and offers unsaved edits left by a crash. */
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
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		Display display = window.getShell().getDisplay();
		Job sample = new OpenSampleProjectJob(window);
		// unsaved edits left by a crash are offered once the sample project is open (its editor is opened from a
		// runnable the job posts before it ends): the sample editor then neither takes the focus from the question
		// nor opens in front of the restored file, and the question runs outside the window's rendering, which is
		// still going on here
		sample.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!display.isDisposed()) {
					display.asyncExec(() -> {
						if (!window.getShell().isDisposed()) {
							RecoveryOffer.offer(window);
							LaunchFiles.open(window, Platform.getApplicationArgs());
						}
					});
				}
			}
		});
		sample.schedule();
	}
}
