// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.myrmex.nn.network.HeadOutput;
import org.myrmex.nn.network.PoseNetwork;
import org.myrmex.nn.network.Weight;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.WeightValues;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.image.ResizeBilinear;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * A trained network in a TensorFlow session for images of one size, with SLEAP's preprocessing in the graph
 * ({@code InferenceLayer.preprocess}): 8-bit values to [0, 1] (÷ 255), bilinear resizing by the input scale to
 * {@code ⌊size × scale⌋} (TensorFlow 2's {@code tf.image.resize}: half-pixel centres, no antialiasing), zero
 * padding at the bottom and right to a multiple of the stride. Not thread-safe.
 */
public final class ModelRunner implements AutoCloseable {
	private final Graph graph;
	private final Session session;
	private final Placeholder<TFloat32> input;
	private final List<HeadOutput> outputs;
	private final int height;
	private final int width;
	private final int channels;

	/**
	 * Builds the graph and loads the model's weights into it.
	 *
	 * @param height    image rows fed to {@link #run(float[], int)}
	 * @param width     image columns
	 * @param scale     the input scaling
	 * @param padStride the stride to pad the scaled image to (at least the network's max stride is used)
	 * @param session   the session options (device)
	 */
	public ModelRunner(PoseModel model, int height, int width, double scale, int padStride, ConfigProto session) {
		this.height = height;
		this.width = width;
		this.channels = model.channels();
		graph = new Graph();
		try {
			Ops tf = Ops.create(graph);
			input = tf.withName("image").placeholder(TFloat32.class,
					Placeholder.shape(Shape.of(-1, height, width, channels)));
			Operand<TFloat32> x = tf.math.div(input, tf.constant(255f));
			int scaledHeight = scaledSide(height, scale);
			int scaledWidth = scaledSide(width, scale);
			if (scale != 1.0) {
				x = tf.image.resizeBilinear(x, tf.constant(new int[] { scaledHeight, scaledWidth }),
						ResizeBilinear.halfPixelCenters(true));
			}
			int paddedHeight = paddedSide(height, scale, padStride, model.maxStride());
			int paddedWidth = paddedSide(width, scale, padStride, model.maxStride());
			if (paddedHeight != scaledHeight || paddedWidth != scaledWidth) {
				x = tf.pad(x, tf.constant(new int[][] { { 0, 0 }, { 0, paddedHeight - scaledHeight },
						{ 0, paddedWidth - scaledWidth }, { 0, 0 } }), tf.constant(0f));
			}
			PoseNetwork network = PoseNetwork.build(tf, x, model.config().model(), model.skeleton(), 0,
					model.headSuffix());
			outputs = network.outputs();
			this.session = new Session(graph, session);
			assign(tf, network.weights(), model.weights());
		} catch (RuntimeException e) {
			close();
			throw e;
		}
	}

	private void assign(Ops tf, List<Weight> weights, Map<String, WeightValues> values) {
		Session.Runner runner = session.runner();
		List<Tensor> feeds = new ArrayList<>();
		try {
			for (Weight weight : weights) {
				WeightValues value = values.get(weight.variableName());
				Placeholder<TFloat32> feed = tf.placeholder(TFloat32.class, Placeholder.shape(weight.shape()));
				Op assign = tf.assign(weight.variable(), feed);
				TFloat32 tensor = TFloat32.tensorOf(Shape.of(value.shape()), DataBuffers.of(value.values(), true, false));
				feeds.add(tensor);
				runner.feed(feed, tensor).addTarget(assign);
			}
			runner.run();
		} finally {
			feeds.forEach(Tensor::close);
		}
	}

	/** @return the network's outputs (confidence maps first), for their kinds and strides */
	public List<HeadOutput> outputs() {
		return outputs;
	}

	/**
	 * Runs a batch.
	 *
	 * @param pixels {@code count × height × width × channels} values 0–255
	 * @return every output for the batch, in {@link #outputs()} order
	 */
	public List<Maps> run(float[] pixels, int count) {
		if (pixels.length != count * height * width * channels) {
			throw new IllegalArgumentException(pixels.length + " values are not " + count + " images of " + height
					+ "x" + width + "x" + channels);
		}
		try (TFloat32 images = TFloat32.tensorOf(Shape.of(count, height, width, channels),
				DataBuffers.of(pixels, true, false))) {
			Session.Runner runner = session.runner().feed(input, images);
			outputs.forEach(o -> runner.fetch(o.tensor()));
			try (Result result = runner.run()) {
				List<Maps> maps = new ArrayList<>();
				for (int i = 0; i < outputs.size(); i++) {
					TFloat32 out = (TFloat32) result.get(i);
					Shape shape = out.shape();
					float[] data = new float[(int) shape.size()];
					out.asRawTensor().data().asFloats().read(data);
					maps.add(new Maps((int) shape.get(0), (int) shape.get(1), (int) shape.get(2), (int) shape.get(3),
							outputs.get(i).stride(), data));
				}
				return maps;
			}
		}
	}

	/** @return an image side after SLEAP's input scaling: {@code ⌊side × scale⌋} in single precision */
	public static int scaledSide(int side, double scale) {
		return scale == 1.0 ? side : (int) ((float) side * (float) scale);
	}

	/**
	 * @return the side the network sees: scaled, then padded to a multiple of {@code padStride} and of the max
	 *         stride
	 */
	public static int paddedSide(int side, double scale, int padStride, int maxStride) {
		int stride = Math.max(1, padStride);
		if (stride % maxStride != 0) {
			stride = lcm(stride, maxStride);
		}
		return roundUp(scaledSide(side, scale), stride);
	}

	/** @return {@code value} rounded up to a multiple of {@code stride} */
	static int roundUp(int value, int stride) {
		return (value + stride - 1) / stride * stride;
	}

	private static int lcm(int a, int b) {
		int x = a;
		int y = b;
		while (y != 0) {
			int t = x % y;
			x = y;
			y = t;
		}
		return a / x * b;
	}

	@Override
	public void close() {
		if (session != null) {
			session.close();
		}
		graph.close();
	}
}
