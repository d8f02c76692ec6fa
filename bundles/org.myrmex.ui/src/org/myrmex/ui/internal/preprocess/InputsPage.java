// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.preprocess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.myrmex.ui.internal.widgets.Widgets;
import org.myrmex.video.preprocess.PreprocessOptions;

/** The first page: which videos (files or folders), where the outputs go and how they are named. */
public class InputsPage extends WizardPage {
	private static final String OUTPUT = "outputFolder";
	private static final String SUFFIX = "suffix";
	private final List<Path> inputs = new ArrayList<>();
	private org.eclipse.swt.widgets.List list;
	private Text output;
	private Text suffix;

	InputsPage() {
		super("inputs", "Videos to pre-process", null);
		setDescription("Re-encode videos with FFmpeg (SLEAP's recommended H.264 settings) for fast, exact seeking.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		Label videos = new Label(page, SWT.NONE);
		videos.setText("&Videos:");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(videos);
		list = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(list);
		Composite buttons = Widgets.buttonColumn(page);
		Widgets.button(buttons, "Add &Files...", this::browseFiles);
		Widgets.button(buttons, "Add F&older...", this::browseFolder);
		Widgets.button(buttons, "&Remove", this::removeSelected);

		new Label(page, SWT.NONE).setText("&Output folder:");
		output = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		Widgets.button(page, "&Browse...", this::browseOutput);
		new Label(page, SWT.NONE).setText("&Suffix:");
		suffix = new Text(page, SWT.BORDER);
		suffix.setText(PreprocessOptions.DEFAULT_SUFFIX);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(suffix);
		IDialogSettings settings = getDialogSettings();
		if (settings != null && settings.get(OUTPUT) != null) {
			output.setText(settings.get(OUTPUT));
			suffix.setText(String.valueOf(settings.get(SUFFIX)));
		}
		output.addModifyListener(e -> validate());
		suffix.addModifyListener(e -> validate());
		setControl(page);
		validate();
	}

	private void browseFiles() {
		List<Path> chosen = Widgets.chooseVideos(getShell(), "Videos to pre-process");
		if (!chosen.isEmpty()) {
			addInputs(chosen);
		}
	}

	private void browseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setMessage("A folder whose videos are all pre-processed");
		String folder = dialog.open();
		if (folder != null) {
			addInputs(List.of(Path.of(folder)));
		}
	}

	private void browseOutput() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setMessage("Where the pre-processed videos go");
		String folder = dialog.open();
		if (folder != null) {
			output.setText(folder);
		}
	}

	private void removeSelected() {
		int[] selected = list.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			inputs.remove(selected[i]);
			list.remove(selected[i]);
		}
		validate();
	}

	/** Adds video files or folders of videos, as the buttons do; the first sets the output folder if it is empty. */
	public void addInputs(List<Path> paths) {
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (!inputs.contains(absolute)) {
				inputs.add(absolute);
				list.add(Files.isDirectory(absolute) ? absolute + " (every video in it)" : absolute.toString());
			}
		}
		if (output.getText().isBlank() && !inputs.isEmpty()) {
			Path first = inputs.get(0);
			output.setText(String.valueOf(Files.isDirectory(first) ? first : first.getParent()));
		}
		validate();
	}

	/** Sets the output folder, as typing it does. */
	public void setOutputFolder(Path folder) {
		output.setText(folder.toString());
	}

	/** Sets the suffix, as typing it does. */
	public void setSuffix(String value) {
		suffix.setText(value);
	}

	/** Remembers the output folder and suffix for the next run. */
	void save() {
		IDialogSettings settings = getDialogSettings();
		if (settings != null) {
			settings.put(OUTPUT, output.getText().trim());
			settings.put(SUFFIX, suffix.getText());
		}
	}

	List<Path> inputs() {
		return List.copyOf(inputs);
	}

	Path outputFolder() {
		return Path.of(output.getText().trim());
	}

	String suffix() {
		return suffix.getText();
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null && !inputs.isEmpty());
	}

	/** @return what is wrong, naming the file, or {@code null} */
	private String problem() {
		for (Path input : inputs) {
			if (!Files.exists(input)) {
				return input + " does not exist";
			}
		}
		String folder = output.getText().trim();
		if (!inputs.isEmpty() && folder.isEmpty()) {
			return "Choose an output folder";
		}
		if (!folder.isEmpty() && !Path.of(folder).isAbsolute()) {
			return "The output folder must be a full path, such as /data/videos, not '" + folder + "'";
		}
		if (!folder.isEmpty() && Files.exists(Path.of(folder)) && !Files.isDirectory(Path.of(folder))) {
			return folder + " is a file, not a folder";
		}
		String name = suffix.getText();
		if (name.contains("/") || name.contains("\\")) {
			return "The suffix '" + name + "' must not contain a path separator";
		}
		if (name.isEmpty() && writesBesideAnInput(Path.of(folder).toAbsolutePath().normalize())) {
			return "With no suffix the outputs would replace their inputs in " + folder + ": add a suffix or choose another folder";
		}
		return null;
	}

	private boolean writesBesideAnInput(Path folder) {
		for (Path input : inputs) {
			Path home = Files.isDirectory(input) ? input : input.getParent();
			if (folder.equals(home)) {
				return true;
			}
		}
		return false;
	}
}
