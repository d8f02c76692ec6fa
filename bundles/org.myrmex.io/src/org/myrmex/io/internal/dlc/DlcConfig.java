// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.dlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myrmex.io.LabelsFileException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * What Myrmex takes from a DeepLabCut project's {@code config.yaml}: the task, whether it is multi-animal, the body
 * parts (single-animal {@code bodyparts}; multi-animal {@code multianimalbodyparts} then {@code uniquebodyparts}), the
 * individuals and the skeleton's edges.
 */
public record DlcConfig(String task, boolean multiAnimal, List<String> bodyparts, List<String> individuals,
		List<List<String>> skeleton) {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	public static DlcConfig read(Path file) throws LabelsFileException {
		JsonNode root;
		try {
			root = YAML.readTree(Files.readString(file));
		} catch (IOException e) {
			throw new LabelsFileException(file, "cannot read as YAML (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
		}
		if (root == null || !root.isObject()) {
			throw new LabelsFileException(file, "is not a DeepLabCut config.yaml (no keys)");
		}
		boolean multi = root.path("multianimalproject").asBoolean(false);
		List<String> parts = new ArrayList<>();
		if (multi) {
			parts.addAll(strings(root.path("multianimalbodyparts")));
			parts.addAll(strings(root.path("uniquebodyparts")));
		} else {
			parts.addAll(strings(root.path("bodyparts")));
		}
		if (parts.isEmpty()) {
			throw new LabelsFileException(file, "lists no body parts (" + (multi ? "multianimalbodyparts, uniquebodyparts"
					: "bodyparts") + "): not a DeepLabCut config.yaml");
		}
		List<List<String>> skeleton = new ArrayList<>();
		for (JsonNode bone : root.path("skeleton")) {
			List<String> names = strings(bone);
			for (String name : names) {
				if (!parts.contains(name)) {
					throw new LabelsFileException(file, "the skeleton names '" + name + "', which is not a body part");
				}
			}
			skeleton.add(names);
		}
		return new DlcConfig(root.path("Task").asText(""), multi, List.copyOf(parts),
				strings(root.path("individuals")), List.copyOf(skeleton));
	}

	private static List<String> strings(JsonNode list) {
		List<String> values = new ArrayList<>();
		if (list.isArray()) {
			list.forEach(value -> values.add(value.asText()));
		}
		return List.copyOf(values);
	}
}
