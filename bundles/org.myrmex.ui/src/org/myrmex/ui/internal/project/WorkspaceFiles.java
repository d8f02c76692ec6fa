// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Files on disk seen as workspace files, so that the Project Explorer follows what the editor writes. */
public final class WorkspaceFiles {
	private WorkspaceFiles() {
	}

	/** @return the workspace file at {@code file}, if a project holds it */
	public static Optional<IFile> fileAt(Path file) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(file.toAbsolutePath().normalize().toUri());
		for (IFile found : files) {
			if (found.getProject().isOpen()) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

	/** Brings the workspace up to date with {@code file} and its folder (in a Job), if a project holds them. */
	public static void refresh(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		IPath folder = IPath.fromFile(absolute.getParent().toFile());
		var container = ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(folder);
		if (container == null || container.getProject() == null || !container.getProject().isOpen()) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Refreshing " + absolute.getFileName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				container.refreshLocal(IResource.DEPTH_ONE, monitor);
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.setRule(container);
		job.schedule();
	}
}
