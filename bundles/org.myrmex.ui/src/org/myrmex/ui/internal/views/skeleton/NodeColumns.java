// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.skeleton;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.edit.SkeletonCommands;

/**
 * The nodes table's columns: # (the node's index), Name (edited in place: rename) and Symmetric (a drop-down of
 * the other nodes and {@value #NONE}: set or clear the node's symmetric twin).
 */
final class NodeColumns {
	/** The symmetric drop-down's entry for "no twin". */
	static final String NONE = "(none)";

	/** Column indices, for {@code TableViewer.editElement}. */
	static final int INDEX = 0;
	static final int NAME = 1;
	static final int SYMMETRIC = 2;

	private NodeColumns() {
	}

	static void create(TableViewer viewer, SkeletonPanel panel) {
		SkeletonPanel.column(viewer, "#", 40).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Skeleton skeleton = panel.skeleton();
				return skeleton == null ? "" : Integer.toString(skeleton.getNodes().indexOf(element));
			}
		});
		var name = SkeletonPanel.column(viewer, "Name", 140);
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Node) element).getName();
			}
		});
		name.setEditingSupport(new NameEditing(viewer, panel));
		var symmetric = SkeletonPanel.column(viewer, "Symmetric", 140);
		symmetric.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Skeleton skeleton = panel.skeleton();
				Node twin = skeleton == null ? null : SkeletonEdits.twin(skeleton, (Node) element);
				return twin == null ? "" : twin.getName();
			}
		});
		symmetric.setEditingSupport(new TwinEditing(viewer, panel));
	}

	/** Rename in place; a refused name is the cell editor's error, shown on the panel's message line. */
	private static final class NameEditing extends EditingSupport {
		private final SkeletonPanel panel;
		private final TextCellEditor editor;
		private Node edited;

		NameEditing(TableViewer viewer, SkeletonPanel panel) {
			super(viewer);
			this.panel = panel;
			editor = new TextCellEditor(viewer.getTable());
			editor.setValidator(value -> SkeletonEdits.nameProblem(panel.skeleton(), edited, (String) value));
			editor.addListener(new ICellEditorListener() {
				@Override
				public void editorValueChanged(boolean oldValidState, boolean newValidState) {
					panel.report(editor.getErrorMessage());
				}

				@Override
				public void cancelEditor() {
					panel.report(null);
				}

				@Override
				public void applyEditorValue() {
					panel.report(editor.getErrorMessage());
				}
			});
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			edited = (Node) element;
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return panel.editor() != null;
		}

		@Override
		protected Object getValue(Object element) {
			return ((Node) element).getName();
		}

		@Override
		protected void setValue(Object element, Object value) {
			Node node = (Node) element;
			String name = (String) value;
			if (name.equals(node.getName())) {
				return;
			}
			String problem = SkeletonEdits.nameProblem(panel.skeleton(), node, name);
			if (problem != null) {
				panel.report(problem);
				return;
			}
			try {
				panel.execute(SkeletonCommands.renameNode(panel.editor().getEditingDomain(), node, name));
			} catch (IllegalArgumentException e) {
				panel.report(e.getMessage());
			}
		}
	}

	/** The symmetric twin as a drop-down of {@value #NONE} and the other nodes. */
	private static final class TwinEditing extends EditingSupport {
		private final SkeletonPanel panel;
		private final ComboBoxCellEditor editor;
		private final List<Node> choices = new ArrayList<>();

		TwinEditing(TableViewer viewer, SkeletonPanel panel) {
			super(viewer);
			this.panel = panel;
			editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			choices.clear();
			choices.add(null);
			List<String> items = new ArrayList<>(List.of(NONE));
			for (Node node : panel.skeleton().getNodes()) {
				if (node != element) {
					choices.add(node);
					items.add(node.getName());
				}
			}
			editor.setItems(items.toArray(String[]::new));
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return panel.editor() != null && panel.skeleton() != null && panel.skeleton().getNodes().size() > 1;
		}

		@Override
		protected Object getValue(Object element) {
			return Math.max(0, choices.indexOf(SkeletonEdits.twin(panel.skeleton(), (Node) element)));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int chosen = (Integer) value;
			if (chosen < 0 || chosen >= choices.size()) {
				return;
			}
			Node node = (Node) element;
			Node twin = choices.get(chosen);
			if (twin == SkeletonEdits.twin(panel.skeleton(), node)) {
				return;
			}
			try {
				panel.execute(SkeletonEdits.setTwin(panel.editor().getEditingDomain(), panel.skeleton(), node, twin));
			} catch (IllegalArgumentException e) {
				panel.report(e.getMessage());
			}
		}
	}
}
