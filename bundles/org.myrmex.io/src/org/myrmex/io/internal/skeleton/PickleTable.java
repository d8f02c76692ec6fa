// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The jsonpickle reference table of one document. Walking the document in text order, every {@code py/object} and
 * {@code py/reduce} gets the next id (1, 2, …); a later {@code {"py/id": k}} stands for the k-th of them. Only
 * objects and reductions count: tuples, lists, dicts and {@code py/type} do not, as in SLEAP's files
 * ({@code antSkeleton.json}: Head 1, Neck 2, the body EdgeType 3).
 */
final class PickleTable {
	private final List<JsonNode> definitions = new ArrayList<>();
	private final Map<JsonNode, String> definedAt = new IdentityHashMap<>();
	private final Map<JsonNode, JsonNode> references = new IdentityHashMap<>();
	private final Map<JsonNode, Integer> referencedIds = new IdentityHashMap<>();

	private PickleTable() {
	}

	/** A {@code py/id} that names no earlier object. */
	static final class UnknownReference extends Exception {
		private static final long serialVersionUID = 1L;

		UnknownReference(String problem) {
			super(problem, null, false, false);
		}
	}

	/**
	 * Indexes a document.
	 *
	 * @param path where {@code document} sits, for messages ("" for a whole file)
	 * @throws UnknownReference naming the place of the first {@code py/id} that is not an integer or names no
	 *                          object defined before it
	 */
	static PickleTable index(JsonNode document, String path) throws UnknownReference {
		PickleTable table = new PickleTable();
		table.walk(document, path);
		return table;
	}

	private void walk(JsonNode json, String path) throws UnknownReference {
		if (json.isObject()) {
			if (json.has("py/id")) {
				resolve(json, path);
			} else if (json.has("py/object") || json.has("py/reduce")) {
				definitions.add(json);
				definedAt.put(json, path);
			} else {
				for (Map.Entry<String, JsonNode> member : json.properties()) {
					walk(member.getValue(), JsonPath.member(path, member.getKey()));
				}
			}
		} else if (json.isArray()) {
			for (int i = 0; i < json.size(); i++) {
				walk(json.get(i), JsonPath.element(path, i));
			}
		}
	}

	private void resolve(JsonNode reference, String path) throws UnknownReference {
		JsonNode id = reference.get("py/id");
		if (!id.isIntegralNumber() || !id.canConvertToInt()) {
			throw new UnknownReference(JsonPath.at(path) + "py/id " + id + " is not an integer");
		}
		int k = id.intValue();
		if (k < 1 || k > definitions.size()) {
			int defined = definitions.size();
			throw new UnknownReference(JsonPath.at(path) + "unknown py/id " + k + " ("
					+ (defined == 0 ? "no object is" : defined == 1 ? "1 object is" : defined + " objects are")
					+ " defined before it)");
		}
		references.put(reference, definitions.get(k - 1));
		referencedIds.put(reference, k);
	}

	/**
	 * @return the {@code py/object} or {@code py/reduce} that {@code json} is or refers to by {@code py/id}, or
	 *         {@code null} when it is neither
	 */
	JsonNode definition(JsonNode json) {
		JsonNode target = references.get(json);
		if (target != null) {
			return target;
		}
		return json.isObject() && (json.has("py/object") || json.has("py/reduce")) ? json : null;
	}

	/** @return where a definition sits in the document, for messages */
	String pathOf(JsonNode definition) {
		return definedAt.get(definition);
	}

	/** @return "py/id k" when {@code json} is a reference, otherwise "" */
	String describeReference(JsonNode json) {
		Integer id = referencedIds.get(json);
		return id == null ? "" : "py/id " + id;
	}
}
