// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.nn.config.OptimizationConfig.HardKeypointMining;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.network.HeadOutput;
import org.myrmex.nn.network.PoseNetwork;
import org.myrmex.nn.network.SkeletonNames;
import org.myrmex.nn.network.Weight;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The training graph of a network: image and target placeholders, the network, SLEAP's weighted loss and an
 * AMSGrad step. The batch dimension is free; height, width and channels are fixed when the graph is built.
 */
public final class TrainingGraph {
	private final Graph graph;
	private final Placeholder<TFloat32> input;
	private final List<Placeholder<TFloat32>> targets = new ArrayList<>();
	private final List<Operand<TFloat32>> headLosses = new ArrayList<>();
	private final Operand<TFloat32> loss;
	private final Placeholder<TFloat32> learningRate;
	private final Placeholder<TFloat32> step;
	private final Op train;
	private final PoseNetwork network;

	/**
	 * Builds the graph.
	 *
	 * @param inputShape {@code [batch, height, width, channels]} of the batches (the batch size is not fixed)
	 * @param seed       seeds the initial weights
	 * @throws IllegalArgumentException when the model cannot be built, naming the setting
	 */
	public TrainingGraph(Graph graph, TrainingConfig config, long[] inputShape, SkeletonNames skeleton, long seed) {
		this.graph = graph;
		Ops tf = Ops.create(graph);
		input = tf.withName("input").placeholder(TFloat32.class,
				Placeholder.shape(Shape.of(-1, inputShape[1], inputShape[2], inputShape[3])));
		network = PoseNetwork.build(tf, input, config.model(), skeleton, seed, "");
		HardKeypointMining mining = config.optimization().hardKeypointMining();
		Operand<TFloat32> total = null;
		for (HeadOutput output : network.outputs()) {
			Shape shape = output.tensor().shape();
			Placeholder<TFloat32> target = tf.withName("target." + output.name()).placeholder(TFloat32.class,
					Placeholder.shape(Shape.of(-1, shape.get(1), shape.get(2), shape.get(3))));
			targets.add(target);
			Operand<TFloat32> headLoss = tf.withName("loss." + output.name()).identity(
					Losses.of(tf, output.tensor(), target, mining));
			headLosses.add(headLoss);
			Operand<TFloat32> weighted = tf.math.mul(headLoss, tf.constant((float) output.lossWeight()));
			total = total == null ? weighted : tf.math.add(total, weighted);
		}
		loss = tf.withName("loss").identity(total);
		learningRate = tf.withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
		step = tf.withName("step").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
		List<Weight> weights = network.weights();
		Output<?>[] variables = weights.stream().map(w -> w.variable().asOutput()).toArray(Output<?>[]::new);
		Output<?>[] gradients = graph.addGradients(loss.asOutput(), variables);
		train = Amsgrad.update(tf, weights, gradients, learningRate, step);
	}

	/** @return the graph */
	public Graph graph() {
		return graph;
	}

	/** @return the image placeholder */
	public Placeholder<TFloat32> input() {
		return input;
	}

	/** @return one target placeholder per network output, in output order */
	public List<Placeholder<TFloat32>> targets() {
		return List.copyOf(targets);
	}

	/** @return each output's unweighted loss, in output order */
	public List<Operand<TFloat32>> headLosses() {
		return List.copyOf(headLosses);
	}

	/** @return the total weighted loss */
	public Operand<TFloat32> loss() {
		return loss;
	}

	/** @return the learning-rate placeholder */
	public Placeholder<TFloat32> learningRate() {
		return learningRate;
	}

	/** @return the 1-based step-number placeholder (AMSGrad's bias correction) */
	public Placeholder<TFloat32> step() {
		return step;
	}

	/** @return the op that applies one optimisation step */
	public Op train() {
		return train;
	}

	/** @return the network */
	public PoseNetwork network() {
		return network;
	}

	/** @return the number of trainable parameters */
	public long parameters() {
		return network.weights().stream().mapToLong(w -> w.shape().size()).sum();
	}
}
