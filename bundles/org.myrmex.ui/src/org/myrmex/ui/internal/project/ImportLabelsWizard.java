// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.io.LabelsFileException;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.ui.internal.editor.OpenLabelsJob;
import org.myrmex.ui.internal.project.ImportLabels.Mode;

/**
 * File › Import › Myrmex › SLEAP Labels: reads the file (a file that is not labels is reported, naming it, and
 * nothing is imported), asks where missing videos are (Replace Missing Videos) when copying, brings the file
 * into the project and opens it.
 */
public final class ImportLabelsWizard extends Wizard implements IImportWizard {
	private IWorkbench workbench;
	private IProject preselected;
	private ImportLabelsPage page;
	private IFile imported;

	public ImportLabelsWizard() {
		setWindowTitle("Import SLEAP Labels");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
		if (selection != null && selection.getFirstElement() instanceof org.eclipse.core.runtime.IAdaptable element) {
			org.eclipse.core.resources.IResource resource = element.getAdapter(org.eclipse.core.resources.IResource.class);
			if (resource != null && MyrmexProjects.isMyrmex(resource.getProject())) {
				preselected = resource.getProject();
			}
		}
	}

	@Override
	public void addPages() {
		page = new ImportLabelsPage(preselected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path source = page.file();
		Mode mode = page.mode();
		ImportLabels importer = new ImportLabels(source);
		Labels[] read = new Labels[1];
		AtomicReference<List<Video>> missing = new AtomicReference<>(List.of());
		if (!run(monitor -> {
			try {
				read[0] = importer.read(monitor);
			} catch (LabelsFileException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			}
			missing.set(mode == Mode.COPY && !importer.isPackage() ? MissingVideos.of(read[0], source) : List.of());
		}, "Cannot import " + source.getFileName())) {
			return false;
		}
		Map<Video, Path> replacements = Map.of();
		if (!missing.get().isEmpty()) {
			MissingVideosDialog dialog = new MissingVideosDialog(getShell(), source.getFileName().toString(), missing.get());
			if (dialog.open() == Window.OK) {
				replacements = dialog.replacements();
			}
		}
		Map<Video, Path> chosen = replacements;
		IProject existing = page.project();
		String newName = page.newProjectName();
		IFile[] result = new IFile[1];
		if (!run(monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			IProject into = existing != null ? existing : MyrmexProjects.create(newName, null, progress.split(1));
			progress.setWorkRemaining(1);
			result[0] = importer.into(into, mode, chosen, progress.split(1));
		}, "Cannot import " + source.getFileName())) {
			return false;
		}
		imported = result[0];
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		if (window != null) {
			new OpenLabelsJob(window, imported.getLocation().toFile().toPath()).schedule();
		}
		return true;
	}

	/** A step that may fail with a status. */
	private interface Step {
		void run(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException;
	}

	/** Runs {@code step} in the workspace with the wizard's progress bar; @return whether it succeeded */
	private boolean run(Step step, String failure) {
		try {
			getContainer().run(true, true, monitor -> {
				try {
					MyrmexProjects.workspace().run(step::run, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			IStatus status = e.getCause() instanceof CoreException core ? core.getStatus()
					: Status.error(String.valueOf(e.getCause()), e.getCause());
			page.setErrorMessage(status.getMessage());
			ErrorDialog.openError(getShell(), failure, null, status);
			return false;
		} catch (InterruptedException e) {
			return false;
		}
	}

	/** @return the labels file imported by Finish, or null */
	public IFile imported() {
		return imported;
	}

	public ImportLabelsPage page() {
		return page;
	}
}
