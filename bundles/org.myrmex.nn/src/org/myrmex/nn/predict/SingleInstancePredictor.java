// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.myrmex.nn.internal.predict.Maps;
import org.myrmex.nn.internal.predict.ModelRunner;
import org.myrmex.nn.internal.predict.Outputs;
import org.myrmex.nn.internal.predict.Peaks;
import org.myrmex.nn.internal.predict.Runners;
import org.myrmex.nn.network.HeadOutput.Kind;
import org.myrmex.video.VideoFrame;

/**
 * SLEAP's single-instance inference ({@code SingleInstanceInferenceLayer}): the whole frame, scaled by the input
 * scaling and padded to the max stride, through the network; one global peak per node (refined by the offset head or
 * integral regression); the instance score is the sum of the point scores; a frame where no node is found has no
 * instance.
 */
public final class SingleInstancePredictor implements PosePredictor {
	private final PoseModel model;
	private final PredictionOptions options;
	private final Runners runners;
	private final Peaks peaks;

	/** @param model a single-instance model */
	public SingleInstancePredictor(PoseModel model, PredictionOptions options) {
		this.model = model;
		this.options = options;
		this.runners = new Runners(model, model.inputScaling(), model.maxStride(), options.device().sessionConfig());
		this.peaks = Outputs.peaks(options);
	}

	@Override
	public List<String> nodeNames() {
		return model.partNames();
	}

	@Override
	public List<List<PredictedPose>> predict(List<VideoFrame> frames) {
		return Batches.predict(frames, options.batchSize(), this::predictBatch);
	}

	private List<List<PredictedPose>> predictBatch(List<VideoFrame> batch) {
		ModelRunner runner = runners.forSize(batch.get(0).height(), batch.get(0).width());
		List<Maps> out = runner.run(runners.pixels(batch), batch.size());
		Maps cms = Outputs.of(runner, out, Kind.CONFIDENCE_MAPS);
		float[] found = peaks.global(cms, Outputs.of(runner, out, Kind.OFFSETS));
		float[] spreads = peaks.spreads(cms, Outputs.SPREAD_RADIUS);
		int nodes = cms.channels();
		List<List<PredictedPose>> result = new ArrayList<>();
		for (int n = 0; n < batch.size(); n++) {
			float[] points = new float[2 * nodes];
			float[] scores = new float[nodes];
			float total = 0;
			for (int c = 0; c < nodes; c++) {
				int o = (n * nodes + c) * 3;
				points[2 * c] = Outputs.toImage(found[o], cms.stride(), model.inputScaling());
				points[2 * c + 1] = Outputs.toImage(found[o + 1], cms.stride(), model.inputScaling());
				scores[c] = found[o + 2];
				total += Float.isNaN(scores[c]) ? 0 : scores[c];
			}
			result.add(PredictedPose.allNaN(points) ? List.of() : List.of(PredictedPose.of(points, scores, total,
					Arrays.copyOfRange(spreads, n * nodes, (n + 1) * nodes))));
		}
		return result;
	}

	@Override
	public void close() {
		runners.close();
	}
}
