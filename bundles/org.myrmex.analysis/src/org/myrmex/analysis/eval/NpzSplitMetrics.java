// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.myrmex.analysis.eval.MetricsNpzReader.NpArray;
import org.myrmex.analysis.eval.SplitMetrics.NodeDistances;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.Node;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The figures of SLEAP's {@code metrics.<split>.npz}: the scalars by SLEAP's names, and per node the distances of
 * {@code dist.dists} (one row per matched pair, one column per node), named by the skeleton of the run's
 * {@code training_config.json} when it has one.
 */
final class NpzSplitMetrics {
	private static final List<String> KEYS = List.of("oks_voc.mAP", "oks_voc.mAR", "pck_voc.mAP", "dist.p50",
			"dist.p90", "dist.p95", "vis.precision", "vis.recall");

	private NpzSplitMetrics() {
	}

	static SplitMetrics read(String split, Path file) throws IOException {
		Map<String, NpArray> npz = MetricsNpzReader.read(file);
		if (KEYS.stream().noneMatch(npz::containsKey)) {
			throw new IOException(file + " holds none of SLEAP's metrics (" + String.join(", ", KEYS) + ")");
		}
		double[] values = new double[KEYS.size()];
		for (int i = 0; i < values.length; i++) {
			NpArray array = npz.get(KEYS.get(i));
			values[i] = array == null || array.values().length != 1 ? Double.NaN : array.values()[0];
		}
		return new SplitMetrics(split, file, values[0], values[1], values[2], values[3], values[4], values[5],
				values[6], values[7], nodes(npz.get("dist.dists"), file.getParent()));
	}

	private static List<NodeDistances> nodes(NpArray dists, Path runFolder) {
		List<NodeDistances> nodes = new ArrayList<>();
		if (dists == null || dists.shape().length != 2) {
			return nodes;
		}
		int rows = dists.shape()[0];
		int columns = dists.shape()[1];
		List<String> names = nodeNames(runFolder);
		for (int column = 0; column < columns; column++) {
			double[] all = new double[rows];
			for (int row = 0; row < rows; row++) {
				all[row] = dists.values()[row * columns + column];
			}
			double[] measured = Arrays.stream(all).filter(d -> !Double.isNaN(d)).toArray();
			String name = names.size() == columns ? names.get(column) : "node " + column;
			nodes.add(new NodeDistances(name, measured, DistanceMetrics.of(all)));
		}
		return nodes;
	}

	/** @return the node names of the run's skeleton, empty when they cannot be read */
	private static List<String> nodeNames(Path runFolder) {
		Path config = runFolder == null ? null : runFolder.resolve("training_config.json");
		if (config == null || !Files.isRegularFile(config)) {
			return List.of();
		}
		try {
			JsonNode skeleton = new ObjectMapper().configure(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS, true).readTree(config.toFile()).path("data").path("labels")
					.path("skeletons").path(0);
			if (skeleton.isMissingNode()) {
				return List.of();
			}
			return SkeletonJson.parse(skeleton, config).getNodes().stream().map(Node::getName).toList();
		} catch (Exception e) { // names are a nicety: the distances show under their numbers
			return List.of();
		}
	}
}
