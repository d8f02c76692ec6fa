// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mutations of a JSON document's tree: a key removed, a value of the wrong type, a huge or negative number, NaN, a
 * deep nest of arrays, a huge string, a duplicated element; or of its text (bytes).
 */
final class JsonMutations {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String DEEP = "\"@@deep@@\"";

	private JsonMutations() {
	}

	/** A place in the tree: its container and key (object) or index (array). */
	private record Slot(JsonNode container, String key, int index) {
	}

	static ByteMutations.Mutant mutate(String json, Random random) throws java.io.IOException {
		if (random.nextInt(5) == 0) {
			return ByteMutations.mutate(json.getBytes(StandardCharsets.UTF_8), random);
		}
		JsonNode root = JSON.readTree(json);
		List<Slot> slots = new ArrayList<>();
		collect(root, slots);
		if (slots.isEmpty()) {
			return ByteMutations.mutate(json.getBytes(StandardCharsets.UTF_8), random);
		}
		Slot slot = slots.get(random.nextInt(slots.size()));
		String mutation = change(slot, random);
		String text = JSON.writeValueAsString(root);
		if (text.contains(DEEP)) {
			int depth = 2000 + random.nextInt(200_000);
			text = text.replace(DEEP, "[".repeat(depth) + "]".repeat(depth));
			mutation += " " + depth + " deep";
		} else if (text.contains("\"@@nan@@\"")) {
			text = text.replace("\"@@nan@@\"", random.nextBoolean() ? "NaN" : "Infinity");
		}
		return new ByteMutations.Mutant(text.getBytes(StandardCharsets.UTF_8), mutation + " at " + name(slot));
	}

	private static String change(Slot slot, Random random) {
		int kind = random.nextInt(12);
		if (kind == 0) {
			remove(slot);
			return "remove";
		}
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		JsonNode value = switch (kind) {
		case 1 -> nodes.textNode("fuzz");
		case 2 -> nodes.numberNode(new BigInteger("123456789012345678901234567890"));
		case 3 -> nodes.numberNode(1e308);
		case 4 -> nodes.numberNode(-1);
		case 5 -> nodes.booleanNode(true);
		case 6 -> nodes.nullNode();
		case 7 -> nodes.arrayNode();
		case 8 -> nodes.objectNode();
		case 9 -> nodes.textNode("@@deep@@");
		case 10 -> nodes.textNode("@@nan@@");
		default -> nodes.numberNode(Integer.MAX_VALUE);
		};
		put(slot, value);
		return "set " + (kind == 9 ? "deep nesting" : kind == 10 ? "NaN/Infinity" : value.toString());
	}

	private static void collect(JsonNode node, List<Slot> slots) {
		if (node instanceof ObjectNode object) {
			object.fieldNames().forEachRemaining(key -> {
				slots.add(new Slot(object, key, -1));
				collect(object.get(key), slots);
			});
		} else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				slots.add(new Slot(array, null, i));
				collect(array.get(i), slots);
			}
		}
	}

	private static void remove(Slot slot) {
		if (slot.container() instanceof ObjectNode object) {
			object.remove(slot.key());
		} else {
			((ArrayNode) slot.container()).remove(slot.index());
		}
	}

	private static void put(Slot slot, JsonNode value) {
		if (slot.container() instanceof ObjectNode object) {
			object.set(slot.key(), value);
		} else {
			((ArrayNode) slot.container()).set(slot.index(), value);
		}
	}

	private static String name(Slot slot) {
		return slot.key() != null ? "'" + slot.key() + "'" : "[" + slot.index() + "]";
	}
}
