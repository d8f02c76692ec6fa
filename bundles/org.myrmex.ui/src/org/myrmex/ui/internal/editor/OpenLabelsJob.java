// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.progress.IProgressConstants;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.ui.internal.project.MissingVideos;
import org.myrmex.ui.internal.project.MissingVideosDialog;

/**
 * Loads a labels file in the background and opens it in a {@link LabelsEditor}. A file that is already open
 * is brought to the front instead; a file that fails to load is reported naming the file and the reason, and
 * no editor opens. When videos of the file are not found, the editor opens and Replace Missing Videos asks
 * where they are (the labels of videos left missing stay editable).
 */
public final class OpenLabelsJob extends Job {
	/** Job family, so that tests can wait for it. */
	public static final Object FAMILY = OpenLabelsJob.class;

	private final IWorkbenchWindow window;
	private final Path file;
	private final Path loadFrom;
	private final boolean restored;

	/** Opens {@code file}. */
	public OpenLabelsJob(IWorkbenchWindow window, Path file) {
		this(window, file, file, false);
	}

	/**
	 * Opens {@code file} with the labels read from {@code loadFrom} (its recovery journal when
	 * {@code restored}).
	 */
	public OpenLabelsJob(IWorkbenchWindow window, Path file, Path loadFrom, boolean restored) {
		super("Opening " + file.getFileName());
		this.window = window;
		this.file = file.toAbsolutePath().normalize();
		this.loadFrom = loadFrom;
		this.restored = restored;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (window.getShell() == null || window.getShell().isDisposed()) {
			return Status.CANCEL_STATUS;
		}
		boolean[] open = new boolean[1];
		window.getShell().getDisplay().syncExec(() -> open[0] = activateOpenEditor());
		if (open[0]) {
			return Status.OK_STATUS;
		}
		if (!Files.isRegularFile(loadFrom)) {
			return error("Cannot open " + file + ": the file does not exist", null);
		}
		try {
			Labels labels = LabelsFiles.load(loadFrom, monitor);
			List<Video> missing = MissingVideos.of(labels, file);
			window.getShell().getDisplay().asyncExec(() -> openEditor(labels, missing));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (LabelsFileException e) {
			return error(e.getMessage(), e);
		} catch (RuntimeException e) {
			return error("Cannot open " + file + ": " + e, e);
		}
	}

	/** Reports a file that cannot be opened in a dialog of its own, naming the file and the reason. */
	private IStatus error(String message, Throwable cause) {
		IStatus status = Status.error(message, cause);
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		if (window.getShell() != null && !window.getShell().isDisposed()) {
			window.getShell().getDisplay().asyncExec(() -> {
				if (!window.getShell().isDisposed()) {
					ErrorDialog.openError(window.getShell(), "Cannot open " + file.getFileName(), null, status);
				}
			});
		}
		return status;
	}

	private boolean activateOpenEditor() {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return false;
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof LabelsEditorInput input && input.file().equals(file)) {
					page.activate(reference.getPart(true));
					return true;
				}
			} catch (PartInitException e) {
				// an editor that cannot restore is not this file
			}
		}
		return false;
	}

	private void openEditor(Labels labels, List<Video> missing) {
		IWorkbenchPage page = window.getActivePage();
		if (window.getShell() == null || window.getShell().isDisposed() || page == null) {
			return;
		}
		try {
			LabelsEditor editor = (LabelsEditor) page.openEditor(new LabelsEditorInput(file, labels, restored),
					LabelsEditor.ID);
			if (!missing.isEmpty()) {
				MissingVideosDialog dialog = new MissingVideosDialog(window.getShell(), file.getFileName().toString(),
						missing);
				if (dialog.open() == Window.OK && !dialog.replacements().isEmpty()) {
					editor.replaceVideos(dialog.replacements());
				}
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(window.getShell(), "Cannot open " + file.getFileName(), null,
					Status.error(e.getMessage(), e));
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
