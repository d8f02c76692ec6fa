// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.nn.network.Weight;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Adam with AMSGrad, as SLEAP trains ({@code tf.keras.optimizers.Adam(amsgrad=True)}: β₁ 0.9, β₂ 0.999, ε 1e-7).
 * The slots are variables named after their weight ({@code layer.kind.m}, {@code .v}, {@code .vhat}) so that a
 * checkpoint holds them and a resumed run continues the same optimisation. The learning rate and the step number
 * are fed with each step.
 */
final class Amsgrad {
	private static final float BETA1 = 0.9f;
	private static final float BETA2 = 0.999f;
	private static final float EPSILON = 1e-7f;

	private Amsgrad() {
	}

	/**
	 * @param learningRate the learning rate, a scalar
	 * @param step         the 1-based step number, a float scalar
	 * @return the op that applies one update to every weight
	 */
	static Op update(Ops tf, List<Weight> weights, Output<?>[] gradients, Operand<TFloat32> learningRate,
			Operand<TFloat32> step) {
		Operand<TFloat32> one = tf.constant(1f);
		Operand<TFloat32> correction = tf.math.div(
				tf.math.sqrt(tf.math.sub(one, tf.math.pow(tf.constant(BETA2), step))),
				tf.math.sub(one, tf.math.pow(tf.constant(BETA1), step)));
		Operand<TFloat32> rate = tf.math.mul(learningRate, correction);
		List<Op> updates = new ArrayList<>();
		for (int i = 0; i < weights.size(); i++) {
			Weight weight = weights.get(i);
			@SuppressWarnings("unchecked")
			Operand<TFloat32> gradient = (Output<TFloat32>) gradients[i];
			updates.add(update(tf, weight, gradient, rate));
		}
		return tf.withControlDependencies(updates).withName("train_step").noOp();
	}

	private static Op update(Ops tf, Weight weight, Operand<TFloat32> gradient, Operand<TFloat32> rate) {
		String name = weight.variableName();
		Variable<TFloat32> m = slot(tf, name + ".m", weight);
		Variable<TFloat32> v = slot(tf, name + ".v", weight);
		Variable<TFloat32> vhat = slot(tf, name + ".vhat", weight);
		Operand<TFloat32> mNew = tf.assign(m, tf.math.add(tf.math.mul(m, tf.constant(BETA1)),
				tf.math.mul(gradient, tf.constant(1 - BETA1))));
		Operand<TFloat32> vNew = tf.assign(v, tf.math.add(tf.math.mul(v, tf.constant(BETA2)),
				tf.math.mul(tf.math.square(gradient), tf.constant(1 - BETA2))));
		Operand<TFloat32> vhatNew = tf.assign(vhat, tf.math.maximum(vhat, vNew));
		Operand<TFloat32> step = tf.math.div(tf.math.mul(rate, mNew),
				tf.math.add(tf.math.sqrt(vhatNew), tf.constant(EPSILON)));
		return tf.assignSub(weight.variable(), step);
	}

	private static Variable<TFloat32> slot(Ops tf, String name, Weight weight) {
		Ops init = tf.withInitScope();
		return tf.withName(name).variable(init.fill(init.constant(weight.shape().asArray()), init.constant(0f)));
	}
}
