// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.edit.PredictedFrame;
import org.myrmex.model.edit.PredictionCommands;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.internal.predict.FrameFeed;
import org.myrmex.nn.internal.predict.FramePlan;
import org.myrmex.nn.internal.predict.LabelledCentroids;
import org.myrmex.nn.internal.predict.PoseInstances;
import org.myrmex.nn.internal.predict.PoseMerge;
import org.myrmex.nn.internal.predict.VideoLabels;

/**
 * Predicts the poses of many frames into labels ({@code sleap-track}): every frame of the labels' videos, a range
 * of them, the labelled or the suggested frames. Frames are decoded on a thread of their own a few batches ahead of
 * the networks (sequential reading for runs of consecutive frames, random access otherwise), predicted in batches of
 * {@link PredictionOptions#batchSize()}, converted to the model's channels as SLEAP converts them, and merged into
 * the labels: each predicted frame's previous predicted instances are replaced, user instances are never touched.
 * Not thread-safe; close it to free the networks.
 */
public final class PredictionRun implements AutoCloseable {
	private final PosePredictor predictor;
	private final PoseModel partsModel;
	private final int batchSize;

	private PredictionRun(PosePredictor predictor, PoseModel partsModel, int batchSize) {
		this.predictor = predictor;
		this.partsModel = partsModel;
		this.batchSize = batchSize;
	}

	/**
	 * Builds the predictor the models call for ({@link PosePredictor#create}).
	 *
	 * @throws ModelException naming a model folder when the combination cannot predict
	 */
	public static PredictionRun create(List<PoseModel> models, PredictionOptions options) throws ModelException {
		PosePredictor predictor = PosePredictor.create(models, options);
		PoseModel parts = models.stream().filter(m -> !(m.head() instanceof HeadConfig.Centroid)).findFirst()
				.orElse(models.get(0));
		return new PredictionRun(predictor, parts, options.batchSize());
	}

	/**
	 * A centred-instance model alone, predicting each labelled frame at the centroids of its user instances (anchor
	 * part, else bounding-box midpoint; each instance scored 1), as SLEAP evaluates a centred-instance model
	 * ({@code CentroidCropGroundTruth}). Frames without user instances get no prediction.
	 *
	 * @throws ModelException naming the model when it is no centred-instance model or sets no crop size
	 */
	public static PredictionRun atLabelledCentroids(PoseModel centred, PredictionOptions options)
			throws ModelException {
		return new PredictionRun(TopDownPredictor.atGivenCentroids(centred, options), centred, options.batchSize());
	}

	/** @return the predictor */
	public PosePredictor predictor() {
		return predictor;
	}

	/**
	 * Makes labels for a bare video: the video and the skeleton the model was trained with.
	 *
	 * @param video a media file or a folder of images
	 * @throws PredictionException when the video is missing or unreadable
	 */
	public Labels labelsFor(Path video) throws PredictionException {
		return VideoLabels.of(video, partsModel);
	}

	/**
	 * Checks that the labels can take this run's predictions.
	 *
	 * @throws PredictionException naming the model folder when no skeleton of the labels has the model's nodes
	 */
	public void check(Labels labels) throws PredictionException {
		new PoseInstances(labels, predictor.nodeNames(), partsModel.folder());
	}

	/**
	 * Predicts the selected frames of the labels' videos into the labels. A cancelled run leaves the frames
	 * predicted so far in the labels.
	 *
	 * @param labelsFile the file the labels came from, against which their video paths are resolved; null when
	 *                   they hold absolute paths (labels made by {@link #labelsFor(Path)})
	 * @param listener   hears the progress after every batch
	 * @param monitor    reports progress and is checked for cancellation every batch; may be null
	 * @return what was predicted
	 * @throws PredictionException        when a video is missing or cannot be decoded, a selected frame is not in
	 *                                    its video, nothing is selected, or the labels' skeleton lacks the model's
	 *                                    nodes
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
	 */
	public PredictionSummary run(Labels labels, Path labelsFile, FrameSelection selection, PredictionListener listener,
			IProgressMonitor monitor) throws PredictionException {
		if (labels.getSkeletons().isEmpty()) {
			labels.getSkeletons().add(VideoLabels.skeleton(partsModel));
		}
		PoseMerge merge = new PoseMerge(labels, predictor.nodeNames(), partsModel.folder());
		return loop(labels, labelsFile, selection, merge::put, listener, monitor);
	}

