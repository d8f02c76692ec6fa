// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.export;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.ui.internal.project.WorkspaceFiles;
import org.myrmex.ui.internal.widgets.FailureReport;
import org.myrmex.video.VideoException;
import org.myrmex.video.render.LabelledVideoRenderer;

/**
 * Renders one labelled video clip ({@link LabelledVideoRenderer}, what {@code myrmex render} runs) with progress
 * and cancellation. The MP4 appears only when complete; a failure is an error naming the file, shown in a message.
 */
public final class RenderJob extends Job {
	/** The title of the message reporting a failed render. */
	public static final String FAILED = "Video Clip Export Failed";
	private final LabelledVideoRenderer.Request request;
	private volatile LabelledVideoRenderer.Result result;

	/** @param request what to render; its labels are read by this job only */
	public RenderJob(LabelledVideoRenderer.Request request) {
		super("Rendering " + request.out().getFileName() + " (" + request.frames().size() + " frames)");
		this.request = request;
		setUser(true);
		FailureReport.attach(this, FAILED);
	}

	/** @return what the render wrote, once it has */
	public LabelledVideoRenderer.Result result() {
		return result;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			result = LabelledVideoRenderer.render(request, monitor);
			WorkspaceFiles.refresh(result.file());
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (VideoException e) {
			return Status.error("Rendering failed: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			return Status.error("Rendering failed: cannot write " + request.out() + " (" + e + ")", e);
		}
	}
}
