// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myrmex.nn.data.Batch;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.network.HeadOutput;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * Runs a {@link TrainingGraph} in a session: training steps and evaluations on batches, predictions for previews,
 * checkpoints and SavedModel exports.
 */
public final class Steps {
	/** The losses of one batch: the weighted total and each output's. */
	public record Losses(double total, double[] heads) {
	}

	private final TrainingGraph graph;
	private final Session session;

	/** @param session a session of the graph */
	public Steps(TrainingGraph graph, Session session) {
		this.graph = graph;
		this.session = session;
	}

	/**
	 * Takes one optimisation step.
	 *
	 * @param step the 1-based step number
	 * @return the batch's losses before the step
	 */
	public Losses train(Batch batch, double learningRate, long step) {
		return run(batch, learningRate, step);
	}

	/** @return the batch's losses, weights unchanged */
	public Losses evaluate(Batch batch) {
		return run(batch, Double.NaN, 0);
	}

	private Losses run(Batch batch, double learningRate, long step) {
		List<Tensor> feeds = new ArrayList<>();
		try {
			Session.Runner runner = session.runner();
			runner.feed(graph.input(), tensor(batch.inputs(), batch.inputShape(), feeds));
			for (int t = 0; t < graph.targets().size(); t++) {
				runner.feed(graph.targets().get(t), tensor(batch.targets().get(t), batch.targetShapes().get(t), feeds));
			}
			if (!Double.isNaN(learningRate)) {
				runner.feed(graph.learningRate(), scalar((float) learningRate, feeds));
				runner.feed(graph.step(), scalar(step, feeds));
				runner.addTarget(graph.train());
			}
			runner.fetch(graph.loss());
			graph.headLosses().forEach(runner::fetch);
			try (Result result = runner.run()) {
				double[] heads = new double[graph.headLosses().size()];
				for (int h = 0; h < heads.length; h++) {
					heads[h] = ((TFloat32) result.get(h + 1)).getFloat();
				}
				return new Losses(((TFloat32) result.get(0)).getFloat(), heads);
			}
		} finally {
			feeds.forEach(Tensor::close);
		}
	}

	/** @return the first output (confidence maps) for the first example of a batch */
	public FloatImage predictFirst(Batch batch) {
		long[] shape = batch.inputShape().clone();
		shape[0] = 1;
		int size = (int) (shape[1] * shape[2] * shape[3]);
		float[] one = new float[size];
		System.arraycopy(batch.inputs(), 0, one, 0, size);
		List<Tensor> feeds = new ArrayList<>();
		try (Result result = session.runner().feed(graph.input(), tensor(one, shape, feeds))
				.fetch(graph.network().outputs().get(0).tensor()).run()) {
			TFloat32 maps = (TFloat32) result.get(0);
			Shape out = maps.shape();
			float[] data = new float[(int) out.size()];
			maps.asRawTensor().data().asFloats().read(data);
			return new FloatImage((int) out.get(2), (int) out.get(1), (int) out.get(3), data);
		} finally {
			feeds.forEach(Tensor::close);
		}
	}

	/** @return the network's outputs */
	public List<HeadOutput> outputs() {
		return graph.network().outputs();
	}

	/** Saves every variable (weights and optimiser slots) under a checkpoint prefix. */
	public void saveCheckpoint(Path prefix) {
		session.save(prefix.toString());
	}

	/** Restores every variable from a checkpoint prefix. */
	public void restoreCheckpoint(Path prefix) {
		session.restore(prefix.toString());
	}

	/**
	 * Exports the network as a SavedModel (signature {@code serving_default}: input {@code image}, one output per
	 * head, named as the head), into a hidden folder {@code .NAME.tmp} that then replaces {@code folder}: a reader
	 * never sees half a model, and the next start of a killed run removes the hidden folder (the run's lock makes the
	 * name its own).
	 */
	public void exportModel(Path folder) throws IOException {
		Files.createDirectories(folder.getParent());
		Path fresh = folder.resolveSibling("." + folder.getFileName() + ".tmp");
		try {
			RunFolder.deleteTree(fresh);
			Signature.Builder signature = Signature.builder().key(Signature.DEFAULT_KEY).input("image", graph.input());
			for (HeadOutput output : graph.network().outputs()) {
				signature.output(output.name(), output.tensor());
			}
			SavedModelBundle.exporter(fresh.toString()).withFunction(SessionFunction.create(signature.build(), session))
					.export();
			RunFolder.replaceFolder(fresh, folder);
		} finally {
			RunFolder.deleteTree(fresh);
		}
	}

	private static TFloat32 tensor(float[] data, long[] shape, List<Tensor> feeds) {
		TFloat32 tensor = TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(data, true, false));
		feeds.add(tensor);
		return tensor;
	}

	private static TFloat32 scalar(float value, List<Tensor> feeds) {
		TFloat32 tensor = TFloat32.scalarOf(value);
		feeds.add(tensor);
		return tensor;
	}
}
