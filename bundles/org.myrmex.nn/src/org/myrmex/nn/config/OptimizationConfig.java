// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.Objects;

/**
 * The {@code optimization} section: augmentation, batching, epochs, optimiser and its schedule.
 *
 * @param preloadData            load all images into memory first (true)
 * @param augmentation           {@code augmentation_config}
 * @param onlineShuffling        shuffle examples through a buffer (true)
 * @param shuffleBufferSize      examples in the shuffle buffer, -1 for all (128)
 * @param prefetch               prepare batches while the network trains (true)
 * @param batchSize              examples per batch (8)
 * @param batchesPerEpoch        batches per epoch, or {@code null} for max(data / batch, minimum)
 * @param minBatchesPerEpoch     the minimum when {@code batchesPerEpoch} is {@code null} (200)
 * @param valBatchesPerEpoch     validation batches per epoch, or {@code null}
 * @param minValBatchesPerEpoch  the minimum when {@code valBatchesPerEpoch} is {@code null} (10)
 * @param epochs                 maximum epochs (100)
 * @param optimizer              optimiser name ("adam", with AMSGrad)
 * @param initialLearningRate    (1e-4)
 * @param learningRateSchedule   {@code learning_rate_schedule}
 * @param hardKeypointMining     {@code hard_keypoint_mining}
 * @param earlyStopping          {@code early_stopping}
 */
public record OptimizationConfig(boolean preloadData, Augmentation augmentation, boolean onlineShuffling,
		int shuffleBufferSize, boolean prefetch, int batchSize, Integer batchesPerEpoch, int minBatchesPerEpoch,
		Integer valBatchesPerEpoch, int minValBatchesPerEpoch, int epochs, String optimizer,
		double initialLearningRate, LearningRateSchedule learningRateSchedule, HardKeypointMining hardKeypointMining,
		EarlyStopping earlyStopping) {

	/** Checks that the sub-sections are present. */
	public OptimizationConfig {
		Objects.requireNonNull(augmentation, "augmentation");
		Objects.requireNonNull(learningRateSchedule, "learningRateSchedule");
		Objects.requireNonNull(hardKeypointMining, "hardKeypointMining");
		Objects.requireNonNull(earlyStopping, "earlyStopping");
	}

	/** @return SLEAP's defaults */
	public static OptimizationConfig defaults() {
		return new OptimizationConfig(true, Augmentation.defaults(), true, 128, true, 8, null, 200, null, 10, 100,
				"adam", 1e-4, LearningRateSchedule.defaults(), HardKeypointMining.defaults(), EarlyStopping.defaults());
	}

	/** @return a copy with another number of epochs */
	public OptimizationConfig withEpochs(int count) {
		return new OptimizationConfig(preloadData, augmentation, onlineShuffling, shuffleBufferSize, prefetch,
				batchSize, batchesPerEpoch, minBatchesPerEpoch, valBatchesPerEpoch, minValBatchesPerEpoch, count,
				optimizer, initialLearningRate, learningRateSchedule, hardKeypointMining, earlyStopping);
	}

	/**
	 * {@code augmentation_config}: random changes applied to training examples, in this order.
	 *
	 * @param rotate              (false)
	 * @param rotationMinAngle    degrees (-180)
	 * @param rotationMaxAngle    degrees (180)
	 * @param translate           (false)
	 * @param translateMin        pixels (-5)
	 * @param translateMax        pixels (5)
	 * @param scale               (false)
	 * @param scaleMin            (0.9)
	 * @param scaleMax            (1.1)
	 * @param uniformNoise        (false)
	 * @param uniformNoiseMinVal  (0)
	 * @param uniformNoiseMaxVal  (10)
	 * @param gaussianNoise       (false)
	 * @param gaussianNoiseMean   (5)
	 * @param gaussianNoiseStddev (1)
	 * @param contrast            gamma contrast (false)
	 * @param contrastMinGamma    (0.5)
	 * @param contrastMaxGamma    (2.0)
	 * @param brightness          (false)
	 * @param brightnessMinVal    (0)
	 * @param brightnessMaxVal    (10)
	 * @param randomCrop          (false)
	 * @param randomCropHeight    (256)
	 * @param randomCropWidth     (256)
	 * @param randomFlip          flip with left/right node swap (false)
	 * @param flipHorizontal      flip left/right when true, up/down when false (true)
	 */
	public record Augmentation(boolean rotate, double rotationMinAngle, double rotationMaxAngle, boolean translate,
			int translateMin, int translateMax, boolean scale, double scaleMin, double scaleMax, boolean uniformNoise,
			double uniformNoiseMinVal, double uniformNoiseMaxVal, boolean gaussianNoise, double gaussianNoiseMean,
			double gaussianNoiseStddev, boolean contrast, double contrastMinGamma, double contrastMaxGamma,
			boolean brightness, double brightnessMinVal, double brightnessMaxVal, boolean randomCrop,
			int randomCropHeight, int randomCropWidth, boolean randomFlip, boolean flipHorizontal) {

		/** @return SLEAP's defaults: no augmentation */
		public static Augmentation defaults() {
			return new Augmentation(false, -180, 180, false, -5, 5, false, 0.9, 1.1, false, 0, 10, false, 5, 1,
					false, 0.5, 2.0, false, 0, 10, false, 256, 256, false, true);
		}
	}

	/**
	 * {@code learning_rate_schedule}: reduce the learning rate when the validation loss stops falling.
	 *
	 * @param reduceOnPlateau  (true)
	 * @param reductionFactor  (0.5)
	 * @param plateauMinDelta  (1e-6)
	 * @param plateauPatience  epochs (5)
	 * @param plateauCooldown  epochs (3)
	 * @param minLearningRate  (1e-8)
	 */
	public record LearningRateSchedule(boolean reduceOnPlateau, double reductionFactor, double plateauMinDelta,
			int plateauPatience, int plateauCooldown, double minLearningRate) {

		/** @return SLEAP's defaults */
		public static LearningRateSchedule defaults() {
			return new LearningRateSchedule(true, 0.5, 1e-6, 5, 3, 1e-8);
		}
	}

	/**
	 * {@code hard_keypoint_mining}: weigh the hardest parts' losses more.
	 *
	 * @param onlineMining     (false)
	 * @param hardToEasyRatio  (2.0)
	 * @param minHardKeypoints (2)
	 * @param maxHardKeypoints or {@code null} for no maximum
	 * @param lossScale        (5.0)
	 */
	public record HardKeypointMining(boolean onlineMining, double hardToEasyRatio, int minHardKeypoints,
			Integer maxHardKeypoints, double lossScale) {

		/** @return SLEAP's defaults */
		public static HardKeypointMining defaults() {
			return new HardKeypointMining(false, 2.0, 2, null, 5.0);
		}
	}

	/**
	 * {@code early_stopping}: stop when the validation loss stops falling.
	 *
	 * @param stopTrainingOnPlateau (true)
	 * @param plateauMinDelta       (1e-6)
	 * @param plateauPatience       epochs (10)
	 */
	public record EarlyStopping(boolean stopTrainingOnPlateau, double plateauMinDelta, int plateauPatience) {

		/** @return SLEAP's defaults */
		public static EarlyStopping defaults() {
			return new EarlyStopping(true, 1e-6, 10);
		}
	}
}
