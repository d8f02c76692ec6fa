// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.nio.file.Path;
import java.util.List;

import org.myrmex.analysis.suggest.SuggestionMethod;
import org.myrmex.analysis.suggest.SuggestionOptions;

/** The settings of the Generate Suggestions dialog, remembered per project for the next time. */
public record GenerateSettings(SuggestionMethod method, int count, boolean perVideo, long seed, String features,
		int clusters, int components, double threshold) {
	public static final GenerateSettings DEFAULTS = new GenerateSettings(SuggestionMethod.RANDOM, 20, true, 0, "hog",
			5, 5, 0);

	/** @return the headless options of these settings, predicting with {@code models} */
	public SuggestionOptions options(List<Path> models) {
		return SuggestionOptions.of(method, count).withPerVideo(perVideo).withSeed(seed)
				.withFeatures(features, clusters, components).withThreshold(threshold).withModels(models);
	}
}
