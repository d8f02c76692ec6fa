// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.export;

import java.nio.file.Files;

import org.eclipse.jface.dialogs.MessageDialog;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.video.render.LabelledVideoRenderer;

/**
 * File › Export… › Myrmex › Video Clip: renders frames of the active labels editor's labels (unsaved edits
 * included) or of the labels file selected in the Project Explorer with their instances drawn as the editor draws
 * them, through {@link LabelledVideoRenderer}, the code {@code myrmex render} runs. The frames first offered are the
 * timeline's selection, else 300 frames from the current one. Finish asks before replacing a file, then starts a
 * {@link RenderJob} and closes.
 */
public final class RenderWizard extends SourceWizard {
	/** Frames offered from the current frame when the timeline has no selection. */
	static final int DEFAULT_FRAMES = 300;
	private RenderPage page;
	private RenderJob job;

	public RenderWizard() {
		setWindowTitle("Export Video Clip");
	}

	@Override
	public void addPages() {
		page = new RenderPage(source(), range(source() == null ? null : source().editor()));
		addPage(page);
	}

	/** @return the timeline's selection, else {@link #DEFAULT_FRAMES} from the current frame, {first, last} */
	private static int[] range(LabelsEditor editor) {
		if (editor == null) {
			return new int[] { 0, DEFAULT_FRAMES - 1 };
		}
		int[] selected = editor.timeline() == null ? null : editor.timeline().selection();
		if (selected != null) {
			return selected;
		}
		int first = Math.max(0, editor.frameIndex());
		int count = editor.frameCount();
		return new int[] { first, count > 0 ? Math.min(count - 1, first + DEFAULT_FRAMES - 1) : first + DEFAULT_FRAMES - 1 };
	}

	@Override
	RenderPage firstPage() {
		return page;
	}

	public RenderPage page() {
		return page;
	}

	/** @return the job Finish started, or {@code null} */
	public RenderJob job() {
		return job;
	}

	@Override
	public boolean performFinish() {
		LabelledVideoRenderer.Request request;
		try {
			request = page.request(source().snapshot());
		} catch (IllegalArgumentException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		if (Files.exists(request.out()) && !MessageDialog.openQuestion(getShell(), ExportWizard.OVERWRITE,
				"This file exists already:\n\n" + request.out() + "\n\nReplace it?")) {
			return false;
		}
		job = new RenderJob(request);
		job.schedule();
		return true;
	}
}
