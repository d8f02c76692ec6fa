// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.network;

import java.util.ArrayList;
import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.index.Indices;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.image.ResizeBilinear;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Builds the Keras layers SLEAP's networks use as TensorFlow ops and keeps the list of their {@link Weight}s.
 * Convolutions are "same"-padded with a bias; kernels start Glorot-uniform (Keras' default) from seeds derived
 * from one network seed, biases at zero; the values are assigned when the session is initialised.
 */
public final class Layers {
	private static final List<Long> ONE = List.of(1L, 1L, 1L, 1L);
	private static final List<Long> TWO = List.of(1L, 2L, 2L, 1L);
	private final Ops tf;
	private final long seed;
	private final List<Weight> weights = new ArrayList<>();

	/**
	 * @param tf   the ops of the graph to build in
	 * @param seed the seed all initial kernels derive from
	 */
	public Layers(Ops tf, long seed) {
		this.tf = tf;
		this.seed = seed;
	}

	/** @return the ops this factory builds with */
	public Ops ops() {
		return tf;
	}

	/** @return the weights created so far, in creation order */
	public List<Weight> weights() {
		return List.copyOf(weights);
	}

	/**
	 * A Keras {@code Conv2D} layer: stride 1, "same" padding, bias, then ReLU when {@code relu}.
	 *
	 * @param name the layer name (a SLEAP Keras name)
	 */
	public Operand<TFloat32> conv(String name, Operand<TFloat32> x, int filters, int kernelSize, boolean relu) {
		int in = channels(x, name);
		Variable<TFloat32> kernel = kernel(name, Shape.of(kernelSize, kernelSize, in, filters), in, filters);
		Variable<TFloat32> bias = bias(name, filters);
		Operand<TFloat32> y = tf.withName(name + ".conv").nn.conv2d(x, kernel, ONE, "SAME");
		y = tf.withName(name).nn.biasAdd(y, bias);
		return relu ? tf.withName(name + ".relu").nn.relu(y) : y;
	}

	/**
	 * A Keras {@code Conv2DTranspose} layer with stride 2 and "same" padding (output twice the input's height and
	 * width), bias, then ReLU.
	 */
	public Operand<TFloat32> transposedConv(String name, Operand<TFloat32> x, int filters, int kernelSize) {
		int in = channels(x, name);
		Shape shape = x.shape();
		Variable<TFloat32> kernel = kernel(name, Shape.of(kernelSize, kernelSize, filters, in), in, filters);
		Variable<TFloat32> bias = bias(name, filters);
		Operand<TInt32> batch = tf.stridedSlice(tf.shape(x), Indices.sliceTo(1));
		Operand<TInt32> size = tf.concat(List.of(batch,
				tf.constant(new int[] { (int) shape.get(1) * 2, (int) shape.get(2) * 2, filters })), tf.constant(0));
		Operand<TFloat32> y = tf.withName(name + ".conv").nn.conv2dBackpropInput(size, kernel, x, TWO, "SAME");
		y = tf.withName(name).nn.biasAdd(y, bias);
		return tf.withName(name + ".relu").nn.relu(y);
	}

	/** A Keras {@code MaxPool2D} layer: 2×2, stride 2, "same" padding. */
	public Operand<TFloat32> maxPool(String name, Operand<TFloat32> x) {
		return tf.withName(name).nn.maxPool(x, tf.constant(new int[] { 1, 2, 2, 1 }), tf.constant(new int[] { 1, 2, 2, 1 }),
				"SAME");
	}

	/** A Keras {@code UpSampling2D(2, interpolation="bilinear")} layer (half-pixel centres, as TF 2 resizes). */
	public Operand<TFloat32> upsampleBilinear(String name, Operand<TFloat32> x) {
		Shape shape = x.shape();
		Operand<TInt32> size = tf.constant(new int[] { (int) shape.get(1) * 2, (int) shape.get(2) * 2 });
		return tf.withName(name).image.resizeBilinear(x, size, ResizeBilinear.halfPixelCenters(true));
	}

	/** A Keras {@code Concatenate} layer on the channel axis. */
	public Operand<TFloat32> concat(String name, Operand<TFloat32> first, Operand<TFloat32> second) {
		return tf.withName(name).concat(List.of(first, second), tf.constant(-1));
	}

	private Variable<TFloat32> kernel(String layer, Shape shape, int in, int out) {
		long receptive = shape.get(0) * shape.get(1);
		float limit = (float) Math.sqrt(6.0 / (receptive * in + receptive * out));
		Ops init = tf.withInitScope();
		var uniform = init.random.randomUniform(init.constant(shape.asArray()), TFloat32.class,
				RandomUniform.seed(seed), RandomUniform.seed2((long) weights.size() + 1));
		var value = init.math.sub(init.math.mul(uniform, init.constant(2 * limit)), init.constant(limit));
		return add(layer, "kernel", shape, tf.withName(layer + ".kernel").variable(value));
	}

	private Variable<TFloat32> bias(String layer, int filters) {
		var zeros = tf.withInitScope().constant(new float[filters]);
		return add(layer, "bias", Shape.of(filters), tf.withName(layer + ".bias").variable(zeros));
	}

	private Variable<TFloat32> add(String layer, String kind, Shape shape, Variable<TFloat32> variable) {
		weights.add(new Weight(layer, kind, shape, variable));
		return variable;
	}

	private static int channels(Operand<TFloat32> x, String layer) {
		Shape shape = x.shape();
		if (shape.numDimensions() != 4 || shape.isUnknown() || shape.get(3) < 0) {
			throw new IllegalArgumentException("input of " + layer + " has shape " + shape
					+ "; a [batch, height, width, channels] tensor with known channels is needed");
		}
		return (int) shape.get(3);
	}
}
