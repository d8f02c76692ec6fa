// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.merge;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.myrmex.io.LabelsFileException;
import org.myrmex.model.merge.MergeConflict;
import org.myrmex.model.merge.Resolution;
import org.myrmex.ui.internal.widgets.Widgets;

/**
 * The Merge wizard's page: the files added to the base, the merged counts and every conflict with its resolution
 * (keep base, keep new, keep both, for the selected rows), previewed in memory after each change, and the output.
 */
public final class MergePage extends WizardPage {
	private final MergeInputs inputs;
	private final Map<Resolution, Button> resolutions = new EnumMap<>(Resolution.class);
	private org.eclipse.swt.widgets.List files;
	private Text counts;
	private Table conflicts;
	private Text output;
	private MergeInputs.Preview preview;
	private String loadProblem;

	MergePage(MergeInputs inputs) {
		super("merge");
		this.inputs = inputs;
		setTitle("Merge Labels");
		setDescription("Merge labels files into " + inputs.baseFile().getFileName()
				+ "'s labels; nothing is written until Finish");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText("Base:");
		Label base = new Label(page, SWT.NONE);
		base.setText(inputs.baseFile() + " (the editor's labels, unsaved edits included)");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(base);
		new Label(page, SWT.NONE).setText("Added:");
		files = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 50).applyTo(files);
		Composite buttons = Widgets.buttonColumn(page);
		Widgets.button(buttons, "&Add...", this::browseFiles);
		Widgets.button(buttons, "&Remove", this::removeSelected);
		counts = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(counts);
		conflicts = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		conflicts.setHeaderVisible(true);
		conflicts.setLinesVisible(true);
		Widgets.column(conflicts, "Input", 50);
		Widgets.column(conflicts, "Conflict", 700);
		Widgets.column(conflicts, "Resolution", 100);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 120).applyTo(conflicts);
		conflicts.addListener(SWT.Selection, e -> showChoice());
		Composite choice = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(choice);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(choice);
		new Label(choice, SWT.NONE).setText("Selected conflicts:");
		for (Resolution resolution : Resolution.values()) {
			Button radio = new Button(choice, SWT.RADIO);
			radio.setText(Character.toUpperCase(resolution.label().charAt(0)) + resolution.label().substring(1));
			radio.addListener(SWT.Selection, e -> {
				if (radio.getSelection()) {
					choose(resolution);
				}
			});
			resolutions.put(resolution, radio);
		}
		new Label(page, SWT.NONE).setText("Output:");
		output = new Text(page, SWT.BORDER);
		output.setText(inputs.defaultOutput().toString());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		output.addListener(SWT.Modify, e -> check());
		Widgets.button(page, "&Browse...", this::browseOutput);
		setControl(page);
		show();
	}

	/** Loads {@code added} (in the wizard's progress area) and previews the merge with them. */
	public void addFiles(List<Path> added) {
		loadProblem = null;
		try {
			getContainer().run(true, true, monitor -> {
				try {
					inputs.add(added, monitor);
				} catch (LabelsFileException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			loadProblem = e.getCause().getMessage();
		} catch (InterruptedException e) {
			// cancelled: what was read is kept
		}
		if (inputs.addedFiles().isEmpty()) {
			show();
		} else {
			refresh();
		}
	}

	/** Chooses {@code resolution} for the selected conflicts and previews again. */
	public void choose(Resolution resolution) {
		for (int row : conflicts.getSelectionIndices()) {
			if (row < preview.resolvable().size()) {
				inputs.choices.choose(preview.resolvable().get(row), resolution);
			}
		}
		refresh();
	}

	/** @return the conflicts' table: one row per conflict, its resolution in the last column */
	public Table conflicts() {
		return conflicts;
	}

	/** @return the radio button choosing {@code resolution} */
	public Button resolutionButton(Resolution resolution) {
		return resolutions.get(resolution);
	}

	/** @return the preview's counts as shown */
	public String counts() {
		return counts.getText();
	}

	public Text output() {
		return output;
	}

	/** @return the output file, or {@code null} when the field holds none */
	Path target() {
		try {
			String text = output.getText().trim();
			return text.isEmpty() ? null : Path.of(text).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void refresh() {
		int[] selected = conflicts.getSelectionIndices();
		try {
			getContainer().run(true, false, monitor -> preview = inputs.preview());
		} catch (InvocationTargetException e) {
			preview = null;
			setErrorMessage("Cannot merge: " + e.getCause().getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		show();
		conflicts.setSelection(selected);
		showChoice();
	}

	private void show() {
		files.setItems(inputs.addedFiles().stream().map(Path::toString).toArray(String[]::new));
		conflicts.removeAll();
		if (preview == null) {
			counts.setText("Add the labels files to merge into the base.");
			check();
			return;
		}
		List<MergeConflict> all = new ArrayList<>(preview.resolvable());
		all.addAll(preview.refused());
		for (int i = 0; i < all.size(); i++) {
			MergeConflict conflict = all.get(i);
			TableItem item = new TableItem(conflicts, SWT.NONE);
			item.setText(new String[] { Integer.toString(conflict.input()), conflict.description(),
					i < preview.resolvable().size() ? inputs.choices.of(conflict).label() : "cannot merge" });
		}
		String report = preview.report() == null ? "The merge is refused: " + preview.refused().size()
				+ " conflicts cannot be resolved here (skeletons, track names or predictions)"
				: preview.report().toText().lines().filter(line -> !line.startsWith("note:"))
						.collect(Collectors.joining("\n"));
		counts.setText(report + "\nconflicts between user instances: " + preview.resolvable().size());
		counts.getParent().layout(true, true);
		check();
	}

	private void showChoice() {
		int[] rows = conflicts.getSelectionIndices();
		boolean resolvable = rows.length > 0 && preview != null && rows[0] < preview.resolvable().size();
		Resolution current = resolvable ? inputs.choices.of(preview.resolvable().get(rows[0])) : null;
		resolutions.forEach((resolution, radio) -> {
			radio.setEnabled(resolvable);
			radio.setSelection(resolution == current);
		});
	}

	private void check() {
		Path target = target();
		String problem = null;
		if (inputs.addedFiles().isEmpty()) {
			problem = "Add at least one labels file to merge into the base";
		} else if (preview == null || preview.report() == null) {
			problem = "The files conflict in ways the merge cannot resolve; see the table";
		} else if (target == null) {
			problem = "Give the file to write the merged labels to";
		} else if (target.equals(inputs.baseFile()) || inputs.addedFiles().contains(target)) {
			problem = target.getFileName() + " is one of the inputs: write the merge to a new file";
		} else if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
			problem = "The folder " + target.getParent() + " does not exist";
		}
		if (loadProblem != null) {
			problem = loadProblem;
		}
		boolean nothingYet = inputs.addedFiles().isEmpty() && loadProblem == null;
		setMessage(nothingYet ? problem : null, INFORMATION);
		setErrorMessage(nothingYet ? null : problem);
		setPageComplete(problem == null);
	}

	private void browseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Labels to Merge");
		dialog.setFilterExtensions(new String[] { "*.slp;*.h5;*.xmi", "*" });
		dialog.setFilterPath(inputs.baseFile().getParent().toString());
		if (dialog.open() != null) {
			List<Path> chosen = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				chosen.add(Path.of(dialog.getFilterPath(), name));
			}
			addFiles(chosen);
		}
	}

	private void removeSelected() {
		loadProblem = null;
		List<Path> added = inputs.addedFiles();
		for (int index : files.getSelectionIndices()) {
			inputs.remove(added.get(index));
		}
		if (inputs.addedFiles().isEmpty()) {
			preview = null;
			show();
		} else {
			refresh();
		}
	}

	private void browseOutput() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.slp", "*.xmi" });
		Path target = target();
		if (target != null) {
			dialog.setFilterPath(target.getParent().toString());
			dialog.setFileName(target.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			output.setText(chosen);
		}
	}
}
