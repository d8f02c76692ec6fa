// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.myrmex.ui.internal.editor.LabelsEditor;

/** One {@link ModelCache} per open labels editor, closed when its editor closes. Used on the UI thread. */
final class EditorModels implements AutoCloseable {
	private final Map<LabelsEditor, ModelCache> caches = new HashMap<>();

	/** @return the models of {@code editor}, a new cache on first use */
	ModelCache of(LabelsEditor editor) {
		ModelCache cache = caches.get(editor);
		if (cache != null) {
			return cache;
		}
		ModelCache created = new ModelCache();
		caches.put(editor, created);
		IWorkbenchPage page = editor.getSite().getPage();
		page.addPartListener(new IPartListener2() {
			@Override
			public void partClosed(IWorkbenchPartReference reference) {
				if (reference.getPart(false) == editor) {
					page.removePartListener(this);
					ModelCache gone = caches.remove(editor);
					if (gone != null) {
						gone.close();
					}
				}
			}
		});
		return created;
	}

	@Override
	public void close() {
		caches.values().forEach(ModelCache::close);
		caches.clear();
	}
}
