// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.network;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * One output of a network: a 1×1 linear convolution on the backbone's features at the head's stride.
 *
 * @param name       the Keras layer name, e.g. {@code CentroidConfmapsHead} or {@code OffsetRefinementHead}
 * @param kind       what the channels hold
 * @param stride     the output stride
 * @param lossWeight the weight of this output's loss
 * @param tensor     the output, {@code [batch, height / stride, width / stride, channels]}
 */
public record HeadOutput(String name, Kind kind, int stride, double lossWeight, Operand<TFloat32> tensor) {

	/** What an output's channels hold. */
	public enum Kind {
		/** One Gaussian confidence map per part (or one for centroids). */
		CONFIDENCE_MAPS,
		/** Two channels (x, y) per edge: part affinity fields. */
		PART_AFFINITY_FIELDS,
		/** Two channels (x, y) per part: offsets from the grid point to the part, in grid units. */
		OFFSETS
	}

	/** @return the number of channels */
	public int channels() {
		return (int) tensor.shape().get(3);
	}
}
