// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.myrmex.nn.config.OptimizationConfig.HardKeypointMining;
import org.myrmex.nn.internal.train.Losses;
import org.tensorflow.Graph;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * SLEAP's losses on a hand-computed case: three channels of 2×2 whose squared errors sum to 1, 4 and 9.
 */
class LossesTest {
	private static final float[] PREDICTED = new float[12];
	static {
		for (int pixel = 0; pixel < 4; pixel++) {
			PREDICTED[pixel * 3] = 0.5f;
			PREDICTED[pixel * 3 + 1] = 1f;
			PREDICTED[pixel * 3 + 2] = 1.5f;
		}
	}

	private static double loss(HardKeypointMining mining) {
		try (Graph graph = new Graph(); Session session = new Session(graph)) {
			Ops tf = Ops.create(graph);
			Variable<TFloat32> predicted = tf.variable(tf.constant(Shape.of(1, 2, 2, 3), DataBuffers.of(PREDICTED)));
			var loss = Losses.of(tf, tf.identity(predicted), tf.zeros(tf.constant(new long[] { 1, 2, 2, 3 }),
					TFloat32.class), mining);
			Output<?>[] gradient = graph.addGradients(loss.asOutput(), new Output<?>[] { predicted.asOutput() });
			session.initialize();
			try (var result = session.runner().fetch(loss).fetch(gradient[0]).run()) {
				return ((TFloat32) result.get(0)).getFloat();
			}
		}
	}

	@Test
	void meanSquaredErrorWithoutMining() {
		assertEquals(14.0 / 12, loss(new HardKeypointMining(false, 2, 2, null, 5)), 1e-6);
	}

	@Test
	void hardKeypointsAreTheChannelsAtTheRatioOfTheEasiest() {
		// 4/1 and 9/1 >= 2: two hard channels, (4 + 9) / (2·2 pixels · 2 channels) · 5
		assertEquals(14.0 / 12 + 13.0 / 8 * 5, loss(new HardKeypointMining(true, 2, 2, null, 5)), 1e-5);
		// only 9/1 >= 5: one hard channel, 9 / 4 · 5
		assertEquals(14.0 / 12 + 9.0 / 4 * 5, loss(new HardKeypointMining(true, 5, 1, null, 5)), 1e-5);
		// at least three: every channel, (1 + 4 + 9) / 12 · 5
		assertEquals(14.0 / 12 + 14.0 / 12 * 5, loss(new HardKeypointMining(true, 5, 3, null, 5)), 1e-5);
		// at most one of the two hard ones
		assertEquals(14.0 / 12 + 9.0 / 4 * 2, loss(new HardKeypointMining(true, 2, 1, 1, 2)), 1e-5);
	}
}
