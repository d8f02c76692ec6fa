// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.myrmex.ui.internal.widgets.Widgets;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.myrmex.model.Labels;

/** A view that shows something of the labels of the active editor, and follows the user between editors. */
public abstract class LabelsView extends ViewPart {
	private final IPartListener2 editorListener = Widgets.partFollower(this::follow);
	private Labels shown;
	private IEditorPart shownEditor;

	/** Creates the view's controls; then the view shows the active editor's labels, if any. */
	protected void startFollowingEditors() {
		getSite().getPage().addPartListener(editorListener);
		follow(getSite().getPage().getActiveEditor());
	}

	private void follow(IWorkbenchPart part) {
		if (!(part instanceof IEditorPart)) {
			return;
		}
		Labels labels = part.getAdapter(Labels.class);
		if (labels != null && labels != shown) {
			shown = labels;
			shownEditor = (IEditorPart) part;
			show(labels);
		}
	}

	/** @return the editor whose labels the view shows, or null before the first */
	protected IEditorPart shownEditor() {
		return shownEditor;
	}

	/** Forgets the labels shown, so that the next editor activated is shown even if it holds the same labels. */
	protected void forget() {
		shown = null;
		shownEditor = null;
	}

	/** Shows these labels (called on the UI thread). */
	protected abstract void show(Labels labels);

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editorListener);
		super.dispose();
	}
}
