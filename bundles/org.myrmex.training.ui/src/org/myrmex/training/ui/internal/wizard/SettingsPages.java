// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import static org.myrmex.training.ui.internal.wizard.Setting.Kind.AUTO_INT;
import static org.myrmex.training.ui.internal.wizard.Setting.Kind.BOOL;
import static org.myrmex.training.ui.internal.wizard.Setting.Kind.DOUBLE;
import static org.myrmex.training.ui.internal.wizard.Setting.Kind.INT;
import static org.myrmex.training.ui.internal.wizard.Setting.Kind.NODE;

import java.util.ArrayList;
import java.util.List;

/**
 * The five pages of settings each model gets, as SLEAP's training dialog has tabs: Data, Optimisation,
 * Augmentation, Backbone and Heads, with SLEAP's field names and help text.
 */
enum SettingsPages {
	DATA("Data", "Which frames train and validate the model, and how images are prepared."),
	OPTIMISATION("Optimisation", "Batches, epochs, the learning rate and when training stops."),
	AUGMENTATION("Augmentation", "Random changes to each training image, so the model generalises."),
	BACKBONE("Backbone", "The U-Net that turns an image into features."),
	HEADS("Heads", "What the model outputs: confidence maps (and part affinity fields) per node.");

	private final String title;
	private final String description;

	SettingsPages(String title, String description) {
		this.title = title;
		this.description = description;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	/** @return the settings of this page for a model with this head */
	List<Setting> settings(String head) {
		return switch (this) {
		case DATA -> data(head);
		case OPTIMISATION -> OptimisationSettings.all();
		case AUGMENTATION -> OptimisationSettings.augmentation();
		case BACKBONE -> backbone();
		case HEADS -> heads(head);
		};
	}

	private static List<Setting> data(String head) {
		List<Setting> s = new ArrayList<>();
		s.add(Setting.of("/data/labels/validation_fraction", "Validation fraction", DOUBLE,
				"Fraction of the labelled frames held out to measure the model on frames it does not train on "
						+ "(0.1 = 10 %). The validation loss decides the best model and the learning-rate schedule."));
		s.add(Setting.of("/data/preprocessing/input_scaling", "Input scaling", DOUBLE,
				"Scale images by this factor before the network sees them (0.5 halves each side). Smaller is "
						+ "faster and sees more context; too small loses detail of small parts."));
		s.add(Setting.of("/data/preprocessing/pad_to_stride", "Pad to stride", AUTO_INT,
				"Pad images at the bottom and right to a multiple of this many pixels; auto pads to the "
						+ "backbone's max stride."));
		s.add(Setting.of("/data/preprocessing/ensure_grayscale", "Convert to grayscale", BOOL,
				"Train on one grey channel, whatever the videos hold (grey videos are kept grey)."));
		s.add(Setting.of("/data/preprocessing/ensure_rgb", "Convert to RGB", BOOL,
				"Train on three colour channels; grey videos are repeated into three channels."));
		if (head.equals("centroid") || head.equals("centered_instance")) {
			s.add(new Setting(List.of("/model/heads/{head}/anchor_part", "/data/instance_cropping/center_on_part"),
					"Anchor part", NODE,
					"The node that marks each animal's centre (centroid) and that centred crops are centred on. "
							+ "None: the centre of the animal's visible points."));
		}
		if (head.equals("centered_instance")) {
			s.add(Setting.of("/data/instance_cropping/crop_size", "Crop size", AUTO_INT,
					"Side in pixels of the square crop around each animal. Auto: the largest animal plus the "
							+ "padding, rounded up to a multiple of the max stride. Must be a multiple of the max "
							+ "stride."));
			s.add(Setting.of("/data/instance_cropping/crop_size_detection_padding", "Crop padding", INT,
					"Pixels added around the largest animal when the crop size is found automatically."));
		}
		return s;
	}

	private static List<Setting> backbone() {
		String u = "/model/backbone/unet/";
		return List.of(Setting.of(u + "filters", "Filters", INT,
				"Convolution filters of the first block; more filters learn more but train slower "
						+ "(the ant group uses 32)."),
				Setting.of(u + "filters_rate", "Filter rate", DOUBLE,
						"Factor by which the filters grow at each down-sampling block (2 doubles them)."),
				Setting.of(u + "max_stride", "Max stride", INT,
						"Down-sampling of the deepest block, a power of two: 16 or 32. A larger stride sees a "
								+ "larger receptive field (more context) and needs inputs divisible by it."),
				Setting.of(u + "output_stride", "Output stride", INT,
						"Down-sampling of the network's output, a power of two; set to the heads' output stride."),
				Setting.of(u + "up_interpolate", "Up-sample by interpolation", BOOL,
						"Up-sample with bilinear interpolation (faster, fewer weights) instead of transposed "
								+ "convolutions."),
				Setting.of(u + "middle_block", "Middle block", BOOL,
						"Add the two convolutions at the deepest level of the U-Net, as SLEAP does by default."),
				Setting.of(u + "stacks", "Stacks", INT,
						"Number of U-Nets stacked one after the other (1 in every SLEAP baseline)."));
	}

	private static List<Setting> heads(String head) {
		if (head.equals("multi_instance")) {
			String c = "/model/heads/multi_instance/confmaps/";
			String p = "/model/heads/multi_instance/pafs/";
			return List.of(sigma(c), stride(c), Setting.of(c + "loss_weight", "Confidence map loss weight", DOUBLE,
					"Weight of the confidence maps in the total loss."), offsets(c),
					Setting.of(p + "sigma", "PAF sigma", DOUBLE,
							"Width in pixels of each part affinity field around its edge."),
					Setting.of(p + "output_stride", "PAF output stride", INT,
							"Down-sampling of the part affinity fields, a power of two at least the confidence "
									+ "maps' stride."),
					Setting.of(p + "loss_weight", "PAF loss weight", DOUBLE,
							"Weight of the part affinity fields in the total loss."));
		}
		String h = "/model/heads/{head}/";
		return List.of(sigma(h), stride(h),
				Setting.of(h + "loss_weight", "Loss weight", DOUBLE, "Weight of this head in the total loss."),
				offsets(h));
	}

	private static Setting sigma(String at) {
		return Setting.of(at + "sigma", "Sigma", DOUBLE,
				"Spread in pixels of the Gaussian drawn at each node in the target confidence maps: larger is "
						+ "easier to learn but less precise (the ant group uses 2.5).");
	}

	private static Setting stride(String at) {
		return Setting.of(at + "output_stride", "Output stride", INT,
				"Down-sampling of the confidence maps, a power of two up to the max stride: 1 is most precise, 2 "
						+ "or 4 train faster; refinement recovers sub-pixel positions.");
	}

	private static Setting offsets(String at) {
		return Setting.of(at + "offset_refinement", "Offset refinement", BOOL,
				"Also learn sub-pixel offsets of each peak (an extra output), instead of refining peaks by "
						+ "integral regression.");
	}
}
