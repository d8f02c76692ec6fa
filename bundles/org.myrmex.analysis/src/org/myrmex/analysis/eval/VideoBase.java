// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.nio.file.Files;
import java.nio.file.Path;

import org.myrmex.io.VideoPathResolver;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.nn.predict.PoseModel;

/**
 * The labels file against which the videos of a run folder's {@code labels_gt.<split>.slp} are resolved: that file
 * itself, or, when a video cannot be found from there (a run folder away from the labels, video paths relative to
 * them), the training labels the model's configuration names ({@code data.labels.training_labels}).
 */
final class VideoBase {
	private VideoBase() {
	}

	static Path of(Labels truth, Path truthFile, PoseModel model) {
		if (resolves(truth, truthFile)) {
			return truthFile;
		}
		String training = model.config().data().labels().trainingLabels();
		if (training == null || training.isBlank()) {
			return truthFile;
		}
		Path trainingFile = Path.of(training);
		if (!trainingFile.isAbsolute()) {
			trainingFile = model.folder().resolve(trainingFile);
		}
		return Files.isRegularFile(trainingFile) && resolves(truth, trainingFile) ? trainingFile : truthFile;
	}

	private static boolean resolves(Labels labels, Path labelsFile) {
		VideoPathResolver resolver = new VideoPathResolver();
		for (Video video : labels.getVideos()) {
			String name = video.getFilename();
			if (name == null || name.isBlank() || name.equals(".")) {
				continue;
			}
			try {
				if (!resolver.resolve(name, labelsFile).isResolved()) {
					return false;
				}
			} catch (IllegalArgumentException e) {
				return false;
			}
		}
		return true;
	}
}
