// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mutations that know SLEAP's jsonpickle skeletons (objects with {@code links} and {@code nodes}, wherever they are in
 * the document): edges that close a cycle or loop on one node, {@code py/id} references out of range or to nothing,
 * the nodes removed under their edges, garbage in place of a skeleton.
 */
final class SkeletonMutations {
	private static final ObjectMapper JSON = new ObjectMapper();

	private SkeletonMutations() {
	}

	static ByteMutations.Mutant mutate(String json, Random random) throws IOException {
		JsonNode root = JSON.readTree(json);
		List<ObjectNode> skeletons = new ArrayList<>();
		find(root, skeletons);
		if (skeletons.isEmpty()) {
			return JsonMutations.mutate(json, random);
		}
		ObjectNode skeleton = skeletons.get(random.nextInt(skeletons.size()));
		String mutation = change(skeleton, random);
		return new ByteMutations.Mutant(JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8),
				"skeleton: " + mutation);
	}

	private static String change(ObjectNode skeleton, Random random) {
		JsonNode links = skeleton.get("links");
		ArrayNode edges = links instanceof ArrayNode array ? array : skeleton.putArray("links");
		ObjectNode first = edges.size() > 0 && edges.get(0) instanceof ObjectNode edge ? edge : null;
		int kind = random.nextInt(6);
		if (kind == 0 && first != null) { // the reverse of an edge: a cycle of two
			ObjectNode reverse = first.deepCopy();
			reverse.set("source", first.get("target"));
			reverse.set("target", first.get("source"));
			edges.add(reverse);
			return "reverse edge (cycle)";
		}
		if (kind == 1 && first != null) {
			ObjectNode loop = first.deepCopy();
			loop.set("target", first.get("source"));
			edges.add(loop);
			return "self-loop";
		}
		if (kind == 2) {
			List<ObjectNode> ids = new ArrayList<>();
			findIds(skeleton, ids);
			if (!ids.isEmpty()) {
				long[] values = { 0, -1, 99_999, Integer.MAX_VALUE, ids.size() + 1L };
				long value = values[random.nextInt(values.length)];
				ids.get(random.nextInt(ids.size())).put("py/id", value);
				return "py/id " + value;
			}
		}
		if (kind == 3) {
			skeleton.putArray("nodes");
			return "no nodes under " + edges.size() + " edges";
		}
		if (kind == 4) {
			for (int i = 0; i < 3 && first != null; i++) { // the same edge four times (a multigraph)
				edges.add(first.deepCopy());
			}
			return "duplicated edges";
		}
		skeleton.removeAll();
		skeleton.put("links", "garbage");
		skeleton.putArray("nodes").add(42).add("x").addNull();
		return "garbage skeleton";
	}

	private static void find(JsonNode node, List<ObjectNode> skeletons) {
		if (node instanceof ObjectNode object && object.has("links") && object.has("nodes")) {
			skeletons.add(object);
		}
		node.forEach(child -> find(child, skeletons));
	}

	private static void findIds(JsonNode node, List<ObjectNode> ids) {
		if (node instanceof ObjectNode object && object.has("py/id")) {
			ids.add(object);
		}
		node.forEach(child -> findIds(child, ids));
	}
}
