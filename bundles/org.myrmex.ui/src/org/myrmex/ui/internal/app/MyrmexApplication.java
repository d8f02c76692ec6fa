// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.PlatformUI;
import org.myrmex.io.LabelsFiles;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.video.Videos;

/** Starts the Myrmex workbench. */
public class MyrmexApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		useWorkspaceForVideoIndexes();
		LabelsFiles.setProgram(LabelsEditor.WORKBENCH);
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new MyrmexWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/** Keeps the packet indexes of videos beside the workspace, in its metadata folder. */
	private static void useWorkspaceForVideoIndexes() {
		Location workspace = Platform.getInstanceLocation();
		if (workspace != null && workspace.getURL() != null && "file".equals(workspace.getURL().getProtocol())) {
			Path metadata = Path.of(workspace.getURL().getPath(), ".metadata", ".plugins", "org.myrmex.video", "index");
			Videos.setIndexDirectory(metadata);
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
