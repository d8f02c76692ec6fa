// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.nn.predict.PredictionRun;
import org.myrmex.ui.internal.widgets.Widgets;

/**
 * The second page: the models to predict with (the project's run folders, and SLEAP or Myrmex model folders added
 * by hand; checked ones are used) and the settings. Each checked model is loaded, and the combination tried against
 * the labels, as the page validates: a folder that is not a model, a model of another skeleton or a combination
 * that cannot predict blocks Finish with its message.
 */
public final class ModelsPage extends WizardPage {
	private final EditorState state;
	private final ModelCache cache;
	private Table table;
	private SettingsFields settings;
	private ModelCache.Key key;

	ModelsPage(EditorState state, ModelCache cache) {
		super("models", "Models", null);
		setDescription("Check the models to predict with: a top-down pair (centroid + centered instance), one "
				+ "bottom-up or one single-instance model.");
		this.state = state;
		this.cache = cache;
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		Label label = new Label(page, SWT.NONE);
		label.setText("Model folders (the project's runs under models/ and folders you add):");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(label);
		table = new Table(page, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		Widgets.column(table, "Model", 260);
		Widgets.column(table, "Kind", 130);
		Widgets.column(table, "Folder", 360);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 150).applyTo(table);
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				validate();
			}
		});
		Composite buttons = Widgets.buttonColumn(page);
		Widgets.button(buttons, "Add &Folder...", this::browse);
		Widgets.button(buttons, "&Remove", this::removeSelected);
		settings = new SettingsFields(page, this::validate);
		for (Path folder : ProjectModels.of(state.file())) {
			item(folder, false);
		}
		setControl(page);
		validate();
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Add Model Folder");
		dialog.setMessage("A SLEAP or Myrmex model folder (training_config.json and best_model.h5 or best_model/)");
		String folder = dialog.open();
		if (folder != null) {
			addFolder(Path.of(folder));
		}
	}

	/** Adds a model folder, checked (also what Add Folder... does once a folder is chosen). */
	public void addFolder(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		cache.forget(absolute);
		for (TableItem item : table.getItems()) {
			if (item.getData().equals(absolute)) {
				item.setChecked(true);
				validate();
				return;
			}
		}
		item(absolute, true);
		validate();
	}

	private void item(Path folder, boolean checked) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setData(folder);
		item.setText(new String[] { String.valueOf(folder.getFileName()), "", folder.toString() });
		item.setChecked(checked);
	}

	private void removeSelected() {
		for (TableItem item : table.getSelection()) {
			item.dispose();
		}
		validate();
	}

	/** @return every model folder listed, checked or not, in table order */
	public List<Path> listedFolders() {
		List<Path> folders = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			folders.add((Path) item.getData());
		}
		return folders;
	}

	/** @return the checked model folders, in table order */
	public List<Path> checkedFolders() {
		List<Path> folders = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				folders.add((Path) item.getData());
			}
		}
		return folders;
	}

	/** @return the settings fields */
	SettingsFields settings() {
		return settings;
	}

	/** Sets the settings (for tests): null leaves one as it is. */
	public void setSettings(String peakThreshold, String maxInstances, String batchSize) {
		settings.set(peakThreshold, maxInstances, batchSize);
	}

	/** @return the models and options to predict with; valid once the page is complete */
	ModelCache.Key key() {
		return key;
	}

	private void validate() {
		key = null;
		String[] problem = new String[1];
		BusyIndicator.showWhile(table.getDisplay(), () -> problem[0] = problem());
		setErrorMessage(problem[0]);
		setPageComplete(problem[0] == null);
	}

	/** @return what blocks Finish, or null after setting {@link #key} */
	private String problem() {
		SettingsFields.Parsed parsed = settings.parse();
		if (parsed.problem() != null) {
			return parsed.problem();
		}
		List<Path> folders = checkedFolders();
		for (TableItem item : table.getItems()) {
			item.setText(1, "");
		}
		if (folders.isEmpty()) {
			return "Check the models to predict with, or add a model folder";
		}
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				try {
					PoseModel model = cache.model((Path) item.getData());
					item.setText(1, model.head().key());
				} catch (ModelException e) {
					item.setText(1, "not a model");
					return e.getMessage();
				}
			}
		}
		ModelCache.Key wanted = new ModelCache.Key(folders, parsed.options());
		PredictionRun run;
		try {
			run = cache.take(wanted);
		} catch (ModelException e) {
			return e.getMessage();
		}
		try {
			run.check(state.labels());
		} catch (PredictionException e) {
			return e.getMessage();
		} finally {
			cache.give(wanted, run);
		}
		key = wanted;
		return null;
	}
}
