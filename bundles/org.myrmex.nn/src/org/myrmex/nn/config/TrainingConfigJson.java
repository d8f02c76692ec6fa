// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.myrmex.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes SLEAP's {@code training_config.json} (and {@code initial_config.json}, and the training
 * profiles, which have the same form).
 * <p>
 * Reading: keys missing from older files take SLEAP's defaults, {@code null} where SLEAP allows none takes the
 * default too, and keys Myrmex does not know are ignored. The backbone and the head are SLEAP "one-of" sections:
 * every choice is named, one is set, the others are {@code null}; an unknown choice, two choices set or a value
 * of the wrong type is a {@link TrainingConfigException} naming the file and the field. Writing: every field,
 * every one-of choice ({@code null} but the chosen one), indented by four spaces as SLEAP writes it.
 */
public final class TrainingConfigJson {
	private static final ObjectMapper MAPPER = JsonMapper.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
			.build();
	private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
			.withObjectIndenter(new DefaultIndenter("    ", "\n"))
			.withArrayIndenter(new DefaultIndenter("    ", "\n"))
			.withSeparators(Separators.createDefaultInstance()
					.withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

	private TrainingConfigJson() {
	}

	/**
	 * Reads a configuration file.
	 *
	 * @throws TrainingConfigException when the file cannot be read, is not JSON, or a field is not valid
	 */
	public static TrainingConfig read(Path file) throws TrainingConfigException {
		String source = file.toString();
		try {
			return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), source);
		} catch (NoSuchFileException e) {
			throw new TrainingConfigException(source, "", "no such file", e);
		} catch (IOException e) {
			throw new TrainingConfigException(source, "", "cannot read (" + e.getMessage() + ")", e);
		}
	}

	/**
	 * Parses a configuration.
	 *
	 * @param source names the text in messages (a file name)
	 * @throws TrainingConfigException when the text is not JSON or a field is not valid
	 */
	public static TrainingConfig parse(String json, String source) throws TrainingConfigException {
		JsonNode document;
		try {
			document = MAPPER.readTree(json);
		} catch (JsonProcessingException e) {
			JsonLocation where = e.getLocation();
			String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
			throw new TrainingConfigException(source, "", "not valid JSON" + at + ": " + e.getOriginalMessage(), e);
		}
		if (document == null || document.isMissingNode()) {
			throw new TrainingConfigException(source, "", "empty: no JSON document");
		}
		JsonSection root = JsonSection.root(document, source);
		return new TrainingConfig(DataJson.read(root.section("data")), ModelJson.read(root.section("model")),
				OptimizationJson.read(root.section("optimization")), OutputsJson.read(root.section("outputs")),
				root.text("name", ""), root.text("description", ""), root.text("sleap_version", null),
				root.text("filename", ""));
	}

	/** @return the configuration as SLEAP writes it: every field, indented by four spaces */
	public static String toJson(TrainingConfig config) {
		ObjectNode json = JsonOut.object();
		json.set("data", DataJson.write(config.data()));
		json.set("model", ModelJson.write(config.model()));
		json.set("optimization", OptimizationJson.write(config.optimization()));
		json.set("outputs", OutputsJson.write(config.outputs()));
		json.put("name", config.name());
		json.put("description", config.description());
		json.put("sleap_version", config.sleapVersion());
		json.put("filename", config.filename());
		try {
			return WRITER.writeValueAsString(json);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a JSON tree could not be written", e);
		}
	}

	/**
	 * Writes a configuration file; the file appears under its name only when complete.
	 *
	 * @throws TrainingConfigException when the file cannot be written
	 */
	public static void write(TrainingConfig config, Path file) throws TrainingConfigException {
		byte[] bytes = toJson(config).getBytes(StandardCharsets.UTF_8);
		try {
			AtomicFiles.write(file, out -> out.write(bytes));
		} catch (IOException e) {
			throw new TrainingConfigException(file.toString(), "", "cannot write (" + e.getMessage() + ")", e);
		}
	}
}
