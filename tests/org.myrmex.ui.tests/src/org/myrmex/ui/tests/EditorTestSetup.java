// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import java.util.Arrays;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.myrmex.ui.internal.app.LabellingPerspective;

/**
 * Around each editor test: the Labelling perspective first; a watchdog that prints the UI thread's stack every
 * 40 s (a hang in a nested event loop then says where it is); afterwards every dialog closed and the test's
 * editors closed without saving (the sample project stays open).
 */
public final class EditorTestSetup implements BeforeEachCallback, AfterEachCallback {
	private Thread watchdog;

	@Override
	public void beforeEach(ExtensionContext context) {
		Gui.page().setPerspective(
				PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(LabellingPerspective.ID));
		Thread main = Thread.currentThread();
		watchdog = new Thread(() -> {
			try {
				while (true) {
					Thread.sleep(40_000);
					StringBuilder dump = new StringBuilder("WATCHDOG main thread:\n");
					for (StackTraceElement e : main.getStackTrace()) {
						dump.append("    ").append(e).append('\n');
					}
					System.out.println(dump);
				}
			} catch (InterruptedException e) {
				// the test ended
			}
		});
		watchdog.setDaemon(true);
		watchdog.start();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		watchdog.interrupt();
		for (Shell shell : Gui.display().getShells()) {
			if (!shell.isDisposed() && shell.getParent() != null) {
				shell.close();
			}
		}
		Gui.page().closeEditors(Arrays.stream(Gui.page().getEditorReferences())
				.filter(reference -> !reference.getName().equals("sample-ants.slp"))
				.toArray(IEditorReference[]::new), false);
		Gui.settle();
	}
}
