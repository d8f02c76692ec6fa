// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.List;

/**
 * One input of the network with its targets, ready to batch.
 *
 * @param input   the image the network sees, values in [0, 1]
 * @param targets one map per network output, in the head's output order (confidence maps, then part affinity
 *                fields for bottom-up)
 */
public record TrainingExample(FloatImage input, List<FloatImage> targets) {

	/** Copies the list. */
	public TrainingExample {
		targets = List.copyOf(targets);
	}
}
