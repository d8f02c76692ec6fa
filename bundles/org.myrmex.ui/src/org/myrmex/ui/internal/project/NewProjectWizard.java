// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.myrmex.ui.internal.editor.OpenLabelsJob;

/**
 * File › New › Myrmex Project: a name and folder, the videos (each with a grayscale box) and a skeleton; Finish
 * makes the project ({@link NewProject}) and opens its labels in the editor.
 */
public final class NewProjectWizard extends Wizard implements INewWizard {
	/** The wizard's id in {@code org.eclipse.ui.newWizards}. */
	public static final String ID = "org.myrmex.ui.wizards.newProject";

	private IWorkbench workbench;
	private WizardNewProjectCreationPage namePage;
	private VideosPage videosPage;
	private SkeletonPage skeletonPage;
	private NewProject made;

	public NewProjectWizard() {
		setWindowTitle("New Myrmex Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		namePage = new WizardNewProjectCreationPage("name");
		namePage.setTitle("Myrmex Project");
		namePage.setDescription("A project holds videos, a skeleton and labels.");
		addPage(namePage);
		videosPage = new VideosPage();
		addPage(videosPage);
		skeletonPage = new SkeletonPage();
		addPage(skeletonPage);
	}

	@Override
	public boolean performFinish() {
		URI location = namePage.useDefaults() ? null : namePage.getLocationURI();
		NewProject project = new NewProject(namePage.getProjectName(), location, videosPage.videos(),
				skeletonPage.skeleton());
		try {
			getContainer().run(true, true, monitor -> {
				try {
					MyrmexProjects.workspace().run(project, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			ErrorDialog.openError(getShell(), "Cannot create project " + namePage.getProjectName(), null,
					cause instanceof CoreException core ? core.getStatus()
							: org.eclipse.core.runtime.Status.error(String.valueOf(cause), cause));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		made = project;
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window != null) {
			new OpenLabelsJob(window, project.labelsFile()).schedule();
		}
		return true;
	}

	@Override
	public boolean canFinish() {
		return namePage.isPageComplete() && videosPage.isPageComplete() && skeletonPage.isPageComplete();
	}

	/** @return the project made by Finish, or null */
	public NewProject made() {
		return made;
	}

	public VideosPage videosPage() {
		return videosPage;
	}

	public SkeletonPage skeletonPage() {
		return skeletonPage;
	}
}
