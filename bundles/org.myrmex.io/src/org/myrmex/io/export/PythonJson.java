// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.util.List;
import java.util.regex.Pattern;

import org.myrmex.model.ProvenanceEntry;

/** Writes SLEAP's provenance dictionary as Python's {@code json.dumps} does (default separators, ASCII only). */
final class PythonJson {
	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

	private PythonJson() {
	}

	/**
	 * The entries as one JSON object, {@code {"key": value, ...}}. A value that is JSON text of a non-string
	 * (an object, array, number, {@code true}, {@code false}, {@code null}: how the labels keep non-string
	 * provenance values) is written as it is; any other value is written as a JSON string.
	 */
	static String provenance(List<ProvenanceEntry> entries) {
		StringBuilder json = new StringBuilder("{");
		for (ProvenanceEntry entry : entries) {
			if (json.length() > 1) {
				json.append(", ");
			}
			string(json, entry.getKey() == null ? "" : entry.getKey());
			json.append(": ");
			String value = entry.getValue();
			if (value == null) {
				json.append("null");
			} else if (isJsonText(value)) {
				json.append(value.strip());
			} else {
				string(json, value);
			}
		}
		return json.append('}').toString();
	}

	private static boolean isJsonText(String value) {
		String text = value.strip();
		return text.startsWith("{") && text.endsWith("}") || text.startsWith("[") && text.endsWith("]")
				|| text.equals("true") || text.equals("false") || text.equals("null")
				|| NUMBER.matcher(text).matches();
	}

	/** Appends {@code value} as a JSON string with {@code ensure_ascii}: non-ASCII as {@code \\uXXXX}. */
	static void string(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			case '\n' -> json.append("\\n");
			case '\r' -> json.append("\\r");
			case '\t' -> json.append("\\t");
			case '\b' -> json.append("\\b");
			case '\f' -> json.append("\\f");
			default -> {
				if (c < 0x20 || c > 0x7e) {
					json.append(String.format("\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		json.append('"');
	}
}
