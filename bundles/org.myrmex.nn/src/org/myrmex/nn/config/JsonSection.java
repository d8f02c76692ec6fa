// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One JSON object of a configuration being read, with typed getters that fall back to a default where the key is
 * missing or {@code null} and fail with a {@link TrainingConfigException} naming the source and the field's dotted
 * path where the value has the wrong type. Keys nobody asks for are ignored.
 */
final class JsonSection {
	private final JsonNode node;
	private final String path;
	private final String source;

	private JsonSection(JsonNode node, String path, String source) {
		this.node = node;
		this.path = path;
		this.source = source;
	}

	/** @return the document's top-level object */
	static JsonSection root(JsonNode document, String source) throws TrainingConfigException {
		if (!document.isObject()) {
			throw new TrainingConfigException(source, "", "expected a JSON object, found " + describe(document));
		}
		return new JsonSection(document, "", source);
	}

	/** @return the object under {@code key}; an empty section (all defaults) where it is missing or null */
	JsonSection section(String key) throws TrainingConfigException {
		JsonNode value = value(key);
		if (value.isMissingNode() || value.isObject()) {
			return new JsonSection(value, field(key), source);
		}
		throw error(key, "expected an object, found " + describe(value));
	}

	/** @return whether {@code key} is present with a value other than {@code null} */
	boolean has(String key) {
		return !value(key).isMissingNode();
	}

	/** @return the keys present with a value other than {@code null}, in file order */
	List<String> presentKeys() {
		List<String> keys = new ArrayList<>();
		node.fieldNames().forEachRemaining(key -> {
			if (has(key)) {
				keys.add(key);
			}
		});
		return keys;
	}

	boolean bool(String key, boolean fallback) throws TrainingConfigException {
		JsonNode value = value(key);
		if (value.isMissingNode()) {
			return fallback;
		}
		if (!value.isBoolean()) {
			throw error(key, "expected true or false, found " + describe(value));
		}
		return value.booleanValue();
	}

	int integer(String key, int fallback) throws TrainingConfigException {
		Integer value = optInteger(key);
		return value == null ? fallback : value;
	}

	Integer optInteger(String key) throws TrainingConfigException {
		JsonNode value = value(key);
		if (value.isMissingNode()) {
			return null;
		}
		return integerOf(value, key);
	}

	double number(String key, double fallback) throws TrainingConfigException {
		JsonNode value = value(key);
		if (value.isMissingNode()) {
			return fallback;
		}
		if (!value.isNumber()) {
			throw error(key, "expected a number, found " + describe(value));
		}
		return value.doubleValue();
	}

	String text(String key, String fallback) throws TrainingConfigException {
		JsonNode value = value(key);
		if (value.isMissingNode()) {
			return fallback;
		}
		if (!value.isTextual()) {
			throw error(key, "expected a string, found " + describe(value));
		}
		return value.textValue();
	}

	/** @return the strings under {@code key}, or {@code fallback} where it is missing or null */
	List<String> texts(String key, List<String> fallback) throws TrainingConfigException {
		JsonNode value = array(key);
		if (value == null) {
			return fallback;
		}
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			if (!value.get(i).isTextual()) {
				throw error(key + "[" + i + "]", "expected a string, found " + describe(value.get(i)));
			}
			texts.add(value.get(i).textValue());
		}
		return texts;
	}

	/** @return the integers under {@code key}, or {@code null} where it is missing or null */
	List<Integer> integers(String key) throws TrainingConfigException {
		JsonNode value = array(key);
		if (value == null) {
			return null;
		}
		List<Integer> integers = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			integers.add(integerOf(value.get(i), key + "[" + i + "]"));
		}
		return integers;
	}

	/** @return the elements under {@code key} as read, or {@code null} where it is missing or null */
	List<JsonNode> elements(String key) throws TrainingConfigException {
		JsonNode value = array(key);
		if (value == null) {
			return null;
		}
		List<JsonNode> elements = new ArrayList<>();
		value.elements().forEachRemaining(elements::add);
		return elements;
	}

	/** @return an error about {@code key} of this section */
	TrainingConfigException error(String key, String problem) {
		return new TrainingConfigException(source, field(key), problem);
	}

	/** @return an error about this section as a whole */
	TrainingConfigException error(String problem) {
		return new TrainingConfigException(source, path, problem);
	}

	/** @return the dotted path of {@code key} in this section */
	String field(String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	private JsonNode array(String key) throws TrainingConfigException {
		JsonNode value = value(key);
		if (value.isMissingNode()) {
			return null;
		}
		if (!value.isArray()) {
			throw error(key, "expected a list, found " + describe(value));
		}
		return value;
	}

	private int integerOf(JsonNode value, String key) throws TrainingConfigException {
		if (value.isIntegralNumber() && value.canConvertToInt()) {
			return value.intValue();
		}
		if (value.isFloatingPointNumber() && value.doubleValue() == Math.rint(value.doubleValue())
				&& Math.abs(value.doubleValue()) <= Integer.MAX_VALUE) {
			return (int) value.doubleValue();
		}
		throw error(key, "expected an integer, found " + describe(value));
	}

	private JsonNode value(String key) {
		JsonNode value = node.path(key);
		return value.isNull() ? MissingNode.getInstance() : value;
	}

	private static String describe(JsonNode value) {
		String text = value.toString();
		return text.length() > 60 ? text.substring(0, 57) + "..." : text;
	}
}
