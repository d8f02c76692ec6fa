// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Plain read-only tables for the views. */
final class Tables {
	private Tables() {
	}

	static Table create(Composite parent, String... headers) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : headers) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		return table;
	}

	static void addRow(Table table, String... cells) {
		new TableItem(table, SWT.NONE).setText(cells);
	}

	static void packColumns(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}
}
