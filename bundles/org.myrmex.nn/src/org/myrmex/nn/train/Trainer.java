// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.Labels;
import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.data.DataException;
import org.myrmex.nn.data.TrainingData;
import org.myrmex.nn.internal.train.EpochLoop;
import org.myrmex.nn.internal.train.RunFolder;
import org.myrmex.nn.internal.train.RunRecorder;
import org.myrmex.nn.internal.train.RunState;
import org.myrmex.nn.network.PoseNetwork;
import org.tensorflow.proto.ConfigProto;

/**
 * Trains a network from a SLEAP training configuration, as SLEAP's {@code sleap-train} does: reads and checks the
 * configuration, labels and videos before any step, builds the network, then runs epochs of AMSGrad steps with
 * validation, reduce-on-plateau, early stopping and checkpoints, writing SLEAP's run folder. While it trains it
 * holds a lock on the folder's {@code run.lock} and it records how the run ended in {@code run_state.json}
 * (see {@link org.myrmex.nn.runs.RunFolders}). Every file and model folder it writes goes to a hidden temporary name
 * and is renamed into place, a checkpoint before the state that names it, so a run killed at any moment resumes from
 * its last complete checkpoint; the next start in the folder removes what killed writes left.
 */
public final class Trainer {
	private Trainer() {
	}

	/**
	 * @return SLEAP's default run folder for a configuration trained on {@code labels}:
	 *         {@code <labels folder>/<outputs.runs_folder>/<prefix><run name><suffix>}, the run name defaulting to
	 *         {@code yyMMdd_HHmmss.<head>}
	 */
	public static Path defaultRunFolder(TrainingConfig config, Path labels) {
		return RunFolder.defaultFolder(config, labels);
	}

	/**
	 * Runs (or resumes) a training run.
	 *
	 * @param listener told of every step and epoch
	 * @param monitor  progress; cancelling stops after the current step, keeping the latest checkpoint so the run
	 *                 can be resumed
	 * @throws TrainingException naming the file or setting when the run cannot start or go on
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	public static TrainingResult train(TrainingOptions options, TrainingListener listener, IProgressMonitor monitor)
			throws TrainingException {
		SubMonitor progress = SubMonitor.convert(monitor, "Training", 100);
		TrainingConfig config = config(options);
		RunFolder run = new RunFolder(options.runFolder() != null ? options.runFolder()
				: RunFolder.defaultFolder(config, options.labels()));
		RunState state = state(options, config, run);
		ConfigProto session;
		try {
			session = options.device().sessionConfig();
		} catch (IllegalStateException e) {
			throw new TrainingException(e.getMessage(), e);
		}
		if (!Files.isRegularFile(options.labels())) {
			throw new TrainingException("labels file " + options.labels() + " does not exist");
		}
		try (TrainingData data = TrainingData.open(config, options.labels(), state.seed(), progress.split(10))) {
			TrainingConfig resolved = resolve(config, options.labels(), data);
			try (RunRecorder record = RunRecorder.start(run, state)) {
				try {
					run.removeLeftovers();
					if (!options.resume()) {
						start(run, options.config(), resolved, data, progress.split(5));
					}
					progress.setWorkRemaining(85);
					TrainingResult result = new EpochLoop(resolved, data, run, state, options.device().describe(),
							options.resume()).run(session, listener, progress.split(85));
					record.complete();
					return result;
				} catch (OperationCanceledException e) {
					record.stopped();
					throw e;
				} catch (Exception | Error e) {
					record.failed(e);
					throw e;
				}
			}
		} catch (DataException e) {
			throw new TrainingException(e.getMessage(), e);
		} catch (IOException e) {
			throw new TrainingException("run folder " + run.path() + " cannot be written: " + e.getMessage(), e);
		}
	}

	private static TrainingConfig config(TrainingOptions options) throws TrainingException {
		TrainingConfig config;
		try {
			config = TrainingConfigJson.read(options.config());
		} catch (TrainingConfigException e) {
			throw new TrainingException(e.getMessage(), e);
		}
		if (options.epochs() != null) {
			if (options.epochs() <= 0) {
				throw new TrainingException("epochs " + options.epochs() + " must be positive");
			}
			config = config.withOptimization(config.optimization().withEpochs(options.epochs()));
		}
		if (config.optimization().epochs() <= 0 || config.optimization().batchSize() <= 0) {
			throw new TrainingException(options.config() + ": optimization.epochs and optimization.batch_size must be "
					+ "positive");
		}
		try {
			PoseNetwork.check(config);
		} catch (IllegalArgumentException e) {
			throw new TrainingException(options.config() + ": " + e.getMessage(), e);
		}
		return config;
	}

	private static RunState state(TrainingOptions options, TrainingConfig config, RunFolder run)
			throws TrainingException {
		if (options.resume()) {
			if (!run.canResume()) {
				throw new TrainingException("run folder " + run.path() + " has no checkpoint to resume from");
			}
			try {
				return RunState.read(run.state());
			} catch (IOException e) {
				throw new TrainingException("checkpoint state " + run.state() + " cannot be read: " + e.getMessage(), e);
			}
		}
		if (run.holdsRun()) {
			throw new TrainingException("run folder " + run.path()
					+ " already holds a run: resume it or choose another folder");
		}
		return RunState.start(config.optimization().initialLearningRate(), options.seed());
	}

	/** @return the configuration as trained: labels file, skeleton and crop size filled in */
	private static TrainingConfig resolve(TrainingConfig config, Path labelsFile, TrainingData data) {
		DataConfig d = config.data();
		DataConfig.Labels l = d.labels();
		Labels labels = data.labels();
		List<com.fasterxml.jackson.databind.JsonNode> skeletons = labels.getSkeletons().isEmpty() ? l.skeletons()
				: List.of(SkeletonJson.toJsonNode(labels.getSkeletons().get(0)));
		DataConfig.Labels filled = new DataConfig.Labels(labelsFile.toAbsolutePath().toString(), l.validationLabels(),
				l.validationFraction(), l.testLabels(), l.splitByInds(), l.trainingInds(), l.validationInds(),
				l.testInds(), l.searchPathHints(), skeletons);
		DataConfig.InstanceCropping crop = d.instanceCropping();
		if (config.model().head() instanceof HeadConfig.CenteredInstance) {
			crop = new DataConfig.InstanceCropping(crop.centerOnPart(), data.trainingPipeline().cropSize(),
					crop.cropSizeDetectionPadding());
		}
		return config.withData(new DataConfig(filled, d.preprocessing(), crop));
	}

	private static void start(RunFolder run, Path configFile, TrainingConfig resolved, TrainingData data,
			IProgressMonitor monitor) throws IOException, TrainingException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		run.create();
		run.writeInitialConfig(configFile);
		TrainingConfig named = resolved.withOutputs(resolved.outputs().withRunName(run.path().getFileName().toString()));
		try {
			TrainingConfigJson.write(named, run.trainingConfig());
			run.writeLabels(data.labels(), data.splits().training(), "train", progress.split(1));
			if (!data.splits().validation().isEmpty()) {
				run.writeLabels(data.validationLabels(), data.splits().validation(), "val", progress.split(1));
			}
			if (!data.splits().test().isEmpty()) {
				run.writeLabels(data.testLabels(), data.splits().test(), "test", progress.split(1));
			}
		} catch (TrainingConfigException | LabelsFileException e) {
			throw new TrainingException("run folder " + run.path() + " cannot be written: " + e.getMessage(), e);
		}
	}
}
