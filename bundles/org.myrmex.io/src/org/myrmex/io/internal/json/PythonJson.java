// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.json;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.myrmex.io.LabelsFileException;
import org.myrmex.model.ProvenanceEntry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * JSON as Python's {@code json} module reads and writes it: {@code NaN} and {@code Infinity} accepted and written
 * bare; characters outside printable ASCII escaped as Python does (backslash, u, four lower-case hex digits, a
 * surrogate pair beyond the BMP); {@code ", "} and {@code ": "} separators on one line. Myrmex's files are then the
 * very text SLEAP writes. Used for the skeleton JSON of {@code .slp} files and for the provenance dictionary of
 * analysis HDF5 exports.
 */
public final class PythonJson {
	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
	private static final ObjectMapper MAPPER = JsonMapper.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
			.build();
	private static final ObjectWriter WRITER = MAPPER.writer(new PythonSeparators()).with(new PythonEscapes());

	private PythonJson() {
	}

	/**
	 * Parses one JSON document.
	 *
	 * @param file names the source in messages
	 * @throws LabelsFileException when the text is empty or not well-formed JSON
	 */
	public static JsonNode parse(byte[] json, Path file) throws LabelsFileException {
		try {
			return present(MAPPER.readTree(json), file);
		} catch (JsonProcessingException e) {
			throw malformed(e, file);
		} catch (java.io.IOException e) {
			throw new LabelsFileException(file, "cannot read (" + e.getMessage() + ")", e);
		}
	}

	/** Same as {@link #parse(byte[], Path)} for text. */
	public static JsonNode parse(String json, Path file) throws LabelsFileException {
		try {
			return present(MAPPER.readTree(json), file);
		} catch (JsonProcessingException e) {
			throw malformed(e, file);
		}
	}

	/** @return the document on one line, with Python's separators */
	public static String write(JsonNode json) {
		try {
			return WRITER.writeValueAsString(json);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a JSON tree could not be written", e);
		}
	}

	/**
	 * SLEAP's provenance dictionary as one JSON object, {@code {"key": value, ...}}. A value that is JSON text of a
	 * non-string (an object, array, number, {@code true}, {@code false}, {@code null}: how the labels keep
	 * non-string provenance values) is written as it is; any other value is written as a JSON string.
	 */
	public static String provenance(List<ProvenanceEntry> entries) {
		StringBuilder json = new StringBuilder("{");
		for (ProvenanceEntry entry : entries) {
			if (json.length() > 1) {
				json.append(", ");
			}
			json.append(string(entry.getKey() == null ? "" : entry.getKey()));
			json.append(": ");
			String value = entry.getValue();
			if (value == null) {
				json.append("null");
			} else if (isJsonText(value)) {
				json.append(value.strip());
			} else {
				json.append(string(value));
			}
		}
		return json.append('}').toString();
	}

	/** @return {@code value} as a JSON string with {@code ensure_ascii}, quotes included */
	public static String string(String value) {
		return write(TextNode.valueOf(value));
	}

	private static boolean isJsonText(String value) {
		String text = value.strip();
		return text.startsWith("{") && text.endsWith("}") || text.startsWith("[") && text.endsWith("]")
				|| text.equals("true") || text.equals("false") || text.equals("null")
				|| NUMBER.matcher(text).matches();
	}

	private static JsonNode present(JsonNode json, Path file) throws LabelsFileException {
		if (json == null || json.isMissingNode()) {
			throw new LabelsFileException(file, "empty file: no JSON document");
		}
		return json;
	}

	private static LabelsFileException malformed(JsonProcessingException e, Path file) {
		JsonLocation location = e.getLocation();
		String where = location == null ? ""
				: " at line " + location.getLineNr() + ", column " + location.getColumnNr();
		return new LabelsFileException(file, "malformed JSON" + where + ": " + firstLine(e.getOriginalMessage()), e);
	}

	/** Jackson's messages go on with source details: on further lines, and in a trailing "(… [Source: …])". */
	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		String line = message.lines().findFirst().orElse("").strip();
		int source = line.indexOf("[Source:");
		int cut = source < 0 ? -1 : line.lastIndexOf(" (", source);
		return cut < 0 ? line : line.substring(0, cut);
	}

	/** Python's default {@code json.dumps} separators. */
	private static final class PythonSeparators extends MinimalPrettyPrinter {
		private static final long serialVersionUID = 1L;

		@Override
		public void writeObjectFieldValueSeparator(JsonGenerator g) throws java.io.IOException {
			g.writeRaw(": ");
		}

		@Override
		public void writeObjectEntrySeparator(JsonGenerator g) throws java.io.IOException {
			g.writeRaw(", ");
		}

		@Override
		public void writeArrayValueSeparator(JsonGenerator g) throws java.io.IOException {
			g.writeRaw(", ");
		}
	}

	/** Python's {@code ensure_ascii}: every character outside space … tilde as a lower-case hex escape. */
	private static final class PythonEscapes extends CharacterEscapes {
		private static final long serialVersionUID = 1L;
		private final int[] ascii = standardAsciiEscapesForJSON();

		PythonEscapes() {
			for (int c = 0; c < 0x20; c++) {
				if (ascii[c] == ESCAPE_STANDARD) {
					ascii[c] = ESCAPE_CUSTOM;
				}
			}
			ascii[0x7f] = ESCAPE_CUSTOM;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int c) {
			return c < 0x20 || c > 0x7e ? new SerializedString(String.format("\\u%04x", c)) : null;
		}
	}
}
