// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.network;

import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * One trainable variable of a network, named as in SLEAP's Keras model: layer {@code stack0_enc0_conv0}, kind
 * {@code kernel} or {@code bias}. The TensorFlow variable itself is named {@code layer.kind} (flat names: optimiser
 * slot names reject {@code /}).
 *
 * @param layer    the Keras layer name
 * @param kind     {@code "kernel"} or {@code "bias"}
 * @param shape    the variable's shape, Keras layout (kernels {@code [h, w, in, out]}; transposed convolutions
 *                 {@code [h, w, out, in]})
 * @param variable the TensorFlow variable
 */
public record Weight(String layer, String kind, Shape shape, Variable<TFloat32> variable) {

	/** @return the Keras weight name, e.g. {@code stack0_enc0_conv0/kernel:0} */
	public String kerasName() {
		return layer + "/" + kind + ":0";
	}

	/**
	 * @return the dataset path under {@code model_weights} in a Keras {@code .h5} file, e.g.
	 *         {@code stack0_enc0_conv0/stack0_enc0_conv0/kernel:0}
	 */
	public String h5Path() {
		return layer + "/" + kerasName();
	}

	/** @return the TensorFlow variable's name, {@code layer.kind} */
	public String variableName() {
		return layer + "." + kind;
	}
}
