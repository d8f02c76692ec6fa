// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.skeleton;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;

/** Add Edge: a parent and a child node, each from a drop-down; OK only for an edge the skeleton lacks. */
public final class EdgeDialog extends Dialog {
	public static final String TITLE = "Add Edge";

	private final Skeleton skeleton;
	private final Node initialParent;
	private Combo parent;
	private Combo child;
	private Label problem;
	private Node chosenParent;
	private Node chosenChild;

	EdgeDialog(Shell shell, Skeleton skeleton, Node initialParent) {
		super(shell);
		this.skeleton = skeleton;
		this.initialParent = initialParent;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite container) {
		Composite area = (Composite) super.createDialogArea(container);
		area.setLayout(new GridLayout(2, false));
		String[] names = skeleton.getNodes().stream().map(Node::getName).toArray(String[]::new);
		parent = combo(area, "Parent:", names);
		child = combo(area, "Child:", names);
		List<Node> nodes = skeleton.getNodes();
		int from = Math.max(0, nodes.indexOf(initialParent));
		parent.select(from);
		child.select(nodes.size() > 1 ? (from + 1) % nodes.size() : 0);
		problem = new Label(area, SWT.NONE);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		wide.widthHint = 320;
		problem.setLayoutData(wide);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		parent.addModifyListener(e -> validate());
		child.addModifyListener(e -> validate());
		return area;
	}

	private static Combo combo(Composite area, String text, String[] items) {
		new Label(area, SWT.NONE).setText(text);
		Combo combo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(items);
		combo.setVisibleItemCount(Math.min(20, Math.max(1, items.length)));
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	@Override
	protected void createButtonsForButtonBar(Composite bar) {
		super.createButtonsForButtonBar(bar);
		validate();
	}

	private Node node(Combo combo) {
		int index = combo.getSelectionIndex();
		return index < 0 ? null : skeleton.getNodes().get(index);
	}

	private String validate() {
		String text = SkeletonEdits.edgeProblem(skeleton, node(parent), node(child));
		problem.setText(text == null ? "" : text);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(text == null);
		}
		return text;
	}

	@Override
	protected void okPressed() {
		if (validate() != null) {
			return;
		}
		chosenParent = node(parent);
		chosenChild = node(child);
		super.okPressed();
	}

	/** @return the parent chosen (after OK) */
	public Node parent() {
		return chosenParent;
	}

	/** @return the child chosen (after OK) */
	public Node child() {
		return chosenChild;
	}
}
