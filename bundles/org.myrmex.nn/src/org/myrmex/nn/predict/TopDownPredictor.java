// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.internal.predict.ImageCrops;
import org.myrmex.nn.internal.predict.Maps;
import org.myrmex.nn.internal.predict.ModelRunner;
import org.myrmex.nn.internal.predict.Outputs;
import org.myrmex.nn.internal.predict.Peaks;
import org.myrmex.nn.internal.predict.Peaks.Peak;
import org.myrmex.nn.internal.predict.Runners;
import org.myrmex.nn.network.HeadOutput.Kind;
import org.myrmex.video.VideoFrame;

/**
 * SLEAP's top-down inference ({@code CentroidCrop} + {@code FindInstancePeaks}): the centroid model on the whole
 * frame (scaled, padded to its {@code pad_to_stride}) gives local peaks, the highest {@code maxInstances} kept; a
 * square crop of {@code crop_size} around each centroid (bilinear, 8-bit, as SLEAP cuts it from the frame) goes
 * through the centred-instance model; each node's global peak plus the crop offset {@code centroid − crop_size / 2}
 * is the point; the centroid's confidence is the instance score; instances with no point are dropped. A
 * centred-instance model trained with input scaling s took crops of {@code crop_size} from the scaled image: here the
 * crop spans {@code crop_size / s} frame pixels and is scaled by s, which is the same region.
 */
public final class TopDownPredictor implements PosePredictor {
	private static final int CROPS_PER_CALL = 64;
	private final PoseModel centroid;
	private final PoseModel centred;
	private final PredictionOptions options;
	private final Runners centroidRunners;
	private final Runners centredRunners;
	private final Peaks peaks;
	private final int region;

	/**
	 * @param centroid a centroid model, or null for {@link #atGivenCentroids}
	 * @param centred  a centred-instance model
	 * @throws ModelException naming a model that is not of its kind or a centred-instance model without a crop size
	 */
	public TopDownPredictor(PoseModel centroid, PoseModel centred, PredictionOptions options) throws ModelException {
		if (centroid != null && !(centroid.head() instanceof HeadConfig.Centroid)) {
			throw new ModelException(centroid.folder(), "is a " + centroid.head().key() + " model, not a centroid model");
		}
		if (!(centred.head() instanceof HeadConfig.CenteredInstance)) {
			throw new ModelException(centred.folder(), "is a " + centred.head().key()
					+ " model, not a centered_instance model");
		}
		Integer crop = centred.config().data().instanceCropping().cropSize();
		if (crop == null) {
			throw new ModelException(centred.folder(), "training_config.json sets no data.instance_cropping.crop_size");
		}
		this.centroid = centroid;
		this.centred = centred;
		this.options = options;
		double scale = centred.inputScaling();
		this.region = scale == 1.0 ? crop : (int) Math.round(crop / scale);
		Integer pad = centroid == null ? null : centroid.config().data().preprocessing().padToStride();
		this.centroidRunners = centroid == null ? null
				: new Runners(centroid, centroid.inputScaling(), pad == null ? centroid.maxStride() : pad,
						options.device().sessionConfig());
		this.centredRunners = new Runners(centred, scale, 1, options.device().sessionConfig());
		this.peaks = Outputs.peaks(options);
	}

	/**
	 * A centred-instance model alone, predicting only at given centroids ({@link #predictAt}), as SLEAP evaluates a
	 * centred-instance model on ground-truth centroids.
	 *
	 * @throws ModelException naming the model when it is no centred-instance model or sets no crop size
	 */
	public static TopDownPredictor atGivenCentroids(PoseModel centred, PredictionOptions options)
			throws ModelException {
		return new TopDownPredictor(null, centred, options);
	}

	/** @return the centred-instance model */
	public PoseModel centredModel() {
		return centred;
	}

	/** @return whether there is no centroid model: only {@link #predictAt} predicts */
	public boolean atGivenCentroidsOnly() {
		return centroid == null;
	}

	@Override
	public List<String> nodeNames() {
		return centred.partNames();
	}

	/** @return the side, in frame pixels, of the crops around centroids */
	public int cropRegion() {
		return region;
	}

	@Override
	public List<List<PredictedPose>> predict(List<VideoFrame> frames) {
		return Batches.predict(frames, options.batchSize(), this::predictBatch);
	}

