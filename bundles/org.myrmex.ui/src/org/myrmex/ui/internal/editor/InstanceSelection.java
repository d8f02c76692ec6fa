// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.myrmex.model.Instance;

/** The editor's selection: the selected instance, for views and menu contributions. */
final class InstanceSelection implements ISelectionProvider {
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	void set(Instance instance) {
		ISelection next = instance == null ? StructuredSelection.EMPTY : new StructuredSelection(instance);
		if (next.equals(selection)) {
			return;
		}
		selection = next;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection newSelection) {
		if (newSelection != null && !newSelection.isEmpty() && newSelection instanceof StructuredSelection s
				&& s.getFirstElement() instanceof Instance instance) {
			set(instance);
		} else {
			set(null);
		}
	}
}
