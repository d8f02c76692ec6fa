// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.nio.file.Path;

import org.myrmex.io.LabelsFileException;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Track;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** SLEAP's track JSON ({@code tracks_json} entries): {@code [spawned_on, name]}. */
public final class TrackJson {
	private static final ObjectMapper JSON = new ObjectMapper();

	private TrackJson() {
	}

	public static Track fromJson(JsonNode entry, Path file, int index) throws LabelsFileException {
		if (!entry.isArray() || entry.size() < 2) {
			throw new LabelsFileException(file, "track " + index + " is not [spawned_on, name]: " + entry);
		}
		Track track = LabelsFactory.eINSTANCE.createTrack();
		track.setSpawnedOn(entry.get(0).asInt(0));
		track.setName(entry.get(1).asText());
		return track;
	}

	public static ArrayNode toJson(Track track) {
		ArrayNode entry = JSON.createArrayNode();
		entry.add(track.getSpawnedOn());
		entry.add(track.getName() == null ? "" : track.getName());
		return entry;
	}
}
