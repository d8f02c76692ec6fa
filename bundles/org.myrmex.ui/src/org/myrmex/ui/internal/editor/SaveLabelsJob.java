// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.io.LabelsFileException;
import org.myrmex.model.Labels;
import org.myrmex.video.LabelsSaving;

/**
 * Saves labels atomically ({@code .slp}, {@code .xmi}, or {@code .pkg.slp} with the labelled frames embedded):
 * the file appears under its name only when complete, so a failed or cancelled save leaves the old file as
 * it was. The editor refuses edits while this runs.
 */
final class SaveLabelsJob extends Job {
	static final Object FAMILY = SaveLabelsJob.class;

	private final Labels labels;
	private final Path file;
	private final Path sourceFile;

	/**
	 * @param sourceFile the file the labels were opened from, where frames of embedded videos are read when
	 *                   saving a package
	 */
	SaveLabelsJob(Labels labels, Path file, Path sourceFile) {
		super("Saving " + file.getFileName());
		this.labels = labels;
		this.file = file;
		this.sourceFile = sourceFile;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			LabelsSaving.save(labels, file, sourceFile, monitor);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (LabelsFileException e) {
			return Status.error(e.getMessage(), e);
		} catch (RuntimeException e) {
			return Status.error("Cannot save " + file + ": " + e, e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
