// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.nio.file.Path;
import java.util.Locale;

import org.myrmex.io.LabelsFileException;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SLEAP's video JSON ({@code videos_json} entries, {@code {"backend": {…}}}) to and from the model. Keys Myrmex
 * does not model are kept in {@link Video#getBackendJson()} and written back unchanged.
 */
public final class VideoJson {
	private static final ObjectMapper JSON = new ObjectMapper();

	private VideoJson() {
	}

	/** Reads one {@code videos_json} entry (SLEAP's, or sleap-io's with its extra keys). */
	public static Video fromJson(JsonNode entry, Path file, int index) throws LabelsFileException {
		JsonNode backend = entry.path("backend");
		if (!backend.isObject()) {
			// sleap-io may write the keys at the top level
			backend = entry;
		}
		String filename = text(backend, "filename", text(entry, "filename", null));
		if (filename == null) {
			throw new LabelsFileException(file, "video " + index + " has no filename");
		}
		Video video = LabelsFactory.eINSTANCE.createVideo();
		video.setFilename(filename);
		video.setGrayscale(backend.path("grayscale").asBoolean(false));
		// SLEAP writes "" for no dataset / input format; the model says null
		video.setDataset(emptyToNull(text(backend, "dataset", null)));
		video.setInputFormat(emptyToNull(text(backend, "input_format", null)));
		JsonNode filenames = backend.path("filenames");
		if (filenames.isArray()) {
			for (JsonNode name : filenames) {
				video.getImageFilenames().add(name.asText());
			}
		}
		video.setBackend(backendOf(backend, filename));
		video.setWidth(backend.path("width_").asInt(0));
		video.setHeight(backend.path("height_").asInt(0));
		video.setChannels(backend.path("channels_").asInt(video.isGrayscale() ? 1 : 0));
		JsonNode shape = entry.path("shape").isArray() ? entry.path("shape") : backend.path("shape");
		if (shape.isArray() && shape.size() == 4) {
			video.setFrameCount(shape.get(0).asInt());
			video.setHeight(shape.get(1).asInt());
			video.setWidth(shape.get(2).asInt());
			video.setChannels(shape.get(3).asInt());
		}
		if (video.getBackend() == VideoBackend.IMAGE_LIST && video.getFrameCount() == 0) {
			video.setFrameCount(video.getImageFilenames().size());
		}
		video.setFps(entry.path("fps").asDouble(backend.path("fps").asDouble(0)));
		video.setBackendJson(extrasOf(backend, video.getBackend()));
		JsonNode source = entry.path("source_video");
		if (source.isObject()) {
			video.setSourceVideo(fromJson(source, file, index));
		}
		return video;
	}

	/** Backend keys the model holds; everything else is kept verbatim in {@link Video#getBackendJson()}. */
	private static final java.util.Set<String> MODELLED = java.util.Set.of("filename", "grayscale", "dataset", "input_format",
			"filenames", "height_", "width_", "channels_", "type", "shape", "fps");

	/** @return the backend keys the model does not hold, minus the defaults {@link #toJson} writes; null if none */
	private static String extrasOf(JsonNode backend, VideoBackend kind) {
		ObjectNode extras = JSON.createObjectNode();
		backend.fields().forEachRemaining(field -> {
			if (!MODELLED.contains(field.getKey())) {
				extras.set(field.getKey(), field.getValue());
			}
		});
		if (kind == VideoBackend.MEDIA && extras.path("bgr").asBoolean(false)) {
			extras.remove("bgr");
		}
		if (kind == VideoBackend.HDF5 && extras.path("convert_range").asBoolean(false)) {
			extras.remove("convert_range");
		}
		if (kind == VideoBackend.EMBEDDED && extras.has("convert_range") && !extras.path("convert_range").asBoolean(true)) {
			extras.remove("convert_range");
		}
		return extras.isEmpty() ? null : extras.toString();
	}

	private static VideoBackend backendOf(JsonNode backend, String filename) {
		String type = backend.path("type").asText("");
		if (backend.path("filenames").isArray() || type.equals("ImageVideo")) {
			return VideoBackend.IMAGE_LIST;
		}
		String dataset = backend.path("dataset").isTextual() ? backend.path("dataset").asText() : "";
		if (dataset.matches("/?video\\d+/video") || type.equals("EmbeddedVideo")) {
			return VideoBackend.EMBEDDED;
		}
		String lower = filename.toLowerCase(Locale.ROOT);
		if (!dataset.isEmpty() || lower.endsWith(".h5") || lower.endsWith(".hdf5") || lower.endsWith(".slp")) {
			return VideoBackend.HDF5;
		}
		return VideoBackend.MEDIA;
	}

	/**
	 * Writes a video as SLEAP 1.4 does, {@code {"backend": {…}}}, plus sleap-io's {@code shape} and {@code fps} when
	 * known (SLEAP ignores keys beside {@code backend}).
	 */
	public static ObjectNode toJson(Video video) {
		ObjectNode backend = original(video);
		backend.put("filename", video.getFilename());
		switch (video.getBackend()) {
		case IMAGE_LIST -> {
			ArrayNode names = backend.putArray("filenames");
			video.getImageFilenames().forEach(names::add);
			backend.put("height_", video.getHeight());
			backend.put("width_", video.getWidth());
			backend.put("channels_", video.getChannels());
			backend.put("grayscale", video.isGrayscale());
		}
		case HDF5 -> {
			backend.put("dataset", nonNull(video.getDataset()));
			backend.put("input_format", nonNull(video.getInputFormat()));
			if (!backend.has("convert_range")) {
				backend.put("convert_range", true);
			}
		}
		case EMBEDDED -> {
			backend.put("dataset", nonNull(video.getDataset()));
			backend.put("input_format", video.getInputFormat() == null || video.getInputFormat().isEmpty() ? "channels_last"
					: video.getInputFormat());
			if (!backend.has("convert_range")) {
				backend.put("convert_range", false);
			}
		}
		default -> {
			backend.put("grayscale", video.isGrayscale());
			if (!backend.has("bgr")) {
				backend.put("bgr", true);
			}
			backend.put("dataset", nonNull(video.getDataset()));
			backend.put("input_format", nonNull(video.getInputFormat()));
		}
		}
		ObjectNode entry = JSON.createObjectNode();
		entry.set("backend", backend);
		// sleap-io's top-level keys: SLEAP ignores them, sleap-io and Myrmex read the video's size from them
		if (video.getFrameCount() > 0 && video.getHeight() > 0 && video.getWidth() > 0 && video.getChannels() > 0) {
			entry.putArray("shape").add(video.getFrameCount()).add(video.getHeight()).add(video.getWidth()).add(video.getChannels());
		}
		if (video.getFps() > 0) {
			entry.put("fps", video.getFps());
		}
		return entry;
	}

	private static ObjectNode original(Video video) {
		if (video.getBackendJson() != null) {
			try {
				JsonNode node = JSON.readTree(video.getBackendJson());
				if (node.isObject()) {
					return (ObjectNode) node;
				}
			} catch (JsonProcessingException e) {
				// not JSON after all: write the modelled keys only
			}
		}
		return JSON.createObjectNode();
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

	private static String text(JsonNode node, String key, String fallback) {
		JsonNode value = node.path(key);
		return value.isTextual() ? value.asText() : fallback;
	}
}
