// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import static org.myrmex.training.ui.internal.wizard.Setting.Kind.AUTO_INT;
import static org.myrmex.training.ui.internal.wizard.Setting.Kind.BOOL;
import static org.myrmex.training.ui.internal.wizard.Setting.Kind.DOUBLE;
import static org.myrmex.training.ui.internal.wizard.Setting.Kind.INT;

import java.util.List;

/** The settings of the Optimisation and Augmentation pages (SLEAP's {@code optimization} section). */
final class OptimisationSettings {
	private static final String O = "/optimization/";
	private static final String LR = O + "learning_rate_schedule/";
	private static final String STOP = O + "early_stopping/";
	private static final String MINE = O + "hard_keypoint_mining/";
	private static final String A = O + "augmentation_config/";

	private OptimisationSettings() {
	}

	static List<Setting> all() {
		return List.of(Setting.of(O + "batch_size", "Batch size", INT,
				"Images per training step. Larger batches give steadier steps but need more memory."),
				Setting.of(O + "epochs", "Epochs", INT, "The most epochs to train; early stopping may end sooner."),
				Setting.of(O + "batches_per_epoch", "Batches per epoch", AUTO_INT,
						"Training steps per epoch. Auto: enough to see every training image once, at least the "
								+ "minimum below."),
				Setting.of(O + "min_batches_per_epoch", "Minimum batches per epoch", INT,
						"The fewest steps of an automatic epoch (SLEAP: 200)."),
				Setting.of(O + "initial_learning_rate", "Learning rate", DOUBLE,
						"Step size of the Adam (AMSGrad) optimiser at the start (SLEAP: 0.0001)."),
				Setting.of(LR + "reduce_on_plateau", "Reduce on plateau", BOOL,
						"Lower the learning rate when the validation loss stops improving."),
				Setting.of(LR + "reduction_factor", "Plateau factor", DOUBLE,
						"The learning rate is multiplied by this factor (between 0 and 1) on a plateau."),
				Setting.of(LR + "plateau_patience", "Plateau patience", INT,
						"Epochs without improvement before the learning rate is lowered."),
				Setting.of(LR + "plateau_min_delta", "Plateau min delta", DOUBLE,
						"The smallest fall in validation loss that counts as an improvement."),
				Setting.of(LR + "plateau_cooldown", "Plateau cooldown", INT,
						"Epochs to wait after lowering the learning rate before watching for a plateau again."),
				Setting.of(LR + "min_learning_rate", "Minimum learning rate", DOUBLE,
						"The learning rate is never lowered below this."),
				Setting.of(STOP + "stop_training_on_plateau", "Early stopping", BOOL,
						"End training when the validation loss has stopped improving."),
				Setting.of(STOP + "plateau_patience", "Early stopping patience", INT,
						"Epochs without improvement before training ends."),
				Setting.of(STOP + "plateau_min_delta", "Early stopping min delta", DOUBLE,
						"The smallest fall in validation loss that counts as an improvement."),
				Setting.of(MINE + "online_mining", "Hard keypoint mining", BOOL,
						"Weigh the nodes the model finds hardest more in the loss (online hard keypoint mining)."),
				Setting.of(MINE + "hard_to_easy_ratio", "Hard-to-easy ratio", DOUBLE,
						"A node is hard when its loss is at least this many times the lowest node loss."),
				Setting.of(MINE + "min_hard_keypoints", "Minimum hard keypoints", INT,
						"At least this many nodes are treated as hard."),
				Setting.of(MINE + "max_hard_keypoints", "Maximum hard keypoints", AUTO_INT,
						"At most this many nodes are treated as hard (auto: no limit)."),
				Setting.of(MINE + "loss_scale", "Hard keypoint loss scale", DOUBLE,
						"Factor on the hard nodes' loss added to the total."));
	}

	static List<Setting> augmentation() {
		return List.of(Setting.of(A + "rotate", "Rotate", BOOL,
				"Rotate each training image by a random angle (animals seen from above at any heading)."),
				Setting.of(A + "rotation_min_angle", "Rotation from (°)", DOUBLE, "The smallest random angle."),
				Setting.of(A + "rotation_max_angle", "Rotation to (°)", DOUBLE, "The largest random angle."),
				Setting.of(A + "scale", "Scale", BOOL, "Scale each training image by a random factor."),
				Setting.of(A + "scale_min", "Scale from", DOUBLE, "The smallest random scale (e.g. 0.9)."),
				Setting.of(A + "scale_max", "Scale to", DOUBLE, "The largest random scale (e.g. 1.1)."),
				Setting.of(A + "uniform_noise", "Uniform noise", BOOL,
						"Add noise drawn uniformly between the bounds below to every pixel (0–255 scale)."),
				Setting.of(A + "uniform_noise_min_val", "Uniform noise from", DOUBLE, "Lower bound of the noise."),
				Setting.of(A + "uniform_noise_max_val", "Uniform noise to", DOUBLE, "Upper bound of the noise."),
				Setting.of(A + "gaussian_noise", "Gaussian noise", BOOL,
						"Add Gaussian noise to every pixel (0–255 scale)."),
				Setting.of(A + "gaussian_noise_mean", "Gaussian noise mean", DOUBLE, "Mean of the noise."),
				Setting.of(A + "gaussian_noise_stddev", "Gaussian noise deviation", DOUBLE,
						"Standard deviation of the noise."),
				Setting.of(A + "contrast", "Contrast", BOOL, "Change the contrast by a random gamma."),
				Setting.of(A + "contrast_min_gamma", "Contrast gamma from", DOUBLE, "The smallest gamma (e.g. 0.5)."),
				Setting.of(A + "contrast_max_gamma", "Contrast gamma to", DOUBLE, "The largest gamma (e.g. 2)."),
				Setting.of(A + "brightness", "Brightness", BOOL, "Add a random brightness to the whole image."),
				Setting.of(A + "brightness_min_val", "Brightness from", DOUBLE, "The smallest value added (0–255)."),
				Setting.of(A + "brightness_max_val", "Brightness to", DOUBLE, "The largest value added (0–255)."),
				Setting.of(A + "random_flip", "Random flip", BOOL,
						"Mirror half the training images, swapping the skeleton's symmetric nodes (left/right)."),
				Setting.of(A + "flip_horizontal", "Flip horizontally", BOOL,
						"Mirror left-right when flipping (otherwise up-down)."));
	}
}
