// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.importing;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.myrmex.ui.internal.project.MyrmexProjects;

/**
 * File › Import › Myrmex › DeepLabCut or COCO Keypoints: a DeepLabCut {@code config.yaml} or labelled-data CSV, or a
 * COCO keypoints JSON, previewed with its counts, converted by Finish into a {@code .slp} of a workspace project in
 * an {@link ImportPoseJob}, which then opens it in the labels editor.
 */
public final class ImportPoseWizard extends Wizard implements IImportWizard {
	/** The wizard's id in {@code plugin.xml}. */
	public static final String ID = "org.myrmex.ui.wizards.importPose";
	/** The dialog's title. */
	public static final String TITLE = "Import DeepLabCut or COCO Keypoints";

	private IWorkbench workbench;
	private IProject preselected;
	private ImportPosePage page;

	public ImportPoseWizard() {
		setWindowTitle(TITLE);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
		if (selection != null && selection.getFirstElement() instanceof IAdaptable element) {
			org.eclipse.core.resources.IResource resource = element.getAdapter(org.eclipse.core.resources.IResource.class);
			if (resource != null && MyrmexProjects.isMyrmex(resource.getProject())) {
				preselected = resource.getProject();
			}
		}
	}

	@Override
	public void addPages() {
		page = new ImportPosePage(preselected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile target = page.target();
		new ImportPoseJob(page.file(), target, workbench == null ? null : workbench.getActiveWorkbenchWindow()).schedule();
		return true;
	}

	public ImportPosePage page() {
		return page;
	}
}
