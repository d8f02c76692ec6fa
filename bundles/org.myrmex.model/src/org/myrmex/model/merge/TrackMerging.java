// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Track;

/**
 * Pairs each track of an input with the merged track of the same name (a missing name counts as the empty name),
 * or copies it in. An input holding several tracks of one name is a conflict
 * ({@link MergeConflict.Kind#TRACK_NAME}): merging by name would make two identities one.
 */
final class TrackMerging {
	private final MergeState state;
	private final Map<String, Track> byName = new HashMap<>();

	TrackMerging(MergeState state) {
		this.state = state;
	}

	/** @return each of {@code tracks} mapped to its merged track */
	Map<Track, Track> merge(int input, List<Track> tracks) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Track track : tracks) {
			counts.merge(name(track), 1, Integer::sum);
		}
		counts.forEach((name, count) -> {
			if (count > 1) {
				state.conflict(MergeConflict.Kind.TRACK_NAME, input, count + " tracks are named '" + name + "'");
			}
		});
		Map<Track, Track> map = new IdentityHashMap<>();
		for (Track track : tracks) {
			map.put(track, byName.computeIfAbsent(name(track), name -> {
				Track copy = LabelsFactory.eINSTANCE.createTrack();
				copy.setName(track.getName());
				copy.setSpawnedOn(track.getSpawnedOn());
				state.merged.getTracks().add(copy);
				return copy;
			}));
		}
		return map;
	}

	private static String name(Track track) {
		return track.getName() == null ? "" : track.getName();
	}
}
