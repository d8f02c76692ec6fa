// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.myrmex.model.Labels;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.skeleton.SkeletonPanel;
import org.myrmex.ui.internal.views.skeleton.SkeletonViewPart;

/**
 * The skeleton of the active labels editor, editable: nodes with their symmetric twins, edges with parent and
 * child, the single-tree check ({@link SkeletonPanel}); its toolbar and context menu hold the skeleton commands
 * ({@code plugin.xml}). Every edit is undoable on the editor's command stack.
 */
public class SkeletonView extends LabelsView implements SkeletonViewPart {
	public static final String ID = SkeletonViewPart.ID;

	private SkeletonPanel panel;
	private final IPartListener2 closeListener = new IPartListener2() {
		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (panel != null && reference.getPart(false) == panel.editor()) {
				panel.setEditor(null);
				forget();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		panel = new SkeletonPanel(parent);
		MenuManager menu = new MenuManager("#Skeleton", ID);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		Menu nodesMenu = menu.createContextMenu(panel.nodesViewer().getControl());
		panel.nodesViewer().getControl().setMenu(nodesMenu);
		panel.edgesViewer().getControl().setMenu(nodesMenu);
		getSite().registerContextMenu(ID, menu, panel.nodesViewer());
		getSite().setSelectionProvider(panel.nodesViewer());
		getSite().getPage().addPartListener(closeListener);
		startFollowingEditors();
	}

	@Override
	protected void show(Labels labels) {
		panel.setEditor(shownEditor() instanceof LabelsEditor editor ? editor : null);
	}

	@Override
	public SkeletonPanel panel() {
		return panel;
	}

	/** @return the nodes table: #, name, symmetric twin (for tests) */
	public org.eclipse.swt.widgets.Table table() {
		return panel.nodesViewer().getTable();
	}

	@Override
	public void setFocus() {
		panel.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(closeListener);
		super.dispose();
	}
}
