// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.myrmex.model.Labels;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * A view over the active labels editor: it hears the editor's command stack (edits, undo, redo) and its frame
 * changes, and lets go of the editor when it closes. Subclasses say what to do on each.
 */
public abstract class EditorView extends LabelsView {
	private LabelsEditor editor;
	private final CommandStackListener stackListener = this::stackChanged;
	private final Runnable frameListener = this::frameChanged;
	private final IPartListener2 closeListener = new IPartListener2() {
		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (editor != null && reference.getPart(false) == editor) {
				setEditor(null);
				forget();
			}
		}
	};

	/** Follows the active labels editor from now on (call at the end of {@code createPartControl}). */
	@Override
	protected void startFollowingEditors() {
		getSite().getPage().addPartListener(closeListener);
		super.startFollowingEditors();
	}

	/** @return the editor shown, or null */
	public LabelsEditor editor() {
		return editor;
	}

	@Override
	protected void show(Labels labels) {
		setEditor(shownEditor() instanceof LabelsEditor shown ? shown : null);
	}

	private void setEditor(LabelsEditor newEditor) {
		if (editor != null && editor.getEditingDomain() != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			editor.removeFrameListener(frameListener);
		}
		editor = newEditor;
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
			editor.addFrameListener(frameListener);
		}
		editorChanged();
	}

	/** The editor shown changed (or is gone: {@link #editor()} is null). */
	protected abstract void editorChanged();

	/** The editor's command stack changed: an edit, undo or redo (called on the thread that made it). */
	protected abstract void stackChanged(EventObject event);

	/** The editor shows another frame. */
	protected abstract void frameChanged();

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(closeListener);
		setEditor(null);
		super.dispose();
	}
}
