// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import org.myrmex.nn.config.OptimizationConfig.Augmentation;
import org.myrmex.nn.config.OptimizationConfig.EarlyStopping;
import org.myrmex.nn.config.OptimizationConfig.HardKeypointMining;
import org.myrmex.nn.config.OptimizationConfig.LearningRateSchedule;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes the {@code optimization} section. */
final class OptimizationJson {
	private OptimizationJson() {
	}

	static OptimizationConfig read(JsonSection s) throws TrainingConfigException {
		OptimizationConfig d = OptimizationConfig.defaults();
		return new OptimizationConfig(s.bool("preload_data", d.preloadData()),
				augmentation(s.section("augmentation_config")), s.bool("online_shuffling", d.onlineShuffling()),
				s.integer("shuffle_buffer_size", d.shuffleBufferSize()), s.bool("prefetch", d.prefetch()),
				s.integer("batch_size", d.batchSize()), s.optInteger("batches_per_epoch"),
				s.integer("min_batches_per_epoch", d.minBatchesPerEpoch()), s.optInteger("val_batches_per_epoch"),
				s.integer("min_val_batches_per_epoch", d.minValBatchesPerEpoch()), s.integer("epochs", d.epochs()),
				s.text("optimizer", d.optimizer()), s.number("initial_learning_rate", d.initialLearningRate()),
				schedule(s.section("learning_rate_schedule")), mining(s.section("hard_keypoint_mining")),
				stopping(s.section("early_stopping")));
	}

	private static Augmentation augmentation(JsonSection s) throws TrainingConfigException {
		Augmentation d = Augmentation.defaults();
		return new Augmentation(s.bool("rotate", d.rotate()), s.number("rotation_min_angle", d.rotationMinAngle()),
				s.number("rotation_max_angle", d.rotationMaxAngle()), s.bool("translate", d.translate()),
				s.integer("translate_min", d.translateMin()), s.integer("translate_max", d.translateMax()),
				s.bool("scale", d.scale()), s.number("scale_min", d.scaleMin()), s.number("scale_max", d.scaleMax()),
				s.bool("uniform_noise", d.uniformNoise()),
				s.number("uniform_noise_min_val", d.uniformNoiseMinVal()),
				s.number("uniform_noise_max_val", d.uniformNoiseMaxVal()), s.bool("gaussian_noise", d.gaussianNoise()),
				s.number("gaussian_noise_mean", d.gaussianNoiseMean()),
				s.number("gaussian_noise_stddev", d.gaussianNoiseStddev()), s.bool("contrast", d.contrast()),
				s.number("contrast_min_gamma", d.contrastMinGamma()),
				s.number("contrast_max_gamma", d.contrastMaxGamma()), s.bool("brightness", d.brightness()),
				s.number("brightness_min_val", d.brightnessMinVal()),
				s.number("brightness_max_val", d.brightnessMaxVal()), s.bool("random_crop", d.randomCrop()),
				s.integer("random_crop_height", d.randomCropHeight()),
				s.integer("random_crop_width", d.randomCropWidth()), s.bool("random_flip", d.randomFlip()),
				s.bool("flip_horizontal", d.flipHorizontal()));
	}

	private static LearningRateSchedule schedule(JsonSection s) throws TrainingConfigException {
		LearningRateSchedule d = LearningRateSchedule.defaults();
		return new LearningRateSchedule(s.bool("reduce_on_plateau", d.reduceOnPlateau()),
				s.number("reduction_factor", d.reductionFactor()), s.number("plateau_min_delta", d.plateauMinDelta()),
				s.integer("plateau_patience", d.plateauPatience()), s.integer("plateau_cooldown", d.plateauCooldown()),
				s.number("min_learning_rate", d.minLearningRate()));
	}

	private static HardKeypointMining mining(JsonSection s) throws TrainingConfigException {
		HardKeypointMining d = HardKeypointMining.defaults();
		return new HardKeypointMining(s.bool("online_mining", d.onlineMining()),
				s.number("hard_to_easy_ratio", d.hardToEasyRatio()),
				s.integer("min_hard_keypoints", d.minHardKeypoints()), s.optInteger("max_hard_keypoints"),
				s.number("loss_scale", d.lossScale()));
	}

