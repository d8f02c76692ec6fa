// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.nio.file.Path;
import java.util.List;

import org.myrmex.model.Video;

/**
 * What to suggest.
 *
 * @param method     how frames are picked
 * @param count      how many frames: per video when {@code perVideo}, else in all
 * @param perVideo   whether {@code count} applies to each video (else to all videos together)
 * @param video      the one video to suggest in, or {@code null} for every video of the labels
 * @param seed       seeds every random choice: the same seed gives the same frames
 * @param features   for {@link SuggestionMethod#IMAGE_FEATURES}: {@code hog} or {@code brisk}
 * @param clusters   for {@link SuggestionMethod#IMAGE_FEATURES}: k-means clusters (SLEAP: 5)
 * @param components for {@link SuggestionMethod#IMAGE_FEATURES}: PCA components (SLEAP: 5)
 * @param threshold  for {@link SuggestionMethod#PREDICTION_SCORE}: only instances scoring below it count (≤ 0: any
 *                   score); for {@link SuggestionMethod#VELOCITY}: the jump, in standard deviations above the track's
 *                   mean displacement, from which a frame counts
 * @param models     for {@link SuggestionMethod#ACTIVE_LEARNING}: the trained model folders that predict (a top-down
 *                   pair, a bottom-up or a single-instance model)
 */
public record SuggestionOptions(SuggestionMethod method, int count, boolean perVideo, Video video, long seed,
		String features, int clusters, int components, double threshold, List<Path> models) {

	/** Checks the values. */
	public SuggestionOptions {
		models = models == null ? List.of() : List.copyOf(models);
		if (method == null) {
			throw new IllegalArgumentException("no suggestion method");
		}
		if (count < 1) {
			throw new IllegalArgumentException("the number of frames to suggest must be at least 1, not " + count);
		}
		if (!"hog".equals(features) && !"brisk".equals(features)) {
			throw new IllegalArgumentException("image features must be hog or brisk, not '" + features + "'");
		}
		if (clusters < 1 || components < 1) {
			throw new IllegalArgumentException("clusters and PCA components must be at least 1");
		}
	}

	/** @return {@code count} frames per video by {@code method}, seed 0, SLEAP's feature settings, threshold 3 */
	public static SuggestionOptions of(SuggestionMethod method, int count) {
		return new SuggestionOptions(method, count, true, null, 0, "hog", 5, 5,
				method == SuggestionMethod.VELOCITY ? 3 : 0, List.of());
	}

	/** @return these options for one video only */
	public SuggestionOptions inVideo(Video only) {
		return new SuggestionOptions(method, count, perVideo, only, seed, features, clusters, components, threshold,
				models);
	}

	/** @return these options with another seed */
	public SuggestionOptions withSeed(long newSeed) {
		return new SuggestionOptions(method, count, perVideo, video, newSeed, features, clusters, components,
				threshold, models);
	}

	/** @return these options counting frames in all videos together ({@code false}) or per video */
	public SuggestionOptions withPerVideo(boolean each) {
		return new SuggestionOptions(method, count, each, video, seed, features, clusters, components, threshold,
				models);
	}

	/** @return these options with other image-feature settings */
	public SuggestionOptions withFeatures(String kind, int k, int pca) {
		return new SuggestionOptions(method, count, perVideo, video, seed, kind, k, pca, threshold, models);
	}

	/** @return these options with another threshold */
	public SuggestionOptions withThreshold(double value) {
		return new SuggestionOptions(method, count, perVideo, video, seed, features, clusters, components, value,
				models);
	}

	/** @return these options predicting with these model folders */
	public SuggestionOptions withModels(List<Path> folders) {
		return new SuggestionOptions(method, count, perVideo, video, seed, features, clusters, components, threshold,
				folders);
	}
}
