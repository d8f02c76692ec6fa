// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.myrmex.io.LabelsFileException;
import org.myrmex.model.Labels;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.LabelsEditorInput;
import org.myrmex.ui.internal.project.MyrmexProjects;
import org.myrmex.video.VideoException;
import org.myrmex.video.sample.SampleProject;
import org.myrmex.video.synth.ColonyParameters;

/**
 * Opens the sample project of the workspace in the video editor, making it first (a synthetic ant video and its
 * labels, a Myrmex project of the workspace) when the workspace does not have it yet.
 */
public class OpenSampleProjectJob extends Job {
	/** Job family, so that tests and shutdown can wait for it. */
	public static final Object FAMILY = OpenSampleProjectJob.class;
	/** Folder of the sample project inside the workspace. */
	public static final String FOLDER = "sample-ants";

	private final IWorkbenchWindow window;

	public OpenSampleProjectJob(IWorkbenchWindow window) {
		super("Opening the sample project");
		this.window = window;
		setUser(true);
	}

	/** @return the sample project of the current workspace ({@code -data}), or of {@code ~/myrmex-workspace} */
	public static SampleProject sampleProject() {
		Location location = Platform.getInstanceLocation();
		Path workspace = location != null && location.getURL() != null ? Path.of(location.getURL().getFile())
				: Path.of(System.getProperty("user.home"), "myrmex-workspace");
		return new SampleProject(workspace.resolve(FOLDER));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SampleProject project = sampleProject();
		try {
			Labels labels = project.exists() ? project.load() : project.create(ColonyParameters.defaults(), monitor);
			MyrmexProjects.adopt(project.folder(), null);
			window.getShell().getDisplay().asyncExec(() -> open(project, labels));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return Status.error("Cannot add the sample project to the workspace: " + e.getMessage(), e);
		} catch (VideoException | LabelsFileException e) {
			return Status.error("Cannot open the sample project: " + e.getMessage(), e);
		}
	}

	private void open(SampleProject project, Labels labels) {
		if (window.getShell() == null || window.getShell().isDisposed() || window.getActivePage() == null) {
			return;
		}
		try {
			window.getActivePage().openEditor(new LabelsEditorInput(project.labels(), labels), LabelsEditor.ID);
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(window.getShell(), "Cannot open the sample project", null,
					Status.error(e.getMessage(), e));
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
