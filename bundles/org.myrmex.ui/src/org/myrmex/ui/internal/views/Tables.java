// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Plain read-only tables for the views. */
public final class Tables {
	private Tables() {
	}

	public static Table create(Composite parent, String... headers) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : headers) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		return table;
	}

	public static void addRow(Table table, String... cells) {
		new TableItem(table, SWT.NONE).setText(cells);
	}

	public static void packColumns(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}
}
