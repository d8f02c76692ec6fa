// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myrmex.model.Track;

/**
 * SLEAP's {@code connect_single_track_breaks}: where exactly one track of the last frame that held the target
 * count is missing and exactly one new track appears, the new track is the lost one, here and in later frames.
 */
public final class TrackBreaks {
	private TrackBreaks() {
	}

	/** @param frames the tracked poses of each frame, in frame order; tracks are changed in place */
	public static void connect(List<List<Pose>> frames, int count) {
		if (frames.isEmpty()) {
			return;
		}
		Map<Track, Track> fixes = new HashMap<>();
		Set<Track> lastGood = tracks(frames.get(0));
		for (List<Pose> frame : frames) {
			Set<Track> present = tracks(frame);
			for (Pose pose : frame) {
				Track fixed = fixes.get(pose.track);
				if (fixed != null && !present.contains(fixed)) {
					pose.track = fixed;
					present = tracks(frame);
				}
			}
			Set<Track> extra = new LinkedHashSet<>(present);
			extra.removeAll(lastGood);
			Set<Track> missing = new LinkedHashSet<>(lastGood);
			missing.removeAll(present);
			if (extra.size() == 1 && missing.size() == 1) {
				Track lost = missing.iterator().next();
				for (Pose pose : frame) {
					if (extra.contains(pose.track)) {
						fixes.put(pose.track, lost);
						pose.track = lost;
						break;
					}
				}
			} else if (present.size() == count) {
				lastGood = present;
			}
		}
	}

	private static Set<Track> tracks(List<Pose> frame) {
		Set<Track> tracks = new LinkedHashSet<>();
		for (Pose pose : frame) {
			tracks.add(pose.track);
		}
		return tracks;
	}
}
