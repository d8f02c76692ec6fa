// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.myrmex.analysis.DatasetStatistics;
import org.myrmex.model.Labels;

/** Dataset statistics of the project: totals, then how often each node is visible. */
public class StatisticsView extends LabelsView {
	public static final String ID = "org.myrmex.ui.views.statistics";
	private Table totals;
	private Table nodes;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, true));
		totals = Tables.create(parent, "Quantity", "Count");
		totals.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		nodes = Tables.create(parent, "Node", "Visible", "Instances", "Visible %");
		nodes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		startFollowingEditors();
	}

	@Override
	protected void show(Labels labels) {
		DatasetStatistics statistics = DatasetStatistics.of(labels);
		totals.removeAll();
		Tables.addRow(totals, "Videos", Integer.toString(statistics.videos()));
		Tables.addRow(totals, "Labelled frames", Integer.toString(statistics.labeledFrames()));
		Tables.addRow(totals, "User instances", Integer.toString(statistics.userInstances()));
		Tables.addRow(totals, "Predicted instances", Integer.toString(statistics.predictedInstances()));
		Tables.addRow(totals, "Tracks", Integer.toString(statistics.tracks()));
		nodes.removeAll();
		for (DatasetStatistics.NodeVisibility node : statistics.nodes()) {
			Tables.addRow(nodes, node.node(), Integer.toString(node.visible()), Integer.toString(node.instances()),
					String.format("%.1f", node.visiblePercent()));
		}
		Tables.packColumns(totals);
		Tables.packColumns(nodes);
	}

	/** @return the totals table (for tests) */
	public Table totals() {
		return totals;
	}

	@Override
	public void setFocus() {
		totals.setFocus();
	}
}
