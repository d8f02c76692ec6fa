// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.nio.file.Path;
import java.util.List;

import org.myrmex.io.LabelsFileException;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Video;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** SLEAP's suggestion JSON: {@code {"video": "0", "frame_idx": N, "group": G}} (the video index as a string). */
public final class SuggestionJson {
	private static final ObjectMapper JSON = new ObjectMapper();

	private SuggestionJson() {
	}

	public static Suggestion fromJson(JsonNode entry, List<Video> videos, Path file, int index) throws LabelsFileException {
		JsonNode video = entry.path("video");
		int videoIndex = video.isTextual() ? parse(video.asText(), file, index) : video.asInt(-1);
		if (videoIndex < 0 || videoIndex >= videos.size()) {
			throw new LabelsFileException(file, "suggestion " + index + " names video " + video + " but the file has "
					+ videos.size() + " videos");
		}
		Suggestion suggestion = LabelsFactory.eINSTANCE.createSuggestion();
		suggestion.setVideo(videos.get(videoIndex));
		suggestion.setFrameIndex(entry.path("frame_idx").asInt());
		suggestion.setGroup(entry.path("group").asInt(0));
		return suggestion;
	}

	private static int parse(String text, Path file, int index) throws LabelsFileException {
		try {
			return Integer.parseInt(text.trim());
		} catch (NumberFormatException e) {
			throw new LabelsFileException(file, "suggestion " + index + " names video '" + text + "', not an index");
		}
	}

	public static ObjectNode toJson(Suggestion suggestion, List<Video> videos) {
		ObjectNode entry = JSON.createObjectNode();
		entry.put("video", Integer.toString(videos.indexOf(suggestion.getVideo())));
		entry.put("frame_idx", suggestion.getFrameIndex());
		entry.put("group", suggestion.getGroup());
		return entry;
	}
}
