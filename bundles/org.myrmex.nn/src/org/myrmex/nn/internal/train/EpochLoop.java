// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.nn.config.OutputsConfig.Checkpointing;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.data.Batch;
import org.myrmex.nn.data.BatchStream;
import org.myrmex.nn.data.DataException;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.data.TrainingData;
import org.myrmex.nn.network.HeadOutput;
import org.myrmex.nn.network.SkeletonNames;
import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.SamplePrediction;
import org.myrmex.nn.train.TrainingException;
import org.myrmex.nn.train.TrainingListener;
import org.myrmex.nn.train.TrainingPlan;
import org.myrmex.nn.train.TrainingResult;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.proto.ConfigProto;

/**
 * The epochs of a run: training steps on batches that the data pipeline decodes ahead, validation, the learning
 * rate schedule and early stopping, then the log row, the models the configuration asks for and a checkpoint with
 * the {@link RunState}, in that order, so that a run stopped at any point resumes after its last complete epoch.
 */
public final class EpochLoop {
	private final TrainingConfig config;
	private final TrainingData data;
	private final RunFolder run;
	private final RunState state;
	private final String device;
	private final boolean resume;

	/**
	 * @param config the configuration as trained
	 * @param state  where the run stands (new, or read from the checkpoint to resume)
	 * @param device where TensorFlow runs, in words
	 * @param resume restore the variables from the checkpoint of {@code state} (else initialise them and save the
	 *               epoch-0 checkpoint, so that even a run stopped in its first epoch can be resumed)
	 */
	public EpochLoop(TrainingConfig config, TrainingData data, RunFolder run, RunState state, String device,
			boolean resume) {
		this.resume = resume;
		this.config = config;
		this.data = data;
		this.run = run;
		this.state = state;
		this.device = device;
	}

