// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.skeleton;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.myrmex.model.Edge;
import org.myrmex.model.Node;

/**
 * The edges table's columns: Parent and Child, each a drop-down of the skeleton's nodes. Choosing another node
 * replaces the edge (remove + add, one undoable command).
 */
final class EdgeColumns {
	/** Column indices, for {@code TableViewer.editElement}. */
	static final int PARENT = 0;
	static final int CHILD = 1;

	private EdgeColumns() {
	}

	static void create(TableViewer viewer, SkeletonPanel panel) {
		for (boolean parent : new boolean[] { true, false }) {
			var column = SkeletonPanel.column(viewer, parent ? "Parent" : "Child", 140);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					Node node = end((Edge) element, parent);
					return node == null ? "" : node.getName();
				}
			});
			column.setEditingSupport(new EndEditing(viewer, panel, parent));
		}
	}

	private static Node end(Edge edge, boolean parent) {
		return parent ? edge.getSource() : edge.getDestination();
	}

	/** One end of an edge as a drop-down of the skeleton's nodes. */
	private static final class EndEditing extends EditingSupport {
		private final SkeletonPanel panel;
		private final boolean parent;
		private final ComboBoxCellEditor editor;

		EndEditing(TableViewer viewer, SkeletonPanel panel, boolean parent) {
			super(viewer);
			this.panel = panel;
			this.parent = parent;
			editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);
		}

		private List<Node> nodes() {
			return panel.skeleton().getNodes();
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			editor.setItems(nodes().stream().map(Node::getName).toArray(String[]::new));
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return panel.editor() != null && panel.skeleton() != null;
		}

		@Override
		protected Object getValue(Object element) {
			return Math.max(0, nodes().indexOf(end((Edge) element, parent)));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int chosen = (Integer) value;
			if (chosen < 0 || chosen >= nodes().size()) {
				return;
			}
			Edge edge = (Edge) element;
			Node node = nodes().get(chosen);
			Node source = parent ? node : edge.getSource();
			Node destination = parent ? edge.getDestination() : node;
			if (source == edge.getSource() && destination == edge.getDestination()) {
				return;
			}
			String problem = SkeletonEdits.edgeProblem(panel.skeleton(), source, destination);
			if (problem != null) {
				panel.report(problem);
				return;
			}
			try {
				Command command = SkeletonEdits.changeEdge(panel.editor().getEditingDomain(), edge, source,
						destination);
				panel.execute(command);
			} catch (IllegalArgumentException e) {
				panel.report(e.getMessage());
			}
		}
	}
}
