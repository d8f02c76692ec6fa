// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.myrmex.model.Edge;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a skeleton as SLEAP 1.4.1 does: networkx {@code node_link_data} of its graph encoded by jsonpickle, keys
 * sorted. Links come in networkx order, as SLEAP's graph would list them after adding the nodes, then the body edges,
 * then each symmetry in both directions: by source node in node order, then by destination in the order the source
 * first linked to it, parallel links numbered by {@code key}. jsonpickle ids are given in text order.
 */
public final class SkeletonEncoder {
	/** The Python class jsonpickle names for a node. */
	public static final String NODE_CLASS = "sleap.skeleton.Node";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final ToIntFunction<Node> globalIndex;
	private final Map<Node, Integer> nodeIds = new IdentityHashMap<>();
	private final Map<EdgeKind, Integer> kindIds = new EnumMap<>(EdgeKind.class);
	private int lastId;

	private SkeletonEncoder(ToIntFunction<Node> globalIndex) {
		this.globalIndex = globalIndex;
	}

	/**
	 * @return the standalone form: nodes as {@code py/object} at their first appearance, {@code py/id} afterwards
	 * @throws IllegalArgumentException when an edge or symmetry names a node that is not in the skeleton
	 */
	public static ObjectNode standalone(Skeleton skeleton) {
		return new SkeletonEncoder(null).encode(skeleton);
	}

	/**
	 * @param globalIndex the index of a node in the metadata's global node list
	 * @return the {@code .slp} metadata form: nodes as those indices, so jsonpickle ids count edge types only
	 * @throws IllegalArgumentException when an edge or symmetry names a node that is not in the skeleton
	 */
	public static ObjectNode metadata(Skeleton skeleton, ToIntFunction<Node> globalIndex) {
		return new SkeletonEncoder(globalIndex).encode(skeleton);
	}

	private ObjectNode encode(Skeleton skeleton) {
		ObjectNode graph = JSON.objectNode();
		graph.put("name", skeleton.getName());
		graph.put("num_edges_inserted", skeleton.getEdges().size());
		ObjectNode document = JSON.objectNode();
		document.put("directed", true);
		document.set("graph", graph);
		document.set("links", links(skeleton));
		document.put("multigraph", true);
		ArrayNode nodes = document.putArray("nodes");
		for (Node node : skeleton.getNodes()) {
			nodes.addObject().set("id", node(node));
		}
		return document;
	}

	/** One directed link of the networkx multigraph. */
	private record Link(Node source, Node target, EdgeKind kind, int insertIndex) {
	}

	private ArrayNode links(Skeleton skeleton) {
		Map<Node, Map<Node, List<Link>>> adjacency = new LinkedHashMap<>();
		Map<Node, Boolean> own = new IdentityHashMap<>();
		for (Node node : skeleton.getNodes()) {
			own.put(node, Boolean.TRUE);
		}
		List<Link> added = new ArrayList<>();
		List<Edge> edges = skeleton.getEdges();
		for (int i = 0; i < edges.size(); i++) {
			added.add(new Link(edges.get(i).getSource(), edges.get(i).getDestination(), EdgeKind.BODY, i));
		}
		for (Symmetry symmetry : skeleton.getSymmetries()) {
			added.add(new Link(symmetry.getFirst(), symmetry.getSecond(), EdgeKind.SYMMETRY, -1));
			added.add(new Link(symmetry.getSecond(), symmetry.getFirst(), EdgeKind.SYMMETRY, -1));
		}
		Map<Node, Map<Node, List<Link>>> bySource = new IdentityHashMap<>();
		for (Link link : added) {
			for (Node node : new Node[] { link.source(), link.target() }) {
				if (node == null || !own.containsKey(node)) {
					throw new IllegalArgumentException("a " + (link.kind() == EdgeKind.BODY ? "body edge" : "symmetry")
							+ " names node '" + (node == null ? null : node.getName()) + "', which is not in skeleton '"
							+ skeleton.getName() + "'");
				}
			}
			bySource.computeIfAbsent(link.source(), n -> new LinkedHashMap<>())
					.computeIfAbsent(link.target(), n -> new ArrayList<>()).add(link);
		}
		for (Node node : skeleton.getNodes()) {
			if (bySource.containsKey(node)) {
				adjacency.put(node, bySource.get(node));
			}
		}
		ArrayNode links = JSON.arrayNode();
		for (Map<Node, List<Link>> targets : adjacency.values()) {
			for (List<Link> parallel : targets.values()) {
				for (int key = 0; key < parallel.size(); key++) {
					links.add(link(parallel.get(key), key));
				}
			}
		}
		return links;
	}

	/** Keys sorted, and appended in text order so that jsonpickle ids follow it. */
	private ObjectNode link(Link link, int key) {
		ObjectNode json = JSON.objectNode();
		if (link.kind() == EdgeKind.BODY) {
			json.put("edge_insert_idx", link.insertIndex());
		}
		json.put("key", key);
		json.set("source", node(link.source()));
		json.set("target", node(link.target()));
		json.set("type", kind(link.kind()));
		return json;
	}

	private JsonNode node(Node node) {
		if (globalIndex != null) {
			return JSON.numberNode(globalIndex.applyAsInt(node));
		}
		Integer id = nodeIds.get(node);
		if (id != null) {
			return reference(id);
		}
		nodeIds.put(node, ++lastId);
		ObjectNode json = JSON.objectNode();
		json.put("py/object", NODE_CLASS);
		ArrayNode tuple = json.putObject("py/state").putArray("py/tuple");
		tuple.add(node.getName());
		tuple.add(1.0);
		return json;
	}

	/**
	 * A repeated edge type is a {@code py/id}. In metadata form it is one only where the id equals the type's value:
	 * sleap-io reads a metadata {@code py/id} as the type itself (1 body, 2 symmetry), so where a symmetry would come
	 * first every type is written out in full, which jsonpickle reads the same.
	 */
	private JsonNode kind(EdgeKind kind) {
		Integer id = kindIds.get(kind);
		if (id != null && (globalIndex == null || id == kind.code())) {
			return reference(id);
		}
		kindIds.put(kind, ++lastId);
		ObjectNode json = JSON.objectNode();
		ArrayNode reduce = json.putArray("py/reduce");
		reduce.addObject().put("py/type", EdgeKind.PYTHON_CLASS);
		reduce.addObject().putArray("py/tuple").add(kind.code());
		return json;
	}

	private static ObjectNode reference(int id) {
		return JSON.objectNode().put("py/id", id);
	}
}
