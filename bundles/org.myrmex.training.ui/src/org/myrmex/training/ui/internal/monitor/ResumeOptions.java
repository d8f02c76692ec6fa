// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.training.ui.internal.session.TrainingSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The options that continue a stopped or failed session's run from its latest checkpoint: the session's own options
 * in its run folder, or, when its configuration or labels file is gone, the run folder's
 * {@code training_config.json} and the labels file that configuration names.
 */
public final class ResumeOptions {
	private ResumeOptions() {
	}

	/**
	 * @throws IOException naming the file when the run folder's configuration cannot be read or names no labels
	 */
	public static TrainingOptions of(TrainingSession session) throws IOException {
		Path folder = SessionText.folder(session);
		if (folder == null) {
			throw new IOException("the run of " + session.name() + " never started: there is no run folder to resume");
		}
		TrainingOptions options = session.options().withRunFolder(folder).withResume(true);
		if (Files.isRegularFile(options.config()) && Files.isRegularFile(options.labels())) {
			return options;
		}
		Path config = folder.resolve("training_config.json");
		if (!Files.isRegularFile(config)) {
			throw new IOException(config + " does not exist: the run cannot be resumed");
		}
		JsonNode labels;
		try {
			labels = new ObjectMapper().readTree(config.toFile()).path("data").path("labels").path("training_labels");
		} catch (IOException e) {
			throw new IOException(config + " cannot be read: " + e.getMessage(), e);
		}
		if (!labels.isTextual() || labels.asText().isBlank()) {
			throw new IOException(config + " names no data.labels.training_labels: the run cannot be resumed");
		}
		return new TrainingOptions(config, Path.of(labels.asText()), folder, options.epochs(), options.device(),
				options.seed(), true);
	}
}
