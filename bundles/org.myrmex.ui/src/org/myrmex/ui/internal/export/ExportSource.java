// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.export;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * The labels an export reads: a labels editor's (unsaved edits included), or a labels file selected in the Project
 * Explorer, loaded for the export.
 *
 * @param labels the labels; an editor's are copied ({@link #snapshot()}) before a job reads them
 * @param file   the file they come from
 * @param editor the editor holding them, or {@code null} for a loaded file
 */
public record ExportSource(Labels labels, Path file, LabelsEditor editor) {

	/** Adds the "Labels:" row of an export page of three columns: what {@code source} is, or how to get one. */
	static void labelsRow(Composite page, ExportSource source) {
		new Label(page, SWT.NONE).setText("Labels:");
		Label labels = new Label(page, SWT.NONE);
		labels.setText(source == null ? "none: open labels in an editor or select a labels file" : source.describe());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(labels);
	}

	/** @return what the page says the labels are */
	public String describe() {
		return file.getFileName() + (editor != null ? " (the editor's labels, unsaved edits included)" : "");
	}

	/** @return labels a job may read: a copy of an editor's (taken on the UI thread), a loaded file's own */
	public Labels snapshot() {
		return editor != null ? EcoreUtil.copy(labels) : labels;
	}

	/** @return the source for a labels editor */
	public static ExportSource of(LabelsEditor editor) {
		return new ExportSource(editor.labels(), editor.file(), editor);
	}

	/**
	 * The selected labels file (its editor's labels where it is open), else the active labels editor's.
	 *
	 * @return the source, or {@code null} when there is none
	 * @throws LabelsFileException when the selected file cannot be read
	 */
	public static ExportSource find(IWorkbenchWindow window, IStructuredSelection selection) throws LabelsFileException {
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		Path selected = selectedFile(selection);
		if (selected != null) {
			LabelsEditor open = page == null ? null : editorOf(page, selected);
			return open != null ? of(open) : new ExportSource(load(selected), selected, null);
		}
		if (page != null && page.getActiveEditor() instanceof LabelsEditor editor) {
			return of(editor);
		}
		return null;
	}

	private static Path selectedFile(IStructuredSelection selection) {
		if (selection == null || !(selection.getFirstElement() instanceof IAdaptable element)) {
			return null;
		}
		IFile file = element.getAdapter(IFile.class);
		if (file == null || file.getLocation() == null) {
			return null;
		}
		String name = file.getName().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".slp") || name.endsWith(".h5") || name.endsWith(".xmi")
				? file.getLocation().toFile().toPath().toAbsolutePath().normalize()
				: null;
	}

	private static LabelsEditor editorOf(IWorkbenchPage page, Path file) {
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof LabelsEditor editor && editor.file().equals(file)) {
				return editor;
			}
		}
		return null;
	}

	private static Labels load(Path file) throws LabelsFileException {
		Labels[] labels = new Labels[1];
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				try {
					labels[0] = LabelsFiles.load(file, monitor);
				} catch (LabelsFileException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof LabelsFileException problem) {
				throw problem;
			}
			throw new LabelsFileException(file, "cannot be read (" + e.getCause() + ")", e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LabelsFileException(file, "loading was cancelled");
		}
		return labels[0];
	}
}
