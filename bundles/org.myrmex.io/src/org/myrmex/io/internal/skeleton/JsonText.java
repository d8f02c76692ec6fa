// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Shows JSON values in error messages. */
final class JsonText {
	private JsonText() {
	}

	/** @return "a list", "an object", "a string", "a number", "a boolean" or "null" */
	static String kind(JsonNode json) {
		return switch (json.getNodeType()) {
		case ARRAY -> "a list";
		case OBJECT -> "an object";
		case STRING -> "a string";
		case NUMBER -> "a number";
		case BOOLEAN -> "a boolean";
		case NULL -> "null";
		default -> json.getNodeType().toString().toLowerCase(Locale.ROOT);
		};
	}

	/** @return the JSON text, cut to 60 characters */
	static String abbreviate(JsonNode json) {
		String text = json.toString();
		return text.length() <= 60 ? text : text.substring(0, 57) + "…";
	}
}
