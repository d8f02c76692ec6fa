// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The model folders of a project: folders under the labels' {@code models/} folder (up to two levels down, as run
 * groups nest their runs) that hold a {@code training_config.json} and trained weights — SLEAP's
 * {@code best_model.h5} or Myrmex's {@code best_model/} SavedModel.
 */
final class ProjectModels {
	private static final int DEPTH = 2;

	private ProjectModels() {
	}

	/** @return whether {@code folder} looks like a model folder (its files are not read) */
	static boolean isModelFolder(Path folder) {
		return Files.isRegularFile(folder.resolve("training_config.json"))
				&& (Files.isRegularFile(folder.resolve("best_model.h5")) || Files.isDirectory(folder.resolve("best_model")));
	}

	/** @return the model folders under {@code labelsFile}'s {@code models/} folder, sorted; none when it has none */
	static List<Path> of(Path labelsFile) {
		Path root = labelsFile.toAbsolutePath().getParent().resolve("models");
		List<Path> found = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return found;
		}
		try (Stream<Path> folders = Files.walk(root, DEPTH)) {
			folders.filter(Files::isDirectory).filter(ProjectModels::isModelFolder).sorted().forEach(found::add);
		} catch (IOException | RuntimeException e) {
			// an unreadable models folder offers no runs; folders can still be added by hand
		}
		return found;
	}
}
