// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.myrmex.analysis.eval.SplitMetrics;

/**
 * The Model Comparison view's table: run, split, the figures of {@link SplitMetrics#names()}, and the file read or
 * why it cannot be. A click on a header sorts by that column, a second click the other way; rows without figures
 * go last.
 */
final class ComparisonTable {
	/** The first figure's column; the figures follow in the order of {@link SplitMetrics#names()}. */
	static final int FIRST_FIGURE = 2;
	private final TableViewer viewer;
	private final List<Comparator<ComparisonRow>> orders = new ArrayList<>();
	private int sortColumn = -1;
	private boolean descending;

	ComparisonTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Run", SWT.LEFT, ComparisonRow::name, Comparator.comparing(ComparisonRow::name));
		column("Split", SWT.LEFT, r -> r.split() == null ? "" : r.split(),
				Comparator.comparing(r -> r.split() == null ? "" : r.split()));
		List<String> names = SplitMetrics.names();
		for (int i = 0; i < names.size(); i++) {
			int figure = i;
			column(names.get(i), SWT.RIGHT, r -> text(r, figure),
					Comparator.comparingDouble(r -> value(r, figure)));
		}
		column("File", SWT.LEFT, ComparisonRow::note, Comparator.comparing(ComparisonRow::note));
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				if (sortColumn < 0) {
					return 0; // as read: by run, then train, val, test
				}
				int order = orders.get(sortColumn).compare((ComparisonRow) a, (ComparisonRow) b);
				return descending ? -order : order;
			}
		});
		viewer.setInput(List.of());
	}

	private void column(String header, int style, Function<ComparisonRow, String> text,
			Comparator<ComparisonRow> order) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(header);
		int index = orders.size();
		orders.add(order);
		column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ComparisonRow) element);
			}

			@Override
			public String getToolTipText(Object element) {
				ComparisonRow row = (ComparisonRow) element;
				return row.problem() != null ? row.problem() : row.folder().toString();
			}
		});
	}

	/** Sorts by column {@code index}; again the same column: the other way. */
	void sortBy(int index) {
		descending = index == sortColumn && !descending;
		sortColumn = index;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(index));
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	/** @return the figure, NaN when the row has none (sorted last whichever way: see {@link #value}) */
	static String text(ComparisonRow row, int figure) {
		if (row.metrics() == null) {
			return "";
		}
		double value = row.metrics().values()[figure];
		if (Double.isNaN(value)) {
			return "n/a";
		}
		boolean pixels = SplitMetrics.names().get(figure).startsWith("dist");
		return String.format(Locale.ROOT, pixels ? "%.2f" : "%.3f", value);
	}

	private double value(ComparisonRow row, int figure) {
		double value = row.metrics() == null ? Double.NaN : row.metrics().values()[figure];
		if (Double.isNaN(value)) { // last, ascending or descending
			return descending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
		}
		return value;
	}

	TableViewer viewer() {
		return viewer;
	}

	void packColumns() {
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.pack();
		}
	}
}
