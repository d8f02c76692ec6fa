// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small helpers for writing configuration sections as JSON trees, {@code null} lists as JSON {@code null}. */
final class JsonOut {
	private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

	private JsonOut() {
	}

	static ObjectNode object() {
		return FACTORY.objectNode();
	}

	static JsonNode texts(List<String> texts) {
		if (texts == null) {
			return FACTORY.nullNode();
		}
		ArrayNode array = FACTORY.arrayNode();
		texts.forEach(array::add);
		return array;
	}

	static JsonNode integers(List<Integer> integers) {
		if (integers == null) {
			return FACTORY.nullNode();
		}
		ArrayNode array = FACTORY.arrayNode();
		integers.forEach(array::add);
		return array;
	}

	static JsonNode nodes(List<JsonNode> nodes) {
		ArrayNode array = FACTORY.arrayNode();
		nodes.forEach(node -> array.add(node.deepCopy()));
		return array;
	}
}
