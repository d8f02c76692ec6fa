// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.io.IOException;
import java.nio.file.Path;

import org.myrmex.io.AtomicFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An evaluation as JSON under SLEAP's metric names ({@code oks_voc.mAP}, {@code dist.p95}, {@code vis.precision} …, as
 * in SLEAP's {@code metrics.<split>.npz}), with the counts behind them and a {@code nodes} list of per-node figures.
 * The per-pair arrays SLEAP also keeps ({@code dist.dists}, {@code pck.pcks}, match scores) are left out. NaN (a
 * figure with nothing to measure) is written as {@code null}.
 */
public final class MetricsJson {
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private MetricsJson() {
	}

	/** Writes the JSON atomically: the file appears complete or not at all. */
	public static void write(Evaluation evaluation, Path file) throws IOException {
		byte[] bytes = MAPPER.writeValueAsBytes(tree(evaluation));
		AtomicFiles.write(file, out -> out.write(bytes));
	}

	/** @return the JSON text */
	public static String toJson(Evaluation evaluation) {
		try {
			return MAPPER.writeValueAsString(tree(evaluation));
		} catch (IOException e) {
			throw new IllegalStateException("cannot write JSON", e);
		}
	}

	static ObjectNode tree(Evaluation evaluation) {
		Metrics metrics = evaluation.metrics();
		ObjectNode root = MAPPER.createObjectNode();
		root.put("ground_truth", evaluation.truthName());
		root.put("predictions", evaluation.predictionsName());
		ArrayNode notes = root.putArray("notes");
		evaluation.notes().forEach(notes::add);
		root.put("frame_pairs", metrics.framePairs());
		root.put("instances.gt", metrics.truthInstances());
		root.put("instances.predicted", metrics.predictions());
		root.put("instances.matched", metrics.matched());
		root.put("instances.missed", metrics.missed());
		visibility(root, metrics.visibility());
		distance(root, metrics.distance());
		array(root.putArray("pck.thresholds"), metrics.pckThresholds());
		ArrayNode parts = root.putArray("pck.mPCK_parts");
		metrics.perNode().forEach(node -> number(parts, node.pck()));
		number(root, "pck.mPCK", metrics.meanPck());
		number(root, "oks.mOKS", metrics.meanOks());
		voc(root, "oks_voc", metrics.oksVoc());
		voc(root, "pck_voc", metrics.pckVoc());
		ArrayNode nodes = root.putArray("nodes");
		for (NodeMetrics node : metrics.perNode()) {
			ObjectNode object = nodes.addObject();
			object.put("name", node.node());
			distance(object, node.distance());
			number(object, "pck.mPCK", node.pck());
			visibility(object, node.visibility());
		}
		return root;
	}

	private static void visibility(ObjectNode object, VisibilityMetrics visibility) {
		object.put("vis.tp", visibility.tp());
		object.put("vis.fp", visibility.fp());
		object.put("vis.tn", visibility.tn());
		object.put("vis.fn", visibility.fn());
		number(object, "vis.precision", visibility.precision());
		number(object, "vis.recall", visibility.recall());
	}

	private static void distance(ObjectNode object, DistanceMetrics distance) {
		object.put("dist.count", distance.count());
		number(object, "dist.avg", distance.mean());
		number(object, "dist.p50", distance.p50());
		number(object, "dist.p75", distance.p75());
		number(object, "dist.p90", distance.p90());
		number(object, "dist.p95", distance.p95());
		number(object, "dist.p99", distance.p99());
	}

	private static void voc(ObjectNode object, String name, VocMetrics voc) {
		array(object.putArray(name + ".match_score_thresholds"), voc.matchScoreThresholds());
		array(object.putArray(name + ".recall_thresholds"), voc.recallThresholds());
		ArrayNode precisions = object.putArray(name + ".precisions");
		for (double[] row : voc.precisions()) {
			array(precisions.addArray(), row);
		}
		array(object.putArray(name + ".recalls"), voc.recalls());
		array(object.putArray(name + ".AP"), voc.ap());
		array(object.putArray(name + ".AR"), voc.ar());
		number(object, name + ".mAP", voc.mAP());
		number(object, name + ".mAR", voc.mAR());
	}

	private static void array(ArrayNode array, double[] values) {
		for (double value : values) {
			number(array, value);
		}
	}

	private static void number(ArrayNode array, double value) {
		if (Double.isNaN(value)) {
			array.addNull();
		} else {
			array.add(value);
		}
	}

	private static void number(ObjectNode object, String name, double value) {
		if (Double.isNaN(value)) {
			object.putNull(name);
		} else {
			object.put(name, value);
		}
	}
}
