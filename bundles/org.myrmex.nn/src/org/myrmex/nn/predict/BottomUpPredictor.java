// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.internal.predict.EdgeOrder;
import org.myrmex.nn.internal.predict.InstanceAssembly;
import org.myrmex.nn.internal.predict.InstanceAssembly.Assembled;
import org.myrmex.nn.internal.predict.Maps;
import org.myrmex.nn.internal.predict.ModelRunner;
import org.myrmex.nn.internal.predict.Outputs;
import org.myrmex.nn.internal.predict.PafScores;
import org.myrmex.nn.internal.predict.Peaks;
import org.myrmex.nn.internal.predict.Peaks.Peak;
import org.myrmex.nn.internal.predict.Runners;
import org.myrmex.nn.network.HeadOutput.Kind;
import org.myrmex.video.VideoFrame;

/**
 * SLEAP's bottom-up inference ({@code BottomUpInferenceLayer} + {@code PAFScorer}): the whole frame (scaled, padded
 * to the max stride) through the network; local peaks of every node's confidence map (refined by the offset head or
 * integral regression); candidate connections scored along the part affinity fields, matched per edge by the
 * Hungarian method and assembled into instances from the skeleton's root; with {@code maxInstances}, the instances
 * with the highest scores are kept.
 */
public final class BottomUpPredictor implements PosePredictor {
	private final PoseModel model;
	private final PredictionOptions options;
	private final Runners runners;
	private final Peaks peaks;
	private final List<int[]> edges = new ArrayList<>();
	private final List<Integer> order;
	private final PafScores scores;
	private final InstanceAssembly assembly;

	/**
	 * @param model a multi-instance (confidence maps + part affinity fields) model
	 * @throws ModelException naming the model when it is of another kind or an edge names an unknown node
	 */
	public BottomUpPredictor(PoseModel model, PredictionOptions options) throws ModelException {
		if (!(model.head() instanceof HeadConfig.MultiInstance head)) {
			throw new ModelException(model.folder(), "is a " + model.head().key() + " model, not a multi_instance model");
		}
		this.model = model;
		this.options = options;
		List<String> nodes = model.partNames();
		List<HeadConfig.Edge> named = head.pafs().edges() != null ? head.pafs().edges() : model.skeleton().edges();
		for (HeadConfig.Edge edge : named) {
			int source = nodes.indexOf(edge.source());
			int destination = nodes.indexOf(edge.destination());
			if (source < 0 || destination < 0) {
				throw new ModelException(model.folder(), "edge " + edge.source() + " → " + edge.destination()
						+ " names a node that is not among the model's parts " + nodes);
			}
			edges.add(new int[] { source, destination });
		}
		this.order = EdgeOrder.of(edges);
		this.runners = new Runners(model, model.inputScaling(), model.maxStride(), options.device().sessionConfig());
		this.peaks = Outputs.peaks(options);
		this.scores = new PafScores(options.pafLinePoints(), options.maxEdgeLengthRatio(), options.distPenaltyWeight());
		this.assembly = new InstanceAssembly(options.minLineScores());
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
		Maps pafs = Outputs.of(runner, out, Kind.PART_AFFINITY_FIELDS);
		List<List<List<Peak>>> byFrame = new ArrayList<>();
		for (int n = 0; n < batch.size(); n++) {
			List<List<Peak>> byNode = new ArrayList<>();
			for (int c = 0; c < cms.channels(); c++) {
				byNode.add(new ArrayList<>());
			}
			byFrame.add(byNode);
		}
		float stride = cms.stride();
		for (Peak p : peaks.local(cms, Outputs.of(runner, out, Kind.OFFSETS))) {
			byFrame.get(p.sample()).get(p.channel())
					.add(new Peak(p.sample(), p.channel(), p.x() * stride, p.y() * stride, p.value()));
		}
		List<List<PredictedPose>> result = new ArrayList<>();
		for (int n = 0; n < batch.size(); n++) {
			List<List<Peak>> byNode = byFrame.get(n);
			List<Assembled> instances = assembly.assemble(byNode, edges, order, scores.match(pafs, n, byNode, edges));
			List<PredictedPose> poses = new ArrayList<>();
			for (Assembled instance : instances) {
				float[] points = instance.points().clone();
				for (int i = 0; i < points.length; i++) {
					points[i] = Outputs.unscale(points[i], model.inputScaling());
				}
				if (!PredictedPose.allNaN(points)) {
					poses.add(PredictedPose.of(points, instance.scores(), instance.score()));
				}
			}
			if (options.maxInstances() != null) {
				poses.sort(Comparator.comparingDouble(p -> -p.score()));
				poses = new ArrayList<>(poses.subList(0, Math.min(options.maxInstances(), poses.size())));
			}
			result.add(poses);
		}
		return result;
	}

	@Override
	public void close() {
		runners.close();
	}
}