	/**
	 * Predicts the selected frames of the labels' videos without changing the labels: the predicted instances of
	 * each frame, of the labels' skeleton, for {@link PredictionCommands#replace} to put into the labels as one
	 * undoable command. The labels are only read, at the start (the frames to predict).
	 *
	 * @param frames receives each predicted frame, in prediction order, on the caller's thread
	 * @return what was predicted
	 * @throws PredictionException as {@link #run}; also when the labels have no skeleton
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
	 */
	public PredictionSummary predict(Labels labels, Path labelsFile, FrameSelection selection,
			Consumer<PredictedFrame> frames, PredictionListener listener, IProgressMonitor monitor)
			throws PredictionException {
		PoseInstances instances = new PoseInstances(labels, predictor.nodeNames(), partsModel.folder());
		return loop(labels, labelsFile, selection,
				(video, frame, poses) -> frames.accept(new PredictedFrame(video, frame, instances.of(poses))), listener,
				monitor);
	}

	/** Where a run puts one frame's poses. */
	private interface Sink {
		void put(Video video, int frame, List<PredictedPose> poses);
	}

	private PredictionSummary loop(Labels labels, Path labelsFile, FrameSelection selection, Sink sink,
			PredictionListener listener, IProgressMonitor monitor) throws PredictionException {
		long start = System.nanoTime();
		LabelledCentroids given = predictor instanceof TopDownPredictor t && t.atGivenCentroidsOnly()
				? new LabelledCentroids(labels, ((HeadConfig.CenteredInstance) partsModel.head()).anchorPart())
				: null;
		try (FramePlan plan = FramePlan.of(labels, labelsFile, selection)) {
			SubMonitor progress = SubMonitor.convert(monitor, "Predicting " + selection, plan.frameCount());
			int done = 0;
			long instances = 0;
			int firstBatchFrames = -1;
			long firstBatchEnd = 0;
			try (FrameFeed feed = new FrameFeed(plan, batchSize)) {
				FrameFeed.Batch batch;
				while ((batch = feed.next(progress::isCanceled)) != null) {
					List<List<PredictedPose>> poses = given == null ? predictor.predict(batch.images())
							: ((TopDownPredictor) predictor).predictAt(batch.images(), centroids(given, batch));
					for (int i = 0; i < poses.size(); i++) {
						sink.put(batch.video(), batch.frames()[i], poses.get(i));
						instances += poses.get(i).size();
					}
					done += poses.size();
					long now = System.nanoTime();
					if (firstBatchFrames < 0) {
						firstBatchFrames = done;
						firstBatchEnd = now;
					}
					long eta = done == firstBatchFrames ? -1
							: (now - firstBatchEnd) / (done - firstBatchFrames) * (plan.frameCount() - done);
					listener.batchEnded(new PredictionProgress(done, plan.frameCount(), instances, now - start, eta));
					progress.split(poses.size());
				}
			}
			return new PredictionSummary(done, instances, System.nanoTime() - start);
		}
	}

	private static List<List<double[]>> centroids(LabelledCentroids given, FrameFeed.Batch batch) {
		List<List<double[]>> centroids = new ArrayList<>(batch.frames().length);
		for (int frame : batch.frames()) {
			centroids.add(given.of(batch.video(), frame));
		}
		return centroids;
	}

	/** Frees the networks. */
	@Override
	public void close() {
		predictor.close();
	}
}
