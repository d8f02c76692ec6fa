// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.config.TrainingProfiles;
import org.myrmex.ui.internal.widgets.Widgets;

/**
 * Save Configuration… (SLEAP's {@code training_config.json} per model, {@code <head>.json} in a folder, ready for
 * {@code myrmex train}) and Save as Profile… (the user's profiles, offered the next time), on every page.
 */
final class SaveButtons {
	private SaveButtons() {
	}

	/** @return the folder of the user's saved profiles */
	static Path profilesFolder() {
		return Path.of(Platform.getStateLocation(Platform.getBundle("org.myrmex.training.ui")).toOSString(),
				"profiles");
	}

	static void create(Composite parent, TrainingSetup setup) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayout(new GridLayout(2, false));
		Widgets.button(row, "Save &Configuration...", () -> saveConfiguration(row.getShell(), setup));
		Widgets.button(row, "Save as &Profile...", () -> saveProfile(row.getShell(), setup));
	}

	/** Writes {@code <head>.json} per model of the pipeline into {@code folder}; @return the problem or null */
	static String saveConfiguration(Path folder, TrainingSetup setup) {
		String problem = setup.firstProblem();
		if (problem != null) {
			return "The configuration cannot train yet: " + problem;
		}
		try {
			for (String head : setup.pipeline().heads()) {
				TrainingConfigJson.write(setup.forTraining(head, null), folder.resolve(head + ".json"));
			}
			return null;
		} catch (TrainingConfigException e) {
			return e.getMessage();
		}
	}

	private static void saveConfiguration(Shell shell, TrainingSetup setup) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Save Configuration");
		dialog.setMessage("Folder for " + String.join(", ", setup.pipeline().heads().stream()
				.map(h -> h + ".json").toList()) + " (SLEAP training_config.json files)");
		if (setup.labelsFile() != null) {
			dialog.setFilterPath(setup.labelsFile().getParent().toString());
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path folder = Path.of(chosen);
		boolean exists = setup.pipeline().heads().stream().anyMatch(h -> Files.exists(folder.resolve(h + ".json")));
		if (exists && !MessageDialog.openQuestion(shell, "Save Configuration",
				folder + " already holds a configuration of these models. Replace it?")) {
			return;
		}
		String problem = saveConfiguration(folder, setup);
		if (problem != null) {
			MessageDialog.openError(shell, "Cannot Save Configuration", problem);
		}
	}

	private static void saveProfile(Shell shell, TrainingSetup setup) {
		InputDialog dialog = new InputDialog(shell, "Save as Profile",
				"Name of the profile (offered for " + setup.pipeline().title() + " training from now on):",
				setup.profileName(), TrainingProfiles::nameProblem);
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			TrainingProfiles.save(profilesFolder(), dialog.getValue(), setup.pipeline(), setup.configs());
		} catch (TrainingConfigException e) {
			MessageDialog.openError(shell, "Cannot Save Profile", e.getMessage());
		}
	}
}
