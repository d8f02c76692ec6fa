// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.OptimizationConfig;
import org.myrmex.nn.config.TrainingConfig;

/**
 * Everything the training loop reads, set up and checked before the first step: the labels read, split into
 * training and validation (a validation labels file, explicit indices or a seeded fraction), their videos opened
 * and, with {@code preload_data}, their frames decoded into memory; then batch streams and SLEAP's batches per epoch.
 */
public final class TrainingData implements AutoCloseable {
	private final TrainingConfig config;
	private final long seed;
	private final List<FrameSource> sources = new ArrayList<>();
	private ExamplePipeline trainingPipeline;
	private ExamplePipeline validationPipeline;
	private Splits splits;
	private Labels labels;
	private Labels validationLabels;
	private Labels testLabels;

	private TrainingData(TrainingConfig config, long seed) {
		this.config = config;
		this.seed = seed;
	}

	/**
	 * Reads and checks the training data.
	 *
	 * @param labelsFile the training labels ({@code .slp}); {@code data.labels.validation_labels}, when set, is read
	 *                   relative to its folder
	 * @param seed       seeds the split, the shuffling and the augmentation
	 * @throws DataException naming the file, node, video or setting that makes the data unusable
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	public static TrainingData open(TrainingConfig config, Path labelsFile, long seed, IProgressMonitor monitor)
			throws DataException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		TrainingData data = new TrainingData(config, seed);
		try {
			data.labels = read(labelsFile, progress.split(2));
			data.validationLabels = data.labels;
			data.testLabels = data.labels;
			LabelledSamples training = LabelledSamples.of(data.labels, labelsFile.getFileName().toString());
			FrameSource frames = data.frames(training, labelsFile);
			String validationFile = config.data().labels().validationLabels();
			LabelledSamples validation = null;
			FrameSource validationFrames = frames;
			if (validationFile != null && !validationFile.isBlank()) {
				Path file = labelsFile.toAbsolutePath().resolveSibling(validationFile);
				data.validationLabels = read(file, progress.split(1));
				validation = LabelledSamples.of(data.validationLabels, file.getFileName().toString());
				validationFrames = data.frames(validation, file);
				data.splits = new Splits(training.samples(), validation.samples());
			} else {
				data.splits = Splits.of(training.samples(), config.data().labels(), seed);
			}
			String testFile = config.data().labels().testLabels();
			if (testFile != null && !testFile.isBlank()) {
				Path file = labelsFile.toAbsolutePath().resolveSibling(testFile);
				data.testLabels = read(file, progress.split(1));
				data.splits = new Splits(data.splits.training(), data.splits.validation(),
						LabelledSamples.of(data.testLabels, file.getFileName().toString()).samples());
			}
			if (data.splits.training().isEmpty()) {
				throw new DataException("no labelled frame of " + labelsFile.getFileName() + " is left for training");
			}
			data.trainingPipeline = new ExamplePipeline(config, training, frames, data.splits.training());
			data.validationPipeline = validation == null ? data.trainingPipeline
					: new ExamplePipeline(config, validation, validationFrames, data.splits.training());
			progress.setWorkRemaining(7);
			if (config.optimization().preloadData() && fitsInMemory(frames.preloadBytes(data.splits.training())
					+ validationFrames.preloadBytes(data.splits.validation()))) {
				SubMonitor loading = SubMonitor.convert(progress.split(7), 2);
				frames.preload(data.splits.training(), loading.split(1));
				validationFrames.preload(data.splits.validation(), loading.split(1));
			}
			return data;
		} catch (DataException | RuntimeException e) {
			data.close();
			throw e;
		}
	}

	/**
	 * SLEAP preloads every labelled frame and fails when they do not fit; here frames that would take more than
	 * half the heap still free are decoded as the batches need them instead (slower, never out of memory).
	 */
	private static boolean fitsInMemory(long bytes) {
		Runtime runtime = Runtime.getRuntime();
		long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
		return bytes <= free / 2;
	}

	private static Labels read(Path file, IProgressMonitor monitor) throws DataException {
		try {
			return SlpReader.read(file, monitor);
		} catch (LabelsFileException e) {
			throw new DataException("labels " + file + " cannot be read: " + e.getMessage(), e);
		}
	}

	private FrameSource frames(LabelledSamples samples, Path file) throws DataException {
		FrameSource frames = new FrameSource(samples.videos(), file, samples.samples(), config.data().preprocessing());
		sources.add(frames);
		return frames;
	}

	/** @return the training labels, as read (the training samples index their labelled frames) */
	public Labels labels() {
		return labels;
	}

	/**
	 * @return the labels the validation samples index: the validation labels file's, or the training labels when
	 *         validation is split from them
	 */
	public Labels validationLabels() {
		return validationLabels;
	}

	/**
	 * @return the labels the test samples index: the test labels file's ({@code data.labels.test_labels}), or the
	 *         training labels
	 */
	public Labels testLabels() {
		return testLabels;
	}

	/** @return the training, validation and test samples */
	public Splits splits() {
		return splits;
	}

	/** @return the pipeline of the training examples (its crop size is the one training uses) */
	public ExamplePipeline trainingPipeline() {
		return trainingPipeline;
	}

	/**
	 * @return SLEAP's training batches per epoch: {@code batches_per_epoch}, or the examples over the batch size
	 *         rounded up and at least {@code min_batches_per_epoch}
	 */
	public int trainingBatchesPerEpoch() {
		OptimizationConfig o = config.optimization();
		return o.batchesPerEpoch() != null ? o.batchesPerEpoch()
				: Math.max(o.minBatchesPerEpoch(), ceilDiv(examples(splits.training()), o.batchSize()));
	}

	/** @return SLEAP's validation batches per epoch, likewise with the {@code val_} settings; 0 without validation */
	public int validationBatchesPerEpoch() {
		OptimizationConfig o = config.optimization();
		if (splits.validation().isEmpty()) {
			return 0;
		}
		return o.valBatchesPerEpoch() != null ? o.valBatchesPerEpoch()
				: Math.max(o.minValBatchesPerEpoch(), ceilDiv(examples(splits.validation()), o.batchSize()));
	}

	private int examples(List<Sample> samples) {
		if (config.model().head() instanceof HeadConfig.CenteredInstance) {
			return samples.stream().mapToInt(s -> s.instances().size()).sum();
		}
		return samples.size();
	}

	private static int ceilDiv(int a, int b) {
		return (a + b - 1) / b;
	}

	/** @return shuffled, augmented training batches (close the stream when done) */
	public BatchStream training(int threads, IProgressMonitor monitor) {
		OptimizationConfig o = config.optimization();
		return new BatchStream(trainingPipeline, splits.training(), o.batchSize(), true,
				o.onlineShuffling() ? o.shuffleBufferSize() : 1, seed, 4, threads, monitor);
	}

	/** @return validation batches in order, not augmented */
	public BatchStream validation(int threads, IProgressMonitor monitor) {
		if (splits.validation().isEmpty()) {
			throw new IllegalStateException("there are no validation samples");
		}
		return new BatchStream(validationPipeline, splits.validation(), config.optimization().batchSize(), false, 1,
				seed, 4, threads, monitor);
	}

	/** Closes the videos. */
	@Override
	public void close() {
		sources.forEach(FrameSource::close);
		sources.clear();
	}
}
