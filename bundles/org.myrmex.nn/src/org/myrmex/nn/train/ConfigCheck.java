// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.OptimizationConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.network.PoseNetwork;

/**
 * Checks a training configuration against the skeleton it will train on, before any data is read: what the
 * training wizard shows as the user types and what blocks its Finish. Each problem names the SLEAP field.
 */
public final class ConfigCheck {
	private ConfigCheck() {
	}

	/**
	 * @param nodes the skeleton's node names
	 * @return the problems, empty when the configuration can train on that skeleton
	 */
	public static List<String> problems(TrainingConfig config, List<String> nodes) {
		List<String> problems = new ArrayList<>();
		data(config.data(), nodes, problems);
		optimization(config.optimization(), problems);
		head(config.model().head(), nodes, problems);
		if (problems.isEmpty()) {
			try {
				PoseNetwork.check(config);
			} catch (IllegalArgumentException e) {
				problems.add(e.getMessage());
			}
		}
		return problems;
	}

	private static void data(DataConfig data, List<String> nodes, List<String> problems) {
		double fraction = data.labels().validationFraction();
		if (!(fraction >= 0 && fraction < 1)) {
			problems.add("data.labels.validation_fraction " + fraction + " must be from 0 to below 1");
		}
		double scaling = data.preprocessing().inputScaling();
		if (!(scaling > 0 && scaling <= 4)) {
			problems.add("data.preprocessing.input_scaling " + scaling + " must be above 0 and at most 4");
		}
		if (data.preprocessing().ensureGrayscale() && data.preprocessing().ensureRgb()) {
			problems.add("data.preprocessing: choose grayscale or RGB, not both");
		}
		anchor("data.instance_cropping.center_on_part", data.instanceCropping().centerOnPart(), nodes, problems);
		if (data.instanceCropping().cropSizeDetectionPadding() < 0) {
			problems.add("data.instance_cropping.crop_size_detection_padding must not be negative");
		}
	}

	private static void optimization(OptimizationConfig o, List<String> problems) {
		positive("optimization.batch_size", o.batchSize(), problems);
		positive("optimization.epochs", o.epochs(), problems);
		if (o.batchesPerEpoch() != null) {
			positive("optimization.batches_per_epoch", o.batchesPerEpoch(), problems);
		}
		positive("optimization.min_batches_per_epoch", o.minBatchesPerEpoch(), problems);
		if (!(o.initialLearningRate() > 0)) {
			problems.add("optimization.initial_learning_rate " + o.initialLearningRate() + " must be above 0");
		}
		OptimizationConfig.LearningRateSchedule s = o.learningRateSchedule();
		if (!(s.reductionFactor() > 0 && s.reductionFactor() < 1)) {
			problems.add("optimization.learning_rate_schedule.reduction_factor " + s.reductionFactor()
					+ " must be between 0 and 1");
		}
		notNegative("optimization.learning_rate_schedule.plateau_patience", s.plateauPatience(), problems);
		notNegative("optimization.learning_rate_schedule.plateau_cooldown", s.plateauCooldown(), problems);
		notNegative("optimization.early_stopping.plateau_patience", o.earlyStopping().plateauPatience(), problems);
		OptimizationConfig.HardKeypointMining h = o.hardKeypointMining();
		if (h.maxHardKeypoints() != null && h.maxHardKeypoints() < h.minHardKeypoints()) {
			problems.add("optimization.hard_keypoint_mining.max_hard_keypoints " + h.maxHardKeypoints()
					+ " is below min_hard_keypoints " + h.minHardKeypoints());
		}
		OptimizationConfig.Augmentation a = o.augmentation();
		range("rotation_min_angle", a.rotationMinAngle(), "rotation_max_angle", a.rotationMaxAngle(), problems);
		range("scale_min", a.scaleMin(), "scale_max", a.scaleMax(), problems);
		if (a.scale() && !(a.scaleMin() > 0)) {
			problems.add("optimization.augmentation_config.scale_min " + a.scaleMin() + " must be above 0");
		}
		range("uniform_noise_min_val", a.uniformNoiseMinVal(), "uniform_noise_max_val", a.uniformNoiseMaxVal(),
				problems);
		if (a.gaussianNoiseStddev() < 0) {
			problems.add("optimization.augmentation_config.gaussian_noise_stddev must not be negative");
		}
		range("contrast_min_gamma", a.contrastMinGamma(), "contrast_max_gamma", a.contrastMaxGamma(), problems);
		if (a.contrast() && !(a.contrastMinGamma() > 0)) {
			problems.add("optimization.augmentation_config.contrast_min_gamma must be above 0");
		}
		range("brightness_min_val", a.brightnessMinVal(), "brightness_max_val", a.brightnessMaxVal(), problems);
	}

	private static void head(HeadConfig head, List<String> nodes, List<String> problems) {
		if (head == null) {
			problems.add("model.heads: no head is set");
			return;
		}
		String field = "model.heads." + head.key();
		if (head instanceof HeadConfig.SingleInstance h) {
			sigma(field, h.sigma(), problems);
			parts(field, h.partNames(), nodes, problems);
		} else if (head instanceof HeadConfig.Centroid h) {
			sigma(field, h.sigma(), problems);
			anchor(field + ".anchor_part", h.anchorPart(), nodes, problems);
		} else if (head instanceof HeadConfig.CenteredInstance h) {
			sigma(field, h.sigma(), problems);
			anchor(field + ".anchor_part", h.anchorPart(), nodes, problems);
			parts(field, h.partNames(), nodes, problems);
		} else if (head instanceof HeadConfig.MultiInstance h) {
			sigma(field + ".confmaps", h.confmaps().sigma(), problems);
			sigma(field + ".pafs", h.pafs().sigma(), problems);
			parts(field + ".confmaps", h.confmaps().partNames(), nodes, problems);
		} else {
			problems.add(field + ": identity models cannot be trained by Myrmex");
		}
	}

	private static void anchor(String field, String part, List<String> nodes, List<String> problems) {
		if (part != null && !part.isBlank() && !nodes.contains(part)) {
			problems.add(field + " '" + part + "' is not a node of the skeleton");
		}
	}

	private static void parts(String field, List<String> parts, List<String> nodes, List<String> problems) {
		if (parts == null) {
			return;
		}
		for (String part : parts) {
			if (!nodes.contains(part)) {
				problems.add(field + ".part_names: '" + part + "' is not a node of the skeleton");
			}
		}
	}

	private static void sigma(String field, double sigma, List<String> problems) {
		if (!(sigma > 0)) {
			problems.add(field + ".sigma " + sigma + " must be above 0");
		}
	}

	private static void positive(String field, int value, List<String> problems) {
		if (value < 1) {
			problems.add(field + " " + value + " must be at least 1");
		}
	}

	private static void notNegative(String field, int value, List<String> problems) {
		if (value < 0) {
			problems.add(field + " " + value + " must not be negative");
		}
	}

	private static void range(String min, double low, String max, double high, List<String> problems) {
		if (low > high) {
			problems.add("optimization.augmentation_config." + min + " " + low + " is above " + max + " " + high);
		}
	}
}
