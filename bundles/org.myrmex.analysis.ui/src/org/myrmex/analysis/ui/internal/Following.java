// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.LastActiveEditor;

/**
 * How the analysis views follow the user: the labels editor activated (editors are shared by the Labelling and
 * Analysis perspectives, so the one active in Labelling is active in Analysis too) and what is selected in the
 * Project Explorer (one view instance for both perspectives, so its selection is kept when switching).
 */
public final class Following {
	private final Consumer<IWorkbenchPart> follow;
	private final Consumer<IWorkbenchPart> closed;
	private IWorkbenchPage page;
	/** The editor last told of: activated again (as on a perspective switch), it is not told again. */
	private IWorkbenchPart lastEditor;
	private final IPartListener2 listener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			editor(reference.getPart(false));
		}

		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			editor(reference.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part == lastEditor) {
				lastEditor = null;
			}
			closed.accept(part);
		}
	};

	private void editor(IWorkbenchPart part) {
		if (part instanceof IEditorPart && part != lastEditor) {
			lastEditor = part;
			follow.accept(part);
		}
	}

	/**
	 * @param follow told of each editor activated or opened, not again while it stays the last one (so that what
	 *               was chosen in the Project Explorer since stays shown when the editor is activated again, as on
	 *               a perspective switch)
	 * @param closed told of each part closed
	 */
	public Following(Consumer<IWorkbenchPart> follow, Consumer<IWorkbenchPart> closed) {
		this.follow = follow;
		this.closed = closed;
	}

	/**
	 * Listens to {@code workbenchPage}'s parts and follows the editor the user last worked in now (the page's
	 * active one, or — during a perspective switch, when there may be none for a moment — the last one activated),
	 * so that its re-activation by the switch does not override a choice made after it.
	 */
	public void start(IWorkbenchPage workbenchPage) {
		page = workbenchPage;
		page.addPartListener(listener);
		IEditorPart last = LastActiveEditor.of(page);
		if (last != null) {
			editor(last);
		}
	}

	/** Stops listening. */
	public void stop() {
		if (page != null) {
			page.removePartListener(listener);
		}
	}

	/** @return the file selected when it is a single {@code .slp} file, else null */
	public static Path labelsFile(ISelection selection) {
		IResource resource = resource(selection);
		return resource != null && resource.getType() == IResource.FILE && "slp".equals(resource.getFileExtension())
				&& resource.getLocation() != null ? resource.getLocation().toFile().toPath() : null;
	}

	/** @return the resource selected (the first), or null */
	public static IResource resource(ISelection selection) {
		return selection instanceof IStructuredSelection s ? Adapters.adapt(s.getFirstElement(), IResource.class)
				: null;
	}

	/** @return the labels editor of {@code page} holding {@code file}, or null */
	public static LabelsEditor editorOf(IWorkbenchPage page, Path file) {
		Path wanted = file.toAbsolutePath().normalize();
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof LabelsEditor editor && editor.file() != null
					&& editor.file().toAbsolutePath().normalize().equals(wanted)) {
				return editor;
			}
		}
		return null;
	}
}
