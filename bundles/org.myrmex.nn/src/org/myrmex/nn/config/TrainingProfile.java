// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named set of training configurations: one per model of a pipeline (top-down: centroid and centred instance),
 * or fewer for a configuration file loaded on its own.
 *
 * @param name     the name shown to people
 * @param pipeline the pipeline
 * @param configs  each model's configuration, by head key, in training order
 * @param origin   where it came from
 */
public record TrainingProfile(String name, Pipeline pipeline, Map<String, TrainingConfig> configs, Origin origin) {

	/** Where a profile came from. */
	public enum Origin {
		/** shipped with Myrmex */
		BUILT_IN,
		/** saved by the user */
		SAVED,
		/** a {@code training_config.json} the user loaded */
		FILE
	}

	/** Keeps the configurations in order. */
	public TrainingProfile {
		configs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(configs));
	}

	/** @return the name with its origin, for a list */
	public String label() {
		return switch (origin) {
		case BUILT_IN -> name;
		case SAVED -> name + " (saved)";
		case FILE -> name + " (file)";
		};
	}
}
