// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.nio.file.Path;
import java.util.List;

import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoModels;

/** New labels for a bare video: the video, and the skeleton the model was trained with. */
public final class VideoLabels {
	private VideoLabels() {
	}

	/**
	 * @param videoFile a media file or a folder of images
	 * @param model     the model whose skeleton the labels get ({@code training_config.json}'s
	 *                  {@code data.labels.skeletons}, or its part names when it has none)
	 * @throws PredictionException when the video is missing or unreadable, or the skeleton cannot be read
	 */
	public static Labels of(Path videoFile, PoseModel model) throws PredictionException {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Labels labels = factory.createLabels();
		Video video;
		try {
			video = VideoModels.of(videoFile);
		} catch (VideoException e) {
			throw new PredictionException(e.getMessage(), e);
		}
		labels.getVideos().add(video);
		labels.getSkeletons().add(skeleton(model));
		return labels;
	}

	/** @return the skeleton of a model's configuration, or one made of its part names (nodes only) */
	public static Skeleton skeleton(PoseModel model) throws PredictionException {
		Path config = model.folder().resolve("training_config.json");
		if (!model.config().data().labels().skeletons().isEmpty()) {
			try {
				return SkeletonJson.parse(model.config().data().labels().skeletons().get(0), config);
			} catch (LabelsFileException e) {
				throw new PredictionException(e.getMessage(), e);
			}
		}
		Skeleton skeleton = LabelsFactory.eINSTANCE.createSkeleton();
		skeleton.setName("Skeleton-0");
		List<String> names = model.partNames();
		for (String name : names) {
			Node node = LabelsFactory.eINSTANCE.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		return skeleton;
	}
}