	private List<List<PredictedPose>> predictBatch(List<VideoFrame> batch) {
		if (centroid == null) {
			throw new IllegalStateException("a centred-instance model alone predicts only at given centroids");
		}
		int height = batch.get(0).height();
		int width = batch.get(0).width();
		ModelRunner runner = centroidRunners.forSize(height, width);
		float[] pixels = centroidRunners.pixels(batch);
		List<Maps> out = runner.run(pixels, batch.size());
		Maps cms = Outputs.of(runner, out, Kind.CONFIDENCE_MAPS);
		List<List<float[]>> centroids = new ArrayList<>();
		for (int n = 0; n < batch.size(); n++) {
			centroids.add(new ArrayList<>());
		}
		for (Peak peak : peaks.local(cms, Outputs.of(runner, out, Kind.OFFSETS))) {
			centroids.get(peak.sample()).add(new float[] { Outputs.toImage(peak.x(), cms.stride(), centroid.inputScaling()),
					Outputs.toImage(peak.y(), cms.stride(), centroid.inputScaling()), peak.value() });
		}
		if (options.maxInstances() != null) {
			for (int n = 0; n < centroids.size(); n++) {
				List<float[]> sorted = new ArrayList<>(centroids.get(n));
				sorted.sort(Comparator.comparingDouble((float[] c) -> -c[2]));
				centroids.set(n, sorted.subList(0, Math.min(options.maxInstances(), sorted.size())));
			}
		}
		return centred(batch, centredRunners.pixels(batch), centroids);
	}

	/**
	 * Predicts instances centred on given centroids, each scored 1, as SLEAP evaluates a centred-instance model with
	 * ground-truth centroids ({@code CentroidCropGroundTruth}).
	 *
	 * @param centroids per frame, {x, y} of each centroid
	 */
	public List<List<PredictedPose>> predictAt(List<VideoFrame> frames, List<List<double[]>> centroids) {
		List<List<PredictedPose>> result = new ArrayList<>();
		for (int f = 0; f < frames.size(); f++) {
			List<float[]> given = new ArrayList<>();
			for (double[] c : centroids.get(f)) {
				given.add(new float[] { (float) c[0], (float) c[1], 1f });
			}
			List<VideoFrame> one = List.of(frames.get(f));
			result.addAll(centred(one, centredRunners.pixels(one), List.of(given)));
		}
		return result;
	}

	/** @param centroids per frame, {x, y, score} of each centroid */
	private List<List<PredictedPose>> centred(List<VideoFrame> frames, float[] pixels, List<List<float[]>> centroids) {
		int height = frames.get(0).height();
		int width = frames.get(0).width();
		int channels = centred.channels();
		int frameSize = height * width * channels;
		int cropSize = region * region * channels;
		List<int[]> owners = new ArrayList<>();
		for (int n = 0; n < centroids.size(); n++) {
			for (int i = 0; i < centroids.get(n).size(); i++) {
				owners.add(new int[] { n, i });
			}
		}
		List<List<PredictedPose>> result = new ArrayList<>();
		centroids.forEach(c -> result.add(new ArrayList<>()));
		ModelRunner runner = centredRunners.forSize(region, region);
		for (int start = 0; start < owners.size(); start += CROPS_PER_CALL) {
			List<int[]> chunk = owners.subList(start, Math.min(owners.size(), start + CROPS_PER_CALL));
			float[] crops = new float[chunk.size() * cropSize];
			float[] frame = new float[frameSize];
			for (int k = 0; k < chunk.size(); k++) {
				float[] c = centroids.get(chunk.get(k)[0]).get(chunk.get(k)[1]);
				System.arraycopy(pixels, chunk.get(k)[0] * frameSize, frame, 0, frameSize);
				ImageCrops.crop(frame, height, width, channels, c[0], c[1], region, crops, k * cropSize);
			}
			List<Maps> out = runner.run(crops, chunk.size());
			Maps cms = Outputs.of(runner, out, Kind.CONFIDENCE_MAPS);
			float[] found = peaks.global(cms, Outputs.of(runner, out, Kind.OFFSETS));
			float[] spreads = peaks.spreads(cms, Outputs.SPREAD_RADIUS);
			int nodes = cms.channels();
			for (int k = 0; k < chunk.size(); k++) {
				float[] c = centroids.get(chunk.get(k)[0]).get(chunk.get(k)[1]);
				float offsetX = c[0] - region / 2f;
				float offsetY = c[1] - region / 2f;
				float[] points = new float[2 * nodes];
				float[] scores = new float[nodes];
				for (int node = 0; node < nodes; node++) {
					int o = (k * nodes + node) * 3;
					points[2 * node] = Outputs.toImage(found[o], cms.stride(), centred.inputScaling()) + offsetX;
					points[2 * node + 1] = Outputs.toImage(found[o + 1], cms.stride(), centred.inputScaling()) + offsetY;
					scores[node] = found[o + 2];
				}
				if (!PredictedPose.allNaN(points)) {
					result.get(chunk.get(k)[0]).add(PredictedPose.of(points, scores, c[2],
							Arrays.copyOfRange(spreads, k * nodes, (k + 1) * nodes)));
				}
			}
		}
		return result;
	}

	@Override
	public void close() {
		if (centroidRunners != null) {
			centroidRunners.close();
		}
		centredRunners.close();
	}
}
