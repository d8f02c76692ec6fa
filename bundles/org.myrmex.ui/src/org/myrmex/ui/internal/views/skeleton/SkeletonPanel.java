// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.skeleton;

import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.myrmex.model.Edge;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.edit.SkeletonCheck;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * The Skeleton view's controls: a table of nodes (#, name, symmetric twin) over a table of edges (parent, child),
 * both edited in place, then a line with {@link SkeletonCheck}'s verdict and a line for refusals. Every edit is a
 * command run by the labels editor shown, so undo, redo and the dirty marker work; the panel refreshes after
 * every change of that editor's command stack.
 */
public final class SkeletonPanel {
	/** What the check line says of a valid skeleton. */
	public static final String SINGLE_TREE = "Skeleton is a single tree";

	private final SashForm tables;
	private final TableViewer nodes;
	private final TableViewer edges;
	private final Label check;
	private final Label message;
	private final CommandStackListener stackListener = this::stackChanged;
	private LabelsEditor editor;

	public SkeletonPanel(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		body.setLayout(layout);
		tables = new SashForm(body, SWT.VERTICAL);
		tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		nodes = viewer(tables);
		edges = viewer(tables);
		tables.setWeights(3, 2);
		NodeColumns.create(nodes, this);
		EdgeColumns.create(edges, this);
		check = new Label(body, SWT.NONE);
		check.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
		message = new Label(body, SWT.NONE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
		message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		body.addDisposeListener(e -> setEditor(null));
		refresh();
	}

	private static TableViewer viewer(Composite parent) {
		TableViewer viewer = new TableViewer(parent,
				SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	static TableViewerColumn column(TableViewer viewer, String header, int width) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		return column;
	}

	/** Shows (and edits) the skeleton of {@code newEditor}'s labels; null shows nothing. */
	public void setEditor(LabelsEditor newEditor) {
		if (newEditor == editor) {
			return;
		}
		if (editor != null && editor.getEditingDomain() != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		editor = newEditor;
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		}
		report(null);
		refresh();
	}

	private void stackChanged(EventObject event) {
		Display display = nodes.getControl().getDisplay();
		display.asyncExec(() -> {
			if (!nodes.getControl().isDisposed()) {
				report(null);
				refresh();
			}
		});
	}

	/** Shows the skeleton as it is now. */
	public void refresh() {
		if (nodes.getControl().isDisposed()) {
			return;
		}
		Skeleton skeleton = skeleton();
		nodes.setInput(skeleton == null ? List.of() : skeleton.getNodes().toArray());
		edges.setInput(skeleton == null ? List.of() : skeleton.getEdges().toArray());
		for (TableViewer viewer : List.of(nodes, edges)) {
			for (org.eclipse.swt.widgets.TableColumn column : viewer.getTable().getColumns()) {
				column.pack(); // narrow enough for the view's usual width, wide enough for the names
			}
		}
		String verdict;
		if (editor == null) {
			verdict = "No labels editor";
		} else if (skeleton == null) {
			verdict = "No skeleton yet: add a node or load a skeleton";
		} else {
			List<String> problems = SkeletonCheck.problems(skeleton);
			verdict = problems.isEmpty() ? SINGLE_TREE : String.join("; ", problems);
		}
		check.setText(verdict);
		check.setToolTipText(verdict);
		check.setForeground(check.getDisplay()
				.getSystemColor(SINGLE_TREE.equals(verdict) ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
		check.getParent().layout(new org.eclipse.swt.widgets.Control[] { check, message });
	}

	/** Shows {@code text} (a refusal, an error) under the check line; null clears it. */
	public void report(String text) {
		if (message.isDisposed()) {
			return;
		}
		message.setText(text == null ? "" : text);
		message.setToolTipText(text);
	}

	/**
	 * Runs {@code command} on the editor's command stack.
	 *
	 * @return whether it ran
	 */
	public boolean execute(Command command) {
		if (editor == null || command == null) {
			return false;
		}
		return editor.execute(command);
	}

	/** @return the editor shown, or null */
	public LabelsEditor editor() {
		return editor;
	}

	/** @return the labels shown, or null */
	public Labels labels() {
		return editor == null ? null : editor.labels();
	}

	/** @return the skeleton shown and edited (the project's first), or null */
	public Skeleton skeleton() {
		return SkeletonEdits.skeleton(labels());
	}

	/** @return the selected node, or null */
	public Node selectedNode() {
		return ((IStructuredSelection) nodes.getSelection()).getFirstElement() instanceof Node node ? node : null;
	}

	/** @return the selected edge, or null */
	public Edge selectedEdge() {
		return ((IStructuredSelection) edges.getSelection()).getFirstElement() instanceof Edge edge ? edge : null;
	}

	/** @return the nodes' viewer (for the view and tests) */
	public TableViewer nodesViewer() {
		return nodes;
	}

	/** @return the edges' viewer (for the view and tests) */
	public TableViewer edgesViewer() {
		return edges;
	}

	/** @return the check line's text */
	public String checkText() {
		return check.getText();
	}

	/** @return the last refusal shown, "" when none */
	public String message() {
		return message.getText();
	}

	public void setFocus() {
		nodes.getControl().setFocus();
	}
}
