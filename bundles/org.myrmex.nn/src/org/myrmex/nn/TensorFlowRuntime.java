// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn;

import org.tensorflow.Graph;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;

/** The TensorFlow runtime Myrmex runs on: its version, and a self-check that it can compute and learn. */
public final class TensorFlowRuntime {
	/** Loss of a small network before and after one gradient-descent step on the same batch. */
	public record StepResult(float lossBefore, float lossAfter) {
	}

	private TensorFlowRuntime() {
	}

	/** @return TensorFlow's version (loads the natives on first use) */
	public static String version() {
		return TensorFlow.version();
	}

	/**
	 * Builds a one-layer convolutional network that must reproduce a confidence map of one point, and takes one
	 * gradient-descent step: proves that the graph, the natives and gradients work.
	 */
	public static StepResult selfCheck() {
		int size = 16;
		float[] target = new ConfidenceMaps(size, size, 1, 2.0).render(new double[] { 7 }, new double[] { 9 });
		float[] image = target.clone();
		for (int i = 0; i < image.length; i++) {
			image[i] = 1f - image[i];
		}
		try (Graph graph = new Graph(); Session session = new Session(graph, ComputeDevice.AUTO.sessionConfig())) {
			Ops tf = Ops.create(graph);
			Shape shape = Shape.of(1, size, size, 1);
			Placeholder<TFloat32> input = tf.placeholder(TFloat32.class, Placeholder.shape(shape));
			Placeholder<TFloat32> expected = tf.placeholder(TFloat32.class, Placeholder.shape(shape));
			Variable<TFloat32> kernel = tf.variable(tf.constant(StdArrays.ndCopyOf(new float[3][3][1][1])));
			Variable<TFloat32> bias = tf.variable(tf.constant(new float[] { 0.1f }));
			var conv = tf.nn.biasAdd(tf.nn.conv2d(input, kernel,
					java.util.List.of(1L, 1L, 1L, 1L), "SAME"), bias);
			Mean<TFloat32> loss = tf.math.mean(tf.math.squaredDifference(conv, expected), tf.constant(new int[] { 0, 1, 2, 3 }));
			Output<?>[] gradients = graph.addGradients(loss.asOutput(), new Output<?>[] { kernel.asOutput(), bias.asOutput() });
			var rate = tf.constant(0.1f);
			@SuppressWarnings("unchecked")
			var stepKernel = tf.train.applyGradientDescent(kernel, rate, (Output<TFloat32>) gradients[0]);
			@SuppressWarnings("unchecked")
			var stepBias = tf.train.applyGradientDescent(bias, rate, (Output<TFloat32>) gradients[1]);
			session.initialize();
			try (TFloat32 x = TFloat32.tensorOf(shape, DataBuffers.of(image));
					TFloat32 y = TFloat32.tensorOf(shape, DataBuffers.of(target))) {
				float before = lossOf(session, loss, input, expected, x, y);
				session.runner().feed(input, x).feed(expected, y).addTarget(stepKernel).addTarget(stepBias).run();
				float after = lossOf(session, loss, input, expected, x, y);
				return new StepResult(before, after);
			}
		}
	}

	private static float lossOf(Session session, Mean<TFloat32> loss, Placeholder<TFloat32> input, Placeholder<TFloat32> expected,
			TFloat32 x, TFloat32 y) {
		try (var result = session.runner().feed(input, x).feed(expected, y).fetch(loss).run()) {
			return ((TFloat32) result.get(0)).getFloat();
		}
	}
}
