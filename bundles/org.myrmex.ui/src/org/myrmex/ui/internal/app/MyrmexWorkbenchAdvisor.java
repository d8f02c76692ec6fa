// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the workbench in the Labelling perspective over the workspace's projects, remembers the layout between
 * sessions and saves the workspace's state when it closes.
 */
public class MyrmexWorkbenchAdvisor extends WorkbenchAdvisor {
	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// name the perspectives (Labelling, Analysis) on the perspective bar, not just their icons
		PlatformUI.getPreferenceStore().setValue(IWorkbenchPreferenceConstants.SHOW_TEXT_ON_PERSPECTIVE_BAR, true);
		// the Project Explorer's labels and icons for projects, folders and files
		IDE.registerAdapters();
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.svg");
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.svg");
	}

	private static void declare(IWorkbenchConfigurer configurer, String key, String path) {
		ImageDescriptor image = ImageDescriptor.createFromURLSupplier(true,
				() -> org.eclipse.core.runtime.Platform.getBundle(IDE_BUNDLE).getEntry(path));
		configurer.declareImage(key, image, true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return LabellingPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new MyrmexWindowAdvisor(configurer);
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		super.postShutdown();
	}
}
