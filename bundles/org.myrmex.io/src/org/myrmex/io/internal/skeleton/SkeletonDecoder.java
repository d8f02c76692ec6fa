// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

import static org.myrmex.io.internal.skeleton.JsonText.abbreviate;
import static org.myrmex.io.internal.skeleton.JsonText.kind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.myrmex.io.LabelsFileException;
import org.myrmex.model.Edge;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns one SLEAP skeleton document (networkx {@code node_link_data} encoded by jsonpickle, optionally wrapped as a
 * template {@code {"description", "nx_graph", "preview_image"}}) into a {@link Skeleton}. Nodes are in the order of
 * {@code nodes}, then any node only links name (networkx adds those); body edges in {@code edge_insert_idx} order;
 * symmetries once per pair, in link order. Does not validate the result.
 */
public final class SkeletonDecoder {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;

	private final Path file;
	private final PickleObjects objects;
	private final Set<Node> nodeOrder = new LinkedHashSet<>();
	private final List<BodyLink> body = new ArrayList<>();
	private final List<Node[]> pairs = new ArrayList<>();

	/** A body link with its place: sorted by {@code edge_insert_idx}, ties and missing indices in link order. */
	private record BodyLink(long insertIndex, int linkIndex, Node source, Node destination) {
	}

	private SkeletonDecoder(Path file, PickleObjects objects) {
		this.file = file;
		this.objects = objects;
	}

	/**
	 * Decodes a standalone skeleton file, whose nodes are jsonpickle objects.
	 *
	 * @param file names the source in messages
	 * @throws LabelsFileException naming the place and the problem when the document is not a skeleton
	 */
	public static Skeleton standalone(JsonNode document, Path file) throws LabelsFileException {
		return decode(document, file, "", null);
	}

	/**
	 * Decodes one skeleton of a {@code .slp} file's metadata, whose node references are indices into the metadata's
	 * global node list.
	 *
	 * @param path where the skeleton sits in the metadata, e.g. "skeletons[0]", for messages
	 * @throws LabelsFileException naming the place and the problem when the document is not a skeleton
	 */
	public static Skeleton metadata(JsonNode document, List<String> globalNodeNames, String path, Path file)
			throws LabelsFileException {
		return decode(document, file, path, globalNodeNames);
	}

	private static Skeleton decode(JsonNode document, Path file, String path, List<String> globalNodeNames)
			throws LabelsFileException {
		if (!document.isObject()) {
			throw new LabelsFileException(file,
					JsonPath.at(path) + "not a SLEAP skeleton: expected a JSON object, found " + kind(document));
		}
		PickleTable table;
		try {
			table = PickleTable.index(document, path);
		} catch (PickleTable.UnknownReference e) {
			throw new LabelsFileException(file, e.getMessage());
		}
		SkeletonDecoder decoder = new SkeletonDecoder(file, new PickleObjects(file, table, globalNodeNames));
		return decoder.decodeDocument(document, path);
	}

	private Skeleton decodeDocument(JsonNode document, String path) throws LabelsFileException {
		JsonNode graph = document;
		String graphPath = path;
		if (document.has("nx_graph")) {
			graph = document.get("nx_graph");
			graphPath = JsonPath.member(path, "nx_graph");
			if (!graph.isObject()) {
				throw problem(graphPath, "not a SLEAP skeleton: expected a networkx graph object, found "
						+ kind(graph));
			}
		}
		String linksKey = !graph.has("links") && graph.has("edges") ? "edges" : "links";
		JsonNode links = list(graph, linksKey, graphPath);
		JsonNode nodes = list(graph, "nodes", graphPath);
		String nodesPath = JsonPath.member(graphPath, "nodes");
		for (int i = 0; i < nodes.size(); i++) {
			readNodeEntry(nodes.get(i), JsonPath.element(nodesPath, i));
		}
		String linksPath = JsonPath.member(graphPath, linksKey);
		for (int i = 0; i < links.size(); i++) {
			readLink(links.get(i), i, JsonPath.element(linksPath, i));
		}
		return skeleton(name(graph, graphPath));
	}

