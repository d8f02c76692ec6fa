// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.run;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.myrmex.tracking.Retracking;
import org.myrmex.tracking.TrackerKind;
import org.myrmex.tracking.TrackerOptions;
import org.myrmex.tracking.TrackingException;
import org.myrmex.tracking.VideoFrames;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * Tracks a copy of an editor's labels, then enters the result in the editor as one command. If the labels
 * were edited meanwhile, or the job is cancelled or fails, the labels stay as they are.
 */
public final class TrackJob extends Job {
	public static final Object FAMILY = TrackJob.class;

	private final LabelsEditor editor;
	private final TrackerOptions options;
	private final Retracking retracking;
	private final Command lastEdit;

	/** Copies the editor's labels: create on the UI thread. */
	public TrackJob(LabelsEditor editor, TrackerOptions options) {
		super("Tracking " + editor.file().getFileName());
		this.editor = editor;
		this.options = options;
		retracking = new Retracking(editor.labels());
		lastEdit = editor.getEditingDomain().getCommandStack().getUndoCommand();
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			if (options.tracker() == TrackerKind.FLOW) {
				try (VideoFrames frames = new VideoFrames(editor.file())) {
					retracking.run(options, frames, monitor);
				}
			} else {
				retracking.run(options, null, monitor);
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (TrackingException e) {
			tell("Cannot track " + editor.file().getFileName() + ": " + e.getMessage());
			return Status.OK_STATUS;
		}
		Display.getDefault().asyncExec(this::apply);
		return Status.OK_STATUS;
	}

	private void apply() {
		if (editor.getEditingDomain() == null || editor.canvas().control().isDisposed()) {
			return;
		}
		if (editor.getEditingDomain().getCommandStack().getUndoCommand() != lastEdit) {
			tell("The labels of " + editor.file().getFileName()
					+ " changed while they were being tracked: the tracks were not applied. Track again.");
			return;
		}
		editor.execute(retracking.command(editor.getEditingDomain()));
	}

	private void tell(String message) {
		Display.getDefault().asyncExec(() -> MessageDialog.openError(editor.getSite().getShell(), TrackDialog.TITLE,
				message));
	}
}
