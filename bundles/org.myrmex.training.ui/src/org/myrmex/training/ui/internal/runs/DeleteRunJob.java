// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/** Deletes a run folder and everything in it, then refreshes the workspace folder that held it. */
final class DeleteRunJob extends Job {
	/** The job family (tests wait for it). */
	static final Object FAMILY = DeleteRunJob.class;
	private final Path folder;

	DeleteRunJob(Path folder) {
		super("Deleting model run " + folder.getFileName());
		this.folder = folder;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			List<Path> files;
			try (Stream<Path> all = Files.walk(folder)) {
				files = all.sorted(Comparator.reverseOrder()).toList();
			}
			SubMonitor progress = SubMonitor.convert(monitor, files.size() + 1);
			for (Path file : files) {
				progress.split(1);
				Files.delete(file);
			}
			for (IContainer c : ResourcesPlugin.getWorkspace().getRoot()
					.findContainersForLocationURI(folder.getParent().toUri())) {
				c.refreshLocal(IResource.DEPTH_ONE, progress.split(1));
			}
			return Status.OK_STATUS;
		} catch (IOException | CoreException e) {
			return Status.error("Run folder " + folder + " could not be deleted: " + e.getMessage(), e);
		}
	}
}