	private static EarlyStopping stopping(JsonSection s) throws TrainingConfigException {
		EarlyStopping d = EarlyStopping.defaults();
		return new EarlyStopping(s.bool("stop_training_on_plateau", d.stopTrainingOnPlateau()),
				s.number("plateau_min_delta", d.plateauMinDelta()), s.integer("plateau_patience", d.plateauPatience()));
	}

	static ObjectNode write(OptimizationConfig o) {
		ObjectNode json = JsonOut.object();
		json.put("preload_data", o.preloadData());
		Augmentation a = o.augmentation();
		json.putObject("augmentation_config").put("rotate", a.rotate())
				.put("rotation_min_angle", a.rotationMinAngle()).put("rotation_max_angle", a.rotationMaxAngle())
				.put("translate", a.translate()).put("translate_min", a.translateMin())
				.put("translate_max", a.translateMax()).put("scale", a.scale()).put("scale_min", a.scaleMin())
				.put("scale_max", a.scaleMax()).put("uniform_noise", a.uniformNoise())
				.put("uniform_noise_min_val", a.uniformNoiseMinVal())
				.put("uniform_noise_max_val", a.uniformNoiseMaxVal()).put("gaussian_noise", a.gaussianNoise())
				.put("gaussian_noise_mean", a.gaussianNoiseMean())
				.put("gaussian_noise_stddev", a.gaussianNoiseStddev()).put("contrast", a.contrast())
				.put("contrast_min_gamma", a.contrastMinGamma()).put("contrast_max_gamma", a.contrastMaxGamma())
				.put("brightness", a.brightness()).put("brightness_min_val", a.brightnessMinVal())
				.put("brightness_max_val", a.brightnessMaxVal()).put("random_crop", a.randomCrop())
				.put("random_crop_height", a.randomCropHeight()).put("random_crop_width", a.randomCropWidth())
				.put("random_flip", a.randomFlip()).put("flip_horizontal", a.flipHorizontal());
		json.put("online_shuffling", o.onlineShuffling());
		json.put("shuffle_buffer_size", o.shuffleBufferSize());
		json.put("prefetch", o.prefetch());
		json.put("batch_size", o.batchSize());
		json.put("batches_per_epoch", o.batchesPerEpoch());
		json.put("min_batches_per_epoch", o.minBatchesPerEpoch());
		json.put("val_batches_per_epoch", o.valBatchesPerEpoch());
		json.put("min_val_batches_per_epoch", o.minValBatchesPerEpoch());
		json.put("epochs", o.epochs());
		json.put("optimizer", o.optimizer());
		json.put("initial_learning_rate", o.initialLearningRate());
		LearningRateSchedule l = o.learningRateSchedule();
		json.putObject("learning_rate_schedule").put("reduce_on_plateau", l.reduceOnPlateau())
				.put("reduction_factor", l.reductionFactor()).put("plateau_min_delta", l.plateauMinDelta())
				.put("plateau_patience", l.plateauPatience()).put("plateau_cooldown", l.plateauCooldown())
				.put("min_learning_rate", l.minLearningRate());
		HardKeypointMining h = o.hardKeypointMining();
		json.putObject("hard_keypoint_mining").put("online_mining", h.onlineMining())
				.put("hard_to_easy_ratio", h.hardToEasyRatio()).put("min_hard_keypoints", h.minHardKeypoints())
				.put("max_hard_keypoints", h.maxHardKeypoints()).put("loss_scale", h.lossScale());
		EarlyStopping e = o.earlyStopping();
		json.putObject("early_stopping").put("stop_training_on_plateau", e.stopTrainingOnPlateau())
				.put("plateau_min_delta", e.plateauMinDelta()).put("plateau_patience", e.plateauPatience());
		return json;
	}
}
