// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * The editor last activated in each workbench page, kept from the first labels editor on (UI thread only). Views
 * created later — as on the first switch to the Analysis perspective, while the page may have no active editor for
 * a moment — learn from it which editor the user last worked in, and so can tell that editor's re-activation by the
 * switch from the user choosing another one.
 */
public final class LastActiveEditor {
	private static final Map<IWorkbenchPage, IEditorPart> LAST = new WeakHashMap<>();

	private LastActiveEditor() {
	}

	/** Starts following {@code page}'s editors, once per page; {@code editor} is being opened there. */
	static void watch(IWorkbenchPage page, IEditorPart editor) {
		if (LAST.containsKey(page)) {
			LAST.putIfAbsent(page, editor);
			return;
		}
		LAST.put(page, editor);
		page.addPartListener(new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference reference) {
				if (reference.getPart(false) instanceof IEditorPart active) {
					LAST.put(page, active);
				}
			}

			@Override
			public void partClosed(IWorkbenchPartReference reference) {
				IWorkbenchPart part = reference.getPart(false);
				if (LAST.get(page) == part) {
					LAST.put(page, page.getActiveEditor());
				}
			}
		});
	}

	/** @return the editor last activated in {@code page} (its active one where it has one), or null */
	public static IEditorPart of(IWorkbenchPage page) {
		IEditorPart active = page.getActiveEditor();
		return active != null ? active : LAST.get(page);
	}
}
