// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

/** Hears how a {@link PredictionRun} advances; called on the run's thread after every batch. */
@FunctionalInterface
public interface PredictionListener {

	/** A listener that ignores everything. */
	PredictionListener NONE = progress -> {
	};

	/** A batch was predicted and merged into the labels. */
	void batchEnded(PredictionProgress progress);
}
