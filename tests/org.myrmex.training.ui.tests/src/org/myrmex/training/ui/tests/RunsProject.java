// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.train.TrainingOptions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A workspace project for the Model Runs tests: {@code minimal_instance.slp} beside a copy of its video, and in
 * {@code models/} copies of SLEAP's top-down model folders ({@code minimal_instance.UNet.centroid} and
 * {@code centered_instance}); and short trainings of SLEAP's centroid configuration on those labels.
 */
final class RunsProject {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyMMdd_HHmmss");

	private RunsProject() {
	}

	/** Fills {@code folder} and opens it as the workspace project {@code name}. */
	static IProject create(String name, Path folder) throws IOException, CoreException {
		Files.copy(Fixtures.require("sleap/json_format_v1/centered_pair_low_quality.mp4"),
				folder.resolve("centered_pair_low_quality.mp4"));
		Files.copy(Fixtures.require("sleap/slp_hdf5/minimal_instance.slp"), folder.resolve("minimal_instance.slp"));
		for (String model : new String[] { "centroid", "centered_instance" }) {
			copyFolder(Fixtures.require("sleap/models/minimal_instance.UNet." + model),
					folder.resolve("models/minimal_instance.UNet." + model));
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(org.eclipse.core.runtime.Path.fromOSString(folder.toString()));
		project.create(description, null);
		project.open(null);
		return project;
	}

	/** @return a new run folder in {@code models}, named as SLEAP names runs ({@code yyMMdd_HHmmss.centroid}) */
	static Path runFolder(Path models) throws InterruptedException {
		while (true) {
			Path run = models.resolve(LocalDateTime.now().format(RUN_TIME) + ".centroid");
			if (!Files.exists(run)) {
				return run;
			}
			Thread.sleep(200);
		}
	}

	/**
	 * @return options training SLEAP's {@code minimal_instance.UNet.centroid} configuration for {@code epochs} epochs
	 *         of 2 steps (1 validation batch) on the project's labels
	 */
	static TrainingOptions centroid(Path folder, int epochs) throws IOException {
		ObjectNode json = (ObjectNode) JSON
				.readTree(Fixtures.require("sleap/models/minimal_instance.UNet.centroid/training_config.json").toFile());
		ObjectNode optimization = (ObjectNode) json.get("optimization");
		optimization.put("epochs", epochs);
		optimization.put("batches_per_epoch", 2);
		optimization.put("min_batches_per_epoch", 2);
		optimization.put("val_batches_per_epoch", 1);
		optimization.put("min_val_batches_per_epoch", 1);
		Path file = folder.resolve("centroid-" + epochs + ".json");
		JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
		return TrainingOptions.of(file, folder.resolve("minimal_instance.slp"));
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}
}
