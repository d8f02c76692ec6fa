// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;

/** The nodes of the project's skeleton, in order, with the node each is connected to and its symmetric twin. */
public class SkeletonView extends LabelsView {
	public static final String ID = "org.myrmex.ui.views.skeleton";
	private Table table;

	@Override
	public void createPartControl(Composite parent) {
		table = Tables.create(parent, "#", "Node", "Parent", "Symmetric");
		startFollowingEditors();
	}

	@Override
	protected void show(Labels labels) {
		table.removeAll();
		for (Skeleton skeleton : labels.getSkeletons()) {
			for (int i = 0; i < skeleton.getNodes().size(); i++) {
				Node node = skeleton.getNodes().get(i);
				Tables.addRow(table, Integer.toString(i), node.getName(), parentOf(skeleton, node), twinOf(skeleton, node));
			}
		}
		Tables.packColumns(table);
	}

	private static String parentOf(Skeleton skeleton, Node node) {
		return skeleton.getEdges().stream().filter(e -> e.getDestination() == node).map(e -> e.getSource().getName())
				.findFirst().orElse("");
	}

	private static String twinOf(Skeleton skeleton, Node node) {
		for (Symmetry symmetry : skeleton.getSymmetries()) {
			if (symmetry.getFirst() == node) {
				return symmetry.getSecond().getName();
			}
			if (symmetry.getSecond() == node) {
				return symmetry.getFirst().getName();
			}
		}
		return "";
	}

	/** @return the table (for tests) */
	public Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
