// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.myrmex.nn.runs.RunFolders;
import org.myrmex.nn.runs.RunInfo;
import org.myrmex.nn.runs.RunStatus;

/**
 * The model folders to predict with: the project's run folders (under the labels' {@code models/}, and one level of
 * run groups below it) with the trained ones listed, and folders added with Add Folder...; those chosen before
 * come checked.
 */
final class ModelList {
	private final Composite body;
	private final Table table;

	ModelList(Composite parent, Path labelsFile, List<Path> checked) {
		body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		body.setLayout(layout);
		Label label = new Label(body, SWT.NONE);
		label.setText("Models (active learning; Label Next Best Frame predicts with them):");
		Button add = new Button(body, SWT.PUSH);
		add.setText("Add Folder...");
		add.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(body.getShell());
			dialog.setMessage("A SLEAP or Myrmex model folder (training_config.json and its trained weights)");
			String folder = dialog.open();
			if (folder != null) {
				item(Path.of(folder).toAbsolutePath().normalize(), "", true);
			}
		});
		table = new Table(body, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 90;
		table.setLayoutData(data);
		table.setHeaderVisible(true);
		for (String header : new String[] { "Run", "Model", "Folder" }) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		List<Path> listed = new ArrayList<>();
		for (RunInfo run : runs(labelsFile)) {
			listed.add(run.folder());
			item(run.folder(), run.headTitle(), checked.contains(run.folder()));
		}
		for (Path folder : checked) {
			if (!listed.contains(folder)) {
				item(folder, "", true);
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	/** @return the trained runs under the labels' {@code models/} folder and its run groups */
	static List<RunInfo> runs(Path labelsFile) {
		Path root = labelsFile.toAbsolutePath().getParent().resolve("models");
		List<RunInfo> runs = new ArrayList<>();
		for (RunInfo run : RunFolders.scan(root)) {
			if (run.status() != RunStatus.NO_MODEL) {
				runs.add(run);
			}
		}
		try (var children = Files.list(root)) {
			for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
				if (RunFolders.read(child).status() == RunStatus.NOT_A_RUN) {
					RunFolders.scan(child).stream().filter(r -> r.status() != RunStatus.NO_MODEL).forEach(runs::add);
				}
			}
		} catch (java.io.IOException e) {
			// no models folder: no runs to offer; folders can still be added
		}
		return runs;
	}

	private void item(Path folder, String model, boolean check) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setData(folder);
		item.setText(new String[] { String.valueOf(folder.getFileName()), model, folder.toString() });
		item.setChecked(check);
	}

	/** @return the checked folders, in table order */
	List<Path> checked() {
		List<Path> folders = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				folders.add((Path) item.getData());
			}
		}
		return folders;
	}

	Composite control() {
		return body;
	}
}
