// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.network;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * A feature tensor of a backbone and its stride relative to the input (stride 4: a quarter of the input's height
 * and width).
 *
 * @param stride the stride relative to the network input
 * @param tensor the features, {@code [batch, height / stride, width / stride, channels]}
 */
public record FeatureMap(int stride, Operand<TFloat32> tensor) {

	/** @return the number of channels (static) */
	public int channels() {
		return (int) tensor.shape().get(3);
	}
}
