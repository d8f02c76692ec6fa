// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

import static org.myrmex.io.internal.skeleton.JsonText.abbreviate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.io.LabelsFileException;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Python objects a skeleton document's links and node entries name: a {@code sleap.skeleton.Node}, written in
 * full ({@code py/object}) or as a {@code py/id}, or in {@code .slp} metadata as an index into the global node list;
 * and a {@code sleap.skeleton.EdgeType} ({@code py/reduce} or {@code py/id}). The same definition always gives the
 * same {@link Node}.
 */
final class PickleObjects {
	private final Path file;
	private final PickleTable table;
	private final List<String> globalNodeNames;
	private final Map<JsonNode, Object> decoded = new IdentityHashMap<>();
	private final Map<Integer, Node> nodesByIndex = new HashMap<>();

	/** @param globalNodeNames the metadata's node names, or {@code null} for a standalone file */
	PickleObjects(Path file, PickleTable table, List<String> globalNodeNames) {
		this.file = file;
		this.table = table;
		this.globalNodeNames = globalNodeNames;
	}

	/** @param at where {@code reference} sits, for messages */
	Node node(JsonNode reference, String at) throws LabelsFileException {
		if (reference.isIntegralNumber()) {
			return indexedNode(reference, at);
		}
		JsonNode definition = table.definition(reference);
		if (definition == null) {
			throw problem(at, "expected a node (py/object or py/id), found " + abbreviate(reference));
		}
		Object value = decoded(definition);
		if (value instanceof Node node) {
			return node;
		}
		throw problem(at, refersTo(reference) + describe(value) + ", not a node");
	}

	/** @param at where {@code reference} sits, for messages */
	EdgeKind edgeKind(JsonNode reference, String at) throws LabelsFileException {
		JsonNode definition = table.definition(reference);
		if (definition == null) {
			throw problem(at, "expected an edge type (py/reduce or py/id), found " + abbreviate(reference));
		}
		Object value = decoded(definition);
		if (value instanceof EdgeKind kind) {
			return kind;
		}
		throw problem(at, refersTo(reference) + describe(value) + ", not an edge type");
	}

	private Node indexedNode(JsonNode reference, String at) throws LabelsFileException {
		if (globalNodeNames == null) {
			throw problem(at, "node index " + reference + " found, but a standalone skeleton file names its nodes by"
					+ " py/object and py/id (indices are for .slp metadata)");
		}
		long index = reference.longValue();
		int count = globalNodeNames.size();
		if (index < 0 || index >= count) {
			throw problem(at, "node index " + reference + " is out of range (the metadata lists " + count
					+ (count == 1 ? " node)" : " nodes)"));
		}
		return nodesByIndex.computeIfAbsent((int) index, i -> newNode(globalNodeNames.get(i)));
	}

	private String refersTo(JsonNode reference) {
		String id = table.describeReference(reference);
		return id.isEmpty() ? "found " : id + " is ";
	}

	private static String describe(Object value) {
		if (value instanceof Node) {
			return "a node";
		}
		if (value instanceof EdgeKind) {
			return "an edge type";
		}
		return "a " + value;
	}

	/** @return the {@link Node}, {@link EdgeKind} or, for any other Python object, its class name */
	private Object decoded(JsonNode definition) throws LabelsFileException {
		Object value = decoded.get(definition);
		if (value == null) {
			value = definition.has("py/object") ? decodeObject(definition) : decodeReduce(definition);
			decoded.put(definition, value);
		}
		return value;
	}

	/**
	 * A node: {@code {"py/object": "sleap.skeleton.Node", "py/state": {"py/tuple": [name, weight]}}}, or the state as
	 * {@code {"name", "weight"}}; another class gives its name.
	 */
	private Object decodeObject(JsonNode definition) throws LabelsFileException {
		String type = definition.path("py/object").asText("");
		if (!type.equals("Node") && !type.endsWith(".Node")) {
			return type;
		}
		String at = table.pathOf(definition);
		JsonNode state = definition.has("py/state") ? definition.get("py/state") : definition;
		JsonNode name = state.has("py/tuple") ? state.get("py/tuple").path(0) : state.path("name");
		if (name.isMissingNode() || name.isNull()) {
			throw problem(at, "node has no name");
		}
		if (!name.isTextual()) {
			throw problem(at, "node name " + abbreviate(name) + " is not a string");
		}
		return newNode(name.textValue());
	}

	/**
	 * An edge type: {@code {"py/reduce": [{"py/type": "sleap.skeleton.EdgeType"}, {"py/tuple": [1]}]}}, possibly
	 * followed by nulls; another reduction gives its type's name.
	 */
	private Object decodeReduce(JsonNode definition) throws LabelsFileException {
		JsonNode reduce = definition.get("py/reduce");
		String type = reduce.path(0).path("py/type").asText("");
		if (!type.equals("EdgeType") && !type.endsWith(".EdgeType")) {
			return type.isEmpty() ? "py/reduce" : type;
		}
		JsonNode value = reduce.path(1).path("py/tuple").path(0);
		EdgeKind kind = value.isIntegralNumber() && value.canConvertToInt() ? EdgeKind.of(value.intValue()) : null;
		if (kind == null) {
			throw problem(table.pathOf(definition), "unknown edge type "
					+ abbreviate(value.isMissingNode() ? reduce : value) + " (1 is a body edge, 2 a symmetry)");
		}
		return kind;
	}

	private static Node newNode(String name) {
		Node node = LabelsFactory.eINSTANCE.createNode();
		node.setName(name);
		return node;
	}

	private LabelsFileException problem(String at, String problem) {
		return new LabelsFileException(file, JsonPath.at(at) + problem);
	}
}
