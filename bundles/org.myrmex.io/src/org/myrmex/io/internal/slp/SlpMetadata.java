// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.ProvenanceEntry;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Track;
import org.myrmex.model.Video;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code metadata/json} document of a {@code .slp} file and the JSON lists stored beside it
 * ({@code videos_json}, {@code tracks_json}, {@code suggestions_json}); older files keep those lists in the
 * metadata itself.
 */
public final class SlpMetadata {
	private static final ObjectMapper JSON = new ObjectMapper();

	private final Path file;
	private final JsonNode root;

	private SlpMetadata(Path file, JsonNode root) {
		this.file = file;
		this.root = root;
	}

	public static SlpMetadata parse(String json, Path file) throws LabelsFileException {
		JsonNode root = tree(json, file, "the metadata");
		if (!root.isObject()) {
			throw new LabelsFileException(file, "the metadata is not a JSON object");
		}
		return new SlpMetadata(file, root);
	}

	/** @return the document (for readers of formats that keep everything in one JSON document) */
	public JsonNode root() {
		return root;
	}

	static JsonNode tree(String json, Path file, String what) throws LabelsFileException {
		try {
			return JSON.readTree(json);
		} catch (JsonProcessingException e) {
			throw new LabelsFileException(file, what + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
		}
	}

	/** @return the global node names the skeletons refer to by index */
	public List<String> nodeNames() throws LabelsFileException {
		List<String> names = new ArrayList<>();
		JsonNode nodes = root.path("nodes");
		if (!nodes.isArray()) {
			throw new LabelsFileException(file, "the metadata has no 'nodes' list");
		}
		for (JsonNode node : nodes) {
			JsonNode name = node.isObject() ? node.path("name") : node;
			if (!name.isTextual()) {
				throw new LabelsFileException(file, "a node in the metadata has no name: " + node);
			}
			names.add(name.asText());
		}
		return names;
	}

	public List<Skeleton> skeletons() throws LabelsFileException {
		JsonNode skeletons = root.path("skeletons");
		if (!skeletons.isArray()) {
			throw new LabelsFileException(file, "the metadata has no 'skeletons' list");
		}
		return SkeletonJson.parseMetadataSkeletons(skeletons, nodeNames(), file);
	}

	/** @param stored the {@code videos_json} entries; the metadata's own list when there are none */
	public List<Video> videos(List<String> stored) throws LabelsFileException {
		List<JsonNode> entries = entries(stored, "videos", "videos_json");
		List<Video> videos = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			videos.add(VideoJson.fromJson(entries.get(i), file, i));
		}
		return videos;
	}

	public List<Track> tracks(List<String> stored) throws LabelsFileException {
		List<JsonNode> entries = entries(stored, "tracks", "tracks_json");
		List<Track> tracks = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			tracks.add(TrackJson.fromJson(entries.get(i), file, i));
		}
		return tracks;
	}

	public List<Suggestion> suggestions(List<String> stored, List<Video> videos) throws LabelsFileException {
		List<JsonNode> entries = entries(stored, "suggestions", "suggestions_json");
		List<Suggestion> suggestions = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			suggestions.add(SuggestionJson.fromJson(entries.get(i), videos, file, i));
		}
		return suggestions;
	}

	/** @return the metadata's provenance; values that are not strings are kept as JSON text */
	public List<ProvenanceEntry> provenance() {
		List<ProvenanceEntry> entries = new ArrayList<>();
		JsonNode provenance = root.path("provenance");
		for (Iterator<Map.Entry<String, JsonNode>> it = provenance.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			ProvenanceEntry entry = LabelsFactory.eINSTANCE.createProvenanceEntry();
			entry.setKey(field.getKey());
			entry.setValue(field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString());
			entries.add(entry);
		}
		return entries;
	}

	/** Reads a single video JSON document, e.g. an embedded video's {@code source_video}. */
	public static Video videoOf(String json, Path file) throws LabelsFileException {
		return VideoJson.fromJson(tree(json, file, "a source video"), file, 0);
	}

	private List<JsonNode> entries(List<String> stored, String key, String dataset) throws LabelsFileException {
		List<JsonNode> entries = new ArrayList<>();
		if (!stored.isEmpty()) {
			for (int i = 0; i < stored.size(); i++) {
				entries.add(tree(stored.get(i), file, dataset + "[" + i + "]"));
			}
			return entries;
		}
		root.path(key).forEach(entries::add);
		return entries;
	}
}
