// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.myrmex.model.Instance;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * The instances of the frame on the active labels editor's canvas: type, track, score, visible and total
 * points. Selecting a row selects the instance on the canvas.
 */
public class InstancesView extends ViewPart {
	public static final String ID = "org.myrmex.ui.views.instances";
	private Table table;
	private LabelsEditor editor;
	private List<Instance> rows = List.of();
	private final Runnable refresh = this::refresh;
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			follow(reference.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		table = Tables.create(parent, "#", "Type", "Track", "Score", "Visible");
		table.addListener(SWT.Selection, event -> {
			int row = table.getSelectionIndex();
			if (editor != null && row >= 0 && row < rows.size()) {
				editor.select(rows.get(row));
			}
		});
		getSite().getPage().addPartListener(partListener);
		follow(getSite().getPage().getActiveEditor());
	}

	private void follow(IWorkbenchPart part) {
		if (part != null && !(part instanceof LabelsEditor)) {
			return;
		}
		if (editor != null) {
			editor.removeFrameListener(refresh);
		}
		editor = (LabelsEditor) part;
		if (editor != null) {
			editor.addFrameListener(refresh);
		}
		refresh();
	}

	private void refresh() {
		if (table.isDisposed()) {
			return;
		}
		table.removeAll();
		rows = editor == null ? List.of() : editor.shownInstances();
		for (int i = 0; i < rows.size(); i++) {
			Instance instance = rows.get(i);
			PointArray points = instance.getPoints();
			int visible = 0;
			for (int node = 0; points != null && node < points.size(); node++) {
				if (points.visible(node) && Double.isFinite(points.x(node))) {
					visible++;
				}
			}
			String score = instance instanceof PredictedInstance predicted ? String.format("%.3f", predicted.getScore())
					: "";
			Tables.addRow(table, Integer.toString(i + 1), instance instanceof PredictedInstance ? "predicted" : "user",
					instance.getTrack() == null ? "" : instance.getTrack().getName(), score,
					visible + " / " + (points == null ? 0 : points.size()));
		}
		Tables.packColumns(table);
	}

	/** @return the table (for tests) */
	public Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (editor != null) {
			editor.removeFrameListener(refresh);
		}
		super.dispose();
	}
}
