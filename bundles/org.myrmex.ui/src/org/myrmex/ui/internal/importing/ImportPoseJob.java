// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.importing;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.ui.internal.editor.OpenLabelsJob;

/**
 * Converts a DeepLabCut project or CSV, or a COCO keypoints file, into a {@code .slp} in a workspace project
 * (written atomically), then opens it in the labels editor. A file that cannot be read is reported naming it, and
 * nothing is written.
 */
public final class ImportPoseJob extends Job {
	/** Job family, so that tests can wait for it. */
	public static final Object FAMILY = ImportPoseJob.class;

	private final Path source;
	private final IFile target;
	private final IWorkbenchWindow window;

	public ImportPoseJob(Path source, IFile target, IWorkbenchWindow window) {
		super("Importing " + source.getFileName());
		this.source = source;
		this.target = target;
		this.window = window;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source.getFileName(), 10);
		Path file = target.getLocation().toFile().toPath();
		try {
			Labels labels = LabelsFiles.load(source, progress.split(4));
			LabelsFiles.save(labels, file, progress.split(5));
			target.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
		} catch (LabelsFileException e) {
			return Status.error(e.getMessage(), e);
		} catch (CoreException e) {
			return e.getStatus();
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		if (window != null) {
			new OpenLabelsJob(window, file).schedule();
		}
		return Status.OK_STATUS;
	}
}
