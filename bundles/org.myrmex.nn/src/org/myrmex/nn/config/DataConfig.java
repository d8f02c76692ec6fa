// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code data} section: which labels to train on, how images are pre-processed and how instances are cropped.
 *
 * @param labels           {@code data.labels}
 * @param preprocessing    {@code data.preprocessing}
 * @param instanceCropping {@code data.instance_cropping}
 */
public record DataConfig(Labels labels, Preprocessing preprocessing, InstanceCropping instanceCropping) {

	/** Checks that the sections are present. */
	public DataConfig {
		Objects.requireNonNull(labels, "labels");
		Objects.requireNonNull(preprocessing, "preprocessing");
		Objects.requireNonNull(instanceCropping, "instanceCropping");
	}

	/** @return SLEAP's defaults */
	public static DataConfig defaults() {
		return new DataConfig(Labels.defaults(), Preprocessing.defaults(), InstanceCropping.defaults());
	}

	/**
	 * {@code data.labels}: the labels files and how they are split.
	 *
	 * @param trainingLabels     training labels file, or {@code null}
	 * @param validationLabels   validation labels file, or {@code null} to split off {@code validationFraction}
	 * @param validationFraction fraction of the training labels used for validation (0.1)
	 * @param testLabels         test labels file, or {@code null}
	 * @param splitByInds        whether the {@code *_inds} lists give the split (false)
	 * @param trainingInds       labelled-frame indices for training, or {@code null}
	 * @param validationInds     labelled-frame indices for validation, or {@code null}
	 * @param testInds           labelled-frame indices for testing, or {@code null}
	 * @param searchPathHints    folders to look for videos in (empty)
	 * @param skeletons          the skeletons as SLEAP's jsonpickle JSON, kept as read (empty); read-only
	 */
	public record Labels(String trainingLabels, String validationLabels, double validationFraction, String testLabels,
			boolean splitByInds, List<Integer> trainingInds, List<Integer> validationInds, List<Integer> testInds,
			List<String> searchPathHints, List<JsonNode> skeletons) {

		/** Copies the lists. */
		public Labels {
			trainingInds = copyOrNull(trainingInds);
			validationInds = copyOrNull(validationInds);
			testInds = copyOrNull(testInds);
			searchPathHints = List.copyOf(searchPathHints);
			skeletons = skeletons.stream().<JsonNode>map(JsonNode::deepCopy).toList();
		}

		/** @return SLEAP's defaults */
		public static Labels defaults() {
			return new Labels(null, null, 0.1, null, false, null, null, null, List.of(), List.of());
		}

		private static List<Integer> copyOrNull(List<Integer> list) {
			return list == null ? null : List.copyOf(list);
		}
	}

	/**
	 * {@code data.preprocessing}: what is done to every image before the network sees it.
	 *
	 * @param ensureRgb             convert grey images to RGB (false)
	 * @param ensureGrayscale       convert RGB images to grey (false)
	 * @param imagenetMode          ImageNet normalisation ({@code "tf"}, {@code "caffe"}, {@code "torch"}) or
	 *                              {@code null}
	 * @param inputScaling          scale factor applied to images (1.0)
	 * @param padToStride           pad images to a multiple of this, or {@code null} for the max stride
	 * @param resizeAndPadToTarget  resize and pad images of different sizes to the target size (true)
	 * @param targetHeight          target height, or {@code null}
	 * @param targetWidth           target width, or {@code null}
	 */
	public record Preprocessing(boolean ensureRgb, boolean ensureGrayscale, String imagenetMode, double inputScaling,
			Integer padToStride, boolean resizeAndPadToTarget, Integer targetHeight, Integer targetWidth) {

		/** @return SLEAP's defaults */
		public static Preprocessing defaults() {
			return new Preprocessing(false, false, null, 1.0, null, true, null, null);
		}
	}

	/**
	 * {@code data.instance_cropping}: crops around instances for top-down (centred-instance) models.
	 *
	 * @param centerOnPart              node to centre crops on, or {@code null} for the bounding-box centre
	 * @param cropSize                  crop side in pixels, or {@code null} to compute it from the labels
	 * @param cropSizeDetectionPadding  padding added to the computed crop size (16)
	 */
	public record InstanceCropping(String centerOnPart, Integer cropSize, int cropSizeDetectionPadding) {

		/** @return SLEAP's defaults */
		public static InstanceCropping defaults() {
			return new InstanceCropping(null, null, 16);
		}
	}
}
