// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.util.List;

import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.nn.Conv2d;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * What the machine's TensorFlow can do at best, as context for a training step: one 3×3 {@code Conv2D} (SAME, stride
 * 1) on an input held in a variable, so that nothing is fed or fetched; GFLOP/s counts a multiply-add as two.
 */
final class ConvThroughput {
	private ConvThroughput() {
	}

	/** @return the wall time of each timed run of the convolution, in nanoseconds */
	static long[] time(long batch, long height, long width, long channels, ConfigProto config, int warmUp,
			int runs) {
		try (Graph graph = new Graph(); Session session = new Session(graph, config)) {
			Ops tf = Ops.create(graph);
			Ops init = tf.withInitScope();
			Variable<TFloat32> input = tf.variable(init.random.randomUniform(
					init.constant(new long[] { batch, height, width, channels }), TFloat32.class));
			Variable<TFloat32> kernel = tf.variable(init.random.randomUniform(
					init.constant(new long[] { 3, 3, channels, channels }), TFloat32.class));
			Conv2d<TFloat32> conv = tf.nn.conv2d(input, kernel, List.of(1L, 1L, 1L, 1L), "SAME");
			session.initialize();
			long[] nanos = new long[runs];
			for (int i = -warmUp; i < runs; i++) {
				long start = System.nanoTime();
				session.runner().addTarget(conv).run().close();
				if (i >= 0) {
					nanos[i] = System.nanoTime() - start;
				}
			}
			return nanos;
		}
	}

	/** @return floating-point operations of one run: 2 × output elements × 3 × 3 × input channels */
	static double flops(long batch, long height, long width, long channels) {
		return 2.0 * batch * height * width * channels * 3 * 3 * channels;
	}
}