	private void readNodeEntry(JsonNode entry, String entryPath) throws LabelsFileException {
		if (!entry.isObject() || !entry.has("id")) {
			throw problem(entryPath, "expected a node entry {\"id\": …}, found " + abbreviate(entry));
		}
		nodeOrder.add(objects.node(entry.get("id"), JsonPath.member(entryPath, "id")));
	}

	private void readLink(JsonNode link, int index, String linkPath) throws LabelsFileException {
		if (!link.isObject()) {
			throw problem(linkPath, "expected a link object, found " + kind(link));
		}
		Node source = objects.node(required(link, "source", linkPath), JsonPath.member(linkPath, "source"));
		Node target = objects.node(required(link, "target", linkPath), JsonPath.member(linkPath, "target"));
		EdgeKind kind = objects.edgeKind(required(link, "type", linkPath), JsonPath.member(linkPath, "type"));
		nodeOrder.add(source);
		nodeOrder.add(target);
		if (kind == EdgeKind.BODY) {
			body.add(new BodyLink(insertIndex(link, linkPath), index, source, target));
		} else if (!hasPair(source, target)) {
			pairs.add(new Node[] { source, target });
		}
	}

	/** A symmetry pair is two links, one in each direction. */
	private boolean hasPair(Node a, Node b) {
		return pairs.stream().anyMatch(p -> p[0] == a && p[1] == b || p[0] == b && p[1] == a);
	}

	private Skeleton skeleton(String name) {
		Skeleton skeleton = FACTORY.createSkeleton();
		skeleton.setName(name);
		skeleton.getNodes().addAll(nodeOrder);
		body.sort(Comparator.comparingLong(BodyLink::insertIndex).thenComparingInt(BodyLink::linkIndex));
		for (BodyLink link : body) {
			Edge edge = FACTORY.createEdge();
			edge.setSource(link.source());
			edge.setDestination(link.destination());
			skeleton.getEdges().add(edge);
		}
		for (Node[] pair : pairs) {
			Symmetry symmetry = FACTORY.createSymmetry();
			symmetry.setFirst(pair[0]);
			symmetry.setSecond(pair[1]);
			skeleton.getSymmetries().add(symmetry);
		}
		return skeleton;
	}

	private long insertIndex(JsonNode link, String linkPath) throws LabelsFileException {
		JsonNode index = link.get("edge_insert_idx");
		if (index == null || index.isNull()) {
			return Long.MAX_VALUE;
		}
		if (!index.isIntegralNumber() || !index.canConvertToLong()) {
			throw problem(JsonPath.member(linkPath, "edge_insert_idx"),
					"expected an integer, found " + abbreviate(index));
		}
		return index.longValue();
	}

	private String name(JsonNode graph, String graphPath) throws LabelsFileException {
		JsonNode name = graph.path("graph").path("name");
		if (name.isMissingNode() || name.isNull()) {
			return null;
		}
		if (!name.isTextual()) {
			throw problem(JsonPath.member(graphPath, "graph.name"), "expected a string, found " + abbreviate(name));
		}
		return name.textValue();
	}

	private JsonNode list(JsonNode graph, String key, String graphPath) throws LabelsFileException {
		JsonNode list = graph.get(key);
		if (list == null) {
			throw problem(graphPath, "not a SLEAP skeleton: no '" + key + "' list");
		}
		if (!list.isArray()) {
			throw problem(JsonPath.member(graphPath, key), "expected a list, found " + kind(list));
		}
		return list;
	}

	private JsonNode required(JsonNode link, String key, String linkPath) throws LabelsFileException {
		JsonNode value = link.get(key);
		if (value == null || value.isNull()) {
			throw problem(linkPath, "link has no '" + key + "'");
		}
		return value;
	}

	private LabelsFileException problem(String at, String problem) {
		return new LabelsFileException(file, JsonPath.at(at) + problem);
	}
}
