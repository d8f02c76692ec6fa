// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.util.Iterator;
import java.util.List;

import org.myrmex.nn.network.HeadOutput;
import org.myrmex.nn.network.PoseNetwork;
import org.myrmex.nn.predict.PoseModel;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * A model's network alone in TensorFlow, for network inputs of one size (already scaled and padded): the forward pass
 * fed one constant batch, fetching every head's output, with no decoding, conversion, peak finding or copying; and
 * its floating-point operations per image counted from the graph's convolutions, 2·k·k·in·out·H·W each (a transposed
 * convolution counted at its input resolution). Weights are initial ones: the work is the same as trained ones'.
 */
final class RawForwardPass implements AutoCloseable {
	private final Graph graph = new Graph();
	private final Session session;
	private final Placeholder<TFloat32> input;
	private final List<HeadOutput> outputs;
	private final long height;
	private final long width;
	private final long channels;

	RawForwardPass(PoseModel model, long height, long width, ConfigProto config) {
		this.height = height;
		this.width = width;
		this.channels = model.channels();
		Ops tf = Ops.create(graph);
		input = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, height, width, channels)));
		outputs = PoseNetwork.build(tf, input, model.config().model(), model.skeleton(), 0, model.headSuffix())
				.outputs();
		session = new Session(graph, config);
		session.initialize();
	}

	/** @return floating-point operations per image (a multiply-add is two) */
	double flopsPerImage() {
		double flops = 0;
		for (Iterator<GraphOperation> ops = graph.operations(); ops.hasNext();) {
			GraphOperation op = ops.next();
			if (op.type().equals("Conv2D")) {
				Shape kernel = op.input(1).shape();
				Shape out = op.output(0).shape();
				flops += 2.0 * kernel.get(0) * kernel.get(1) * kernel.get(2) * kernel.get(3) * out.get(1) * out.get(2);
			} else if (op.type().equals("Conv2DBackpropInput")) {
				Shape kernel = op.input(1).shape();
				Shape in = op.input(2).shape();
				flops += 2.0 * kernel.get(0) * kernel.get(1) * kernel.get(2) * kernel.get(3) * in.get(1) * in.get(2);
			}
		}
		return flops;
	}

	/** @return the wall time of each timed forward pass of {@code batch} constant images, in nanoseconds */
	long[] time(int batch, int warmUp, int runs) {
		long[] nanos = new long[runs];
		try (TFloat32 images = TFloat32.tensorOf(Shape.of(batch, height, width, channels), d -> d.scalars()
				.forEach(s -> s.setFloat(0.5f)))) {
			for (int i = -warmUp; i < runs; i++) {
				long start = System.nanoTime();
				Session.Runner runner = session.runner().feed(input, images);
				outputs.forEach(o -> runner.fetch(o.tensor()));
				try (Result result = runner.run()) {
					if (i >= 0) {
						nanos[i] = System.nanoTime() - start;
					}
				}
			}
		}
		return nanos;
	}

	@Override
	public void close() {
		session.close();
		graph.close();
	}
}