	/** Runs the remaining epochs. */
	public TrainingResult run(ConfigProto sessionConfig, TrainingListener listener, IProgressMonitor monitor)
			throws TrainingException, DataException, IOException {
		int epochs = config.optimization().epochs();
		int batches = data.trainingBatchesPerEpoch();
		int validationBatches = data.validationBatchesPerEpoch();
		SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, (epochs - state.epochsDone()) * batches));
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
		try (BatchStream training = data.training(threads, progress);
				BatchStream validation = validationBatches > 0 ? data.validation(1, progress) : null;
				Graph graph = new Graph()) {
			Batch first = training.take();
			TrainingGraph network = build(graph, first);
			try (Session session = new Session(graph, sessionConfig)) {
				Steps steps = new Steps(network, session);
				if (resume) {
					steps.restoreCheckpoint(run.checkpoint(state.epochsDone()));
				} else {
					session.initialize();
					run.create();
					if (checkpointing().initialModel()) {
						steps.exportModel(run.path().resolve("initial_model"));
					}
					checkpoint(steps, 0);
				}
				new TrainingLog(run.log()).truncate(state.epochsDone());
				listener.started(new TrainingPlan(run.path(), state.epochsDone() + 1, epochs, batches, validationBatches,
						first.inputShape(), network.parameters(), device));
				Schedule schedule = new Schedule(config.optimization(), state);
				Batch pending = first;
				while (state.epochsDone() < epochs && !state.stopped()) {
					int epoch = state.epochsDone() + 1;
					long start = System.nanoTime();
					double rate = state.learningRate();
					Mean train = new Mean(network);
					Batch last = null;
					for (int b = 1; b <= batches; b++) {
						long t0 = System.nanoTime();
						Batch batch = pending != null ? pending : training.take();
						pending = null;
						long t1 = System.nanoTime();
						Steps.Losses losses = steps.train(batch, rate, state.nextStep());
						long t2 = System.nanoTime();
						if (!Double.isFinite(losses.total())) {
							throw new TrainingException("the loss became " + losses.total() + " at epoch " + epoch
									+ ", batch " + b + ": lower optimization.initial_learning_rate (now " + rate + ")");
						}
						train.add(losses);
						last = batch;
						listener.batchEnded(new BatchProgress(epoch, b, batches, losses.total(), t2 - t1, t1 - t0,
								batch.size()));
						progress.split(1);
					}
					Mean validated = new Mean(network);
					Batch preview = last;
					for (int b = 0; b < validationBatches; b++) {
						Batch batch = validation.take();
						validated.add(steps.evaluate(batch));
						preview = b == 0 ? batch : preview;
					}
					double monitored = validationBatches > 0 ? validated.total() : train.total();
					boolean best = schedule.epochEnded(monitored);
					EpochSummary summary = new EpochSummary(epoch, train.total(), train.heads(),
							validationBatches > 0 ? validated.total() : Double.NaN,
							validationBatches > 0 ? validated.heads() : Map.of(), rate, best, System.nanoTime() - start);
					if (config.outputs().logToCsv()) {
						new TrainingLog(run.log()).append(summary);
					}
					saveModels(steps, epoch, best, epochs);
					state.epochDone(epoch);
					checkpoint(steps, epoch);
					listener.epochEnded(summary);
					listener.samplePredicted(preview(steps, preview, epoch));
				}
				if (checkpointing().finalModel()) {
					steps.exportModel(run.path().resolve("final_model"));
				}
				return new TrainingResult(run.path(), run.bestModel(), state.epochsDone(), state.bestLoss(),
						state.stopped() && state.epochsDone() < epochs);
			}
		}
	}

	/**
	 * Saves the variables under a hidden prefix and renames them into place, then writes the state that names them
	 * (atomically), then drops older checkpoints: killed at any point, the state names a complete checkpoint.
	 */
	private void checkpoint(Steps steps, int epoch) throws IOException {
		steps.saveCheckpoint(run.pendingCheckpoint(epoch));
		run.publishCheckpoint(epoch);
		state.write(run.state());
		run.deleteCheckpointsBut(epoch);
	}

	private TrainingGraph build(Graph graph, Batch first) throws TrainingException {
		try {
			SkeletonNames skeleton = data.labels().getSkeletons().isEmpty() ? SkeletonNames.NONE
					: SkeletonNames.of(data.labels().getSkeletons().get(0));
			return new TrainingGraph(graph, config, first.inputShape(), skeleton, state.seed());
		} catch (IllegalArgumentException e) {
			throw new TrainingException("the network cannot be built: " + e.getMessage(), e);
		}
	}

	private Checkpointing checkpointing() {
		return config.outputs().checkpointing();
	}

	/** The best model is always kept (it is the run's result); the others as the configuration asks. */
	private void saveModels(Steps steps, int epoch, boolean best, int epochs) throws IOException {
		if (best) {
			steps.exportModel(run.bestModel());
		}
		if (checkpointing().latestModel()) {
			steps.exportModel(run.path().resolve("latest_model"));
		}
		if (checkpointing().everyEpoch()) {
			steps.exportModel(run.path().resolve(String.format("model.epoch%04d", epoch)));
		}
	}

	private SamplePrediction preview(Steps steps, Batch batch, int epoch) {
		FloatImage maps = steps.predictFirst(batch);
		long[] in = batch.inputShape();
		int size = (int) (in[1] * in[2] * in[3]);
		float[] image = new float[size];
		System.arraycopy(batch.inputs(), 0, image, 0, size);
		long[] t = batch.targetShapes().get(0);
		int targetSize = (int) (t[1] * t[2] * t[3]);
		float[] expected = new float[targetSize];
		System.arraycopy(batch.targets().get(0), 0, expected, 0, targetSize);
		HeadOutput head = steps.outputs().get(0);
		return new SamplePrediction(epoch, new FloatImage((int) in[2], (int) in[1], (int) in[3], image), maps,
				new FloatImage((int) t[2], (int) t[1], (int) t[3], expected), head.stride());
	}

	/** Running means of a phase's losses. */
	private static final class Mean {
		private final List<HeadOutput> outputs;
		private double total;
		private final double[] heads;
		private int count;

		Mean(TrainingGraph graph) {
			this.outputs = graph.network().outputs();
			this.heads = new double[outputs.size()];
		}

		void add(Steps.Losses losses) {
			total += losses.total();
			for (int h = 0; h < heads.length; h++) {
				heads[h] += losses.heads()[h];
			}
			count++;
		}

		double total() {
			return count == 0 ? Double.NaN : total / count;
		}

		Map<String, Double> heads() {
			Map<String, Double> means = new LinkedHashMap<>();
			for (int h = 0; h < heads.length; h++) {
				means.put(outputs.get(h).name(), count == 0 ? Double.NaN : heads[h] / count);
			}
			return means;
		}
	}
}
