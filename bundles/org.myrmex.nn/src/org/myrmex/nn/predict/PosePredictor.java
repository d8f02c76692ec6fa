// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.nn.config.HeadConfig;
import org.myrmex.video.VideoFrame;

/**
 * Predicts poses on frames with trained models, following SLEAP's inference exactly
 * ({@code sleap.nn.inference}). Frames are converted to the model's channels; a call runs the networks in batches
 * of {@link PredictionOptions#batchSize()}. Not thread-safe; close it to free the TensorFlow sessions.
 */
public interface PosePredictor extends AutoCloseable {

	/**
	 * Predicts the instances of each frame.
	 *
	 * @param frames frames of any size (those of one batch are run together when of one size)
	 * @return per frame, its predicted instances
	 */
	List<List<PredictedPose>> predict(List<VideoFrame> frames);

	/** @return the node names of the predicted points, in order */
	List<String> nodeNames();

	/** Frees the TensorFlow sessions. */
	@Override
	void close();

	/**
	 * Creates the predictor a set of models calls for: one single-instance model; a centroid and a centred-instance
	 * model (top-down); or one multi-instance (bottom-up) model.
	 *
	 * @throws ModelException naming a model folder when the combination cannot predict
	 */
	static PosePredictor create(List<PoseModel> models, PredictionOptions options) throws ModelException {
		List<PoseModel> centroid = new ArrayList<>();
		List<PoseModel> centred = new ArrayList<>();
		for (PoseModel model : models) {
			HeadConfig head = model.head();
			if (models.size() == 1 && head instanceof HeadConfig.SingleInstance) {
				return new SingleInstancePredictor(model, options);
			}
			if (models.size() == 1 && head instanceof HeadConfig.MultiInstance) {
				return new BottomUpPredictor(model, options);
			}
			if (head instanceof HeadConfig.Centroid) {
				centroid.add(model);
			} else if (head instanceof HeadConfig.CenteredInstance) {
				centred.add(model);
			} else {
				throw new ModelException(model.folder(), "a " + head.key() + " model cannot be combined with "
						+ (models.size() - 1) + " other model(s); give one single_instance or multi_instance model, "
						+ "or a centroid and a centered_instance model");
			}
		}
		if (centroid.size() == 1 && centred.size() == 1) {
			return new TopDownPredictor(centroid.get(0), centred.get(0), options);
		}
		throw new ModelException(models.isEmpty() ? java.nio.file.Path.of(".") : models.get(0).folder(),
				"top-down prediction needs exactly one centroid and one centered_instance model, not " + centroid.size()
						+ " and " + centred.size());
	}
}
