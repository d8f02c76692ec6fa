// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.io.internal.hdf5.writer.Attributes;
import org.myrmex.io.internal.hdf5.writer.StringLists;
import org.myrmex.model.Labels;
import org.myrmex.model.ProvenanceEntry;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Track;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON half of a SLEAP 1.2 file: group {@code metadata} with {@code format_id} 1.2 and {@code json} (version
 * "2.0.0", skeletons in the metadata form, the global node list, empty {@code videos}/{@code tracks}/
 * {@code suggestions} lists, empty {@code negative_anchors}, the provenance), and the datasets {@code videos_json},
 * {@code tracks_json} and {@code suggestions_json}, one JSON document per element. JSON is compact and ASCII
 * (non-ASCII characters escaped), as SLEAP writes it. Provenance values that are JSON text go back as JSON, others as
 * strings. The documents are built by {@link #of} before the file exists, so a skeleton or suggestion SLEAP cannot
 * express fails before anything is written.
 */
public final class SlpMetadataWriter {
	/** The format SLEAP 1.4.1 writes. */
	public static final double FORMAT_ID = 1.2;
	/** The labels JSON version SLEAP 1.4.1 writes. */
	public static final String VERSION = "2.0.0";

	/** Writes as Python's {@code json.dumps} escapes: non-ASCII as {@code \u00eb}, lower-case hex. */
	private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII)
			.disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private final byte[] metadata;
	private final List<byte[]> videos;
	private final List<byte[]> tracks;
	private final List<byte[]> suggestions;

	private SlpMetadataWriter(byte[] metadata, List<byte[]> videos, List<byte[]> tracks, List<byte[]> suggestions) {
		this.metadata = metadata;
		this.videos = videos;
		this.tracks = tracks;
		this.suggestions = suggestions;
	}

	/**
	 * Encodes the labels' JSON documents.
	 *
	 * @param videos the {@code videos_json} entries, one per video of the labels, in order
	 * @param file   names the file in messages
	 * @throws LabelsFileException when a skeleton cannot be encoded or a suggestion names a video not in the labels
	 */
	public static SlpMetadataWriter of(Labels labels, List<ObjectNode> videos, Path file) throws LabelsFileException {
		List<String> nodeNames = new ArrayList<>();
		ArrayNode skeletons;
		try {
			skeletons = SkeletonJson.toMetadataSkeletons(labels.getSkeletons(), nodeNames);
		} catch (IllegalArgumentException e) {
			throw new LabelsFileException(file, "cannot write the skeletons (" + e.getMessage() + ")", e);
		}
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		root.put("version", VERSION);
		root.set("skeletons", skeletons);
		root.set("nodes", SkeletonJson.toMetadataNodes(nodeNames));
		root.putArray("videos");
		root.putArray("tracks");
		root.putArray("suggestions");
		root.putObject("negative_anchors");
		root.set("provenance", provenance(labels.getProvenance()));
		List<byte[]> tracks = new ArrayList<>();
		for (Track track : labels.getTracks()) {
			tracks.add(json(TrackJson.toJson(track)));
		}
		List<byte[]> suggestions = new ArrayList<>();
		for (Suggestion suggestion : labels.getSuggestions()) {
			if (!labels.getVideos().contains(suggestion.getVideo())) {
				throw new LabelsFileException(file, "the suggestion of frame " + suggestion.getFrameIndex()
						+ " belongs to a video that is not among the labels' videos");
			}
			suggestions.add(json(SuggestionJson.toJson(suggestion, labels.getVideos())));
		}
		List<byte[]> videoBytes = new ArrayList<>();
		for (ObjectNode video : videos) {
			videoBytes.add(json(video));
		}
		return new SlpMetadataWriter(json(root), videoBytes, tracks, suggestions);
	}

	private static ObjectNode provenance(List<ProvenanceEntry> entries) {
		ObjectNode provenance = JsonNodeFactory.instance.objectNode();
		for (ProvenanceEntry entry : entries) {
			provenance.set(entry.getKey(), value(entry.getValue()));
		}
		return provenance;
	}

	/** A value that is JSON text (a number, a list, an object, true, null …) is that JSON; anything else a string. */
	private static JsonNode value(String text) {
		if (text == null) {
			return JsonNodeFactory.instance.nullNode();
		}
		try {
			JsonNode parsed = JSON.readTree(text);
			if (parsed != null && !parsed.isMissingNode()) {
				return parsed;
			}
		} catch (JsonProcessingException e) {
			// not JSON: a plain string
		}
		return JsonNodeFactory.instance.textNode(text);
	}

	/** @return a JSON document as SLEAP writes it: compact, ASCII (non-ASCII characters escaped) */
	public static byte[] json(JsonNode node) {
		try {
			return JSON.writeValueAsBytes(node);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a JSON tree did not serialise", e);
		}
	}

	/** @return the size of the metadata JSON in bytes */
	public int metadataSize() {
		return metadata.length;
	}

	/** Writes the metadata group and the three JSON list datasets into {@code file}. */
	public void write(H5File file) {
		try (Group group = file.createGroup("metadata")) {
			Attributes.putDouble(group, "format_id", FORMAT_ID);
			Attributes.putFixedString(group, "json", metadata);
		}
		StringLists.put(file, "videos_json", videos);
		StringLists.put(file, "tracks_json", tracks);
		StringLists.put(file, "suggestions_json", suggestions);
	}
}
