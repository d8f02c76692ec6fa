// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.ui.internal.editor.OpenLabelsJob;

/** Labels files named on the command line ({@code ./myrmex clip.slp}), opened once the workbench is up. */
final class LaunchFiles {
	private static final List<String> EXTENSIONS = List.of(".slp", ".h5", ".json", ".xmi");

	private LaunchFiles() {
	}

	/** @return the arguments that name labels files by their extension (options, starting with '-', are not) */
	static List<String> labelsArguments(String[] arguments) {
		List<String> files = new ArrayList<>();
		for (String argument : arguments) {
			String name = argument.toLowerCase(Locale.ROOT);
			if (!argument.startsWith("-") && EXTENSIONS.stream().anyMatch(name::endsWith)) {
				files.add(argument);
			}
		}
		return files;
	}

	/** Opens each labels file named in {@code arguments}; one that does not exist is named in a message. */
	static void open(IWorkbenchWindow window, String[] arguments) {
		List<String> missing = new ArrayList<>();
		for (String argument : labelsArguments(arguments)) {
			try {
				Path file = Path.of(argument).toAbsolutePath().normalize();
				if (Files.isRegularFile(file)) {
					new OpenLabelsJob(window, file).schedule();
					continue;
				}
			} catch (InvalidPathException e) {
				// named below
			}
			missing.add(argument);
		}
		if (!missing.isEmpty()) {
			MessageDialog.openError(window.getShell(), "Cannot open labels",
					"No such file: " + String.join(", ", missing));
		}
	}
}
