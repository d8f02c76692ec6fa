// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

/** How frames to label are picked; {@link #id()} is the name the command line and the workbench use. */
public enum SuggestionMethod {
	/** Seeded random frames. */
	RANDOM("random", "Random"),
	/** Frames evenly spaced over the video. */
	STRIDE("stride", "Stride"),
	/** SLEAP's image-feature pipeline: HOG or BRISK bag-of-words features, PCA, k-means, frames per cluster. */
	IMAGE_FEATURES("image_features", "Image features"),
	/** Frames whose predicted instances have the lowest scores. */
	PREDICTION_SCORE("prediction_score", "Prediction score"),
	/** Frames where a track jumps further than its usual displacement. */
	VELOCITY("velocity", "Velocity"),
	/** Frames where the number of predicted instances changes. */
	INSTANCE_COUNT("instance_count", "Instance count"),
	/**
	 * ★ Frames the current model knows least (low peak confidence, spread confidence maps and, for a model trained
	 * with left/right flips, disagreement with its mirrored prediction), weighted by how different they look from the
	 * labelled and already picked frames.
	 */
	ACTIVE_LEARNING("active_learning", "Active learning");

	private final String id;
	private final String label;

	SuggestionMethod(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** @return the method's name on the command line and in {@code .slp} files' suggestion groups */
	public String id() {
		return id;
	}

	/** @return the method's name for people */
	public String label() {
		return label;
	}

	/**
	 * @return the method named {@code id}
	 * @throws IllegalArgumentException naming the known methods when there is none of that name
	 */
	public static SuggestionMethod of(String id) {
		for (SuggestionMethod method : values()) {
			if (method.id.equals(id)) {
				return method;
			}
		}
		StringBuilder known = new StringBuilder();
		for (SuggestionMethod method : values()) {
			known.append(known.length() == 0 ? "" : ", ").append(method.id);
		}
		throw new IllegalArgumentException("unknown suggestion method '" + id + "' (known: " + known + ")");
	}
}
