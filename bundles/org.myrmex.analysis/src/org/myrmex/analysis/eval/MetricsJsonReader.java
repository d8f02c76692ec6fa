// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myrmex.analysis.eval.SplitMetrics.NodeDistances;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the figures of a {@code metrics.<split>.json} that {@link MetricsJson} wrote; {@code null} is NaN. */
final class MetricsJsonReader {
	private static final ObjectMapper MAPPER = new ObjectMapper();

	private MetricsJsonReader() {
	}

	static SplitMetrics read(String split, Path file) throws IOException {
		JsonNode root;
		try {
			root = MAPPER.readTree(file.toFile());
		} catch (JsonProcessingException e) {
			throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
		} catch (IOException e) {
			throw new IOException(file + " cannot be read: " + e.getMessage(), e);
		}
		if (root == null || !root.isObject() || !root.has("oks_voc.mAP")) {
			throw new IOException(file + " holds no metrics (no oks_voc.mAP)");
		}
		List<NodeDistances> nodes = new ArrayList<>();
		for (JsonNode node : root.path("nodes")) {
			nodes.add(new NodeDistances(node.path("name").asText("node " + nodes.size()), new double[0],
					distance(node)));
		}
		return new SplitMetrics(split, file, number(root, "oks_voc.mAP"), number(root, "oks_voc.mAR"),
				number(root, "pck_voc.mAP"), number(root, "dist.p50"), number(root, "dist.p90"),
				number(root, "dist.p95"), number(root, "vis.precision"), number(root, "vis.recall"), nodes);
	}

	private static DistanceMetrics distance(JsonNode node) {
		return new DistanceMetrics(node.path("dist.count").asInt(0), number(node, "dist.avg"),
				number(node, "dist.p50"), number(node, "dist.p75"), number(node, "dist.p90"),
				number(node, "dist.p95"), number(node, "dist.p99"));
	}

	private static double number(JsonNode object, String name) {
		JsonNode value = object.get(name);
		return value != null && value.isNumber() ? value.asDouble() : Double.NaN;
	}
}
