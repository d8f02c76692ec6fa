// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.data.Batch;
import org.myrmex.nn.internal.train.Steps;
import org.myrmex.nn.internal.train.TrainingGraph;
import org.myrmex.nn.network.SkeletonNames;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * TensorFlow alone, the baseline of a training step: the trainer's own graph ({@link TrainingGraph}: the same
 * network, SLEAP's loss, the same AMSGrad update) run by the trainer's {@link Steps}, fed one constant random batch
 * again and again — no data pipeline, no listener, no validation — so that the ratio against the trainer shows only
 * what the pipeline and the loop around the step cost.
 */
final class RawTrainingStep {
	private RawTrainingStep() {
	}

	/**
	 * @param input  {@code [batch, height, width, channels]}
	 * @param warmUp steps run before timing (TensorFlow picks its kernels on the first)
	 * @return the wall time of each timed step, in nanoseconds
	 */
	static long[] time(TrainingConfig config, SkeletonNames skeleton, long[] input, ConfigProto sessionConfig,
			int warmUp, int steps) {
		try (Graph graph = new Graph(); Session session = new Session(graph, sessionConfig)) {
			TrainingGraph network = new TrainingGraph(graph, config, input, skeleton, 1);
			session.initialize();
			Steps runner = new Steps(network, session);
			Batch batch = randomBatch(network, input, new Random(1));
			double rate = config.optimization().initialLearningRate();
			long[] nanos = new long[steps];
			for (int i = -warmUp; i < steps; i++) {
				long start = System.nanoTime();
				runner.train(batch, rate, i + warmUp + 1L);
				if (i >= 0) {
					nanos[i] = System.nanoTime() - start;
				}
			}
			return nanos;
		}
	}

	private static Batch randomBatch(TrainingGraph network, long[] input, Random random) {
		List<float[]> targets = new ArrayList<>();
		List<long[]> shapes = new ArrayList<>();
		for (Placeholder<TFloat32> target : network.targets()) {
			Shape shape = target.shape();
			long[] full = { input[0], shape.get(1), shape.get(2), shape.get(3) };
			targets.add(random(full, random));
			shapes.add(full);
		}
		return new Batch(random(input, random), input.clone(), targets, shapes);
	}

	private static float[] random(long[] shape, Random random) {
		float[] values = new float[(int) (shape[0] * shape[1] * shape[2] * shape[3])];
		for (int i = 0; i < values.length; i++) {
			values[i] = random.nextFloat();
		}
		return values;
	}
}
