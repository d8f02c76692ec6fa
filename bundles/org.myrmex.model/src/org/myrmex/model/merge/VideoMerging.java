// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.myrmex.model.Video;
import org.myrmex.model.merge.VideoMatcher.Match;

/**
 * Pairs each video of an input with a merged one: the best match ({@link Match#SAME} before {@link Match#SIMILAR},
 * then the first) among the videos merged from earlier inputs that no other video of this input took; a video
 * without a match is copied in.
 */
final class VideoMerging {
	private final MergeState state;
	private final VideoMatcher matcher;

	VideoMerging(MergeState state, VideoMatcher matcher) {
		this.state = state;
		this.matcher = matcher;
	}

	/** @return each of {@code videos} mapped to its merged video */
	Map<Video, Video> merge(List<Video> videos) {
		List<Video> earlier = new ArrayList<>(state.merged.getVideos());
		Set<Video> taken = new HashSet<>();
		Map<Video, Video> map = new IdentityHashMap<>();
		for (Match wanted : new Match[] { Match.SAME, Match.SIMILAR }) {
			for (Video video : videos) {
				if (map.containsKey(video)) {
					continue;
				}
				for (Video candidate : earlier) {
					if (!taken.contains(candidate) && matcher.match(candidate, video) == wanted) {
						map.put(video, candidate);
						taken.add(candidate);
						break;
					}
				}
			}
		}
		for (Video video : videos) {
			if (!map.containsKey(video)) {
				Video copy = EcoreUtil.copy(video);
				state.merged.getVideos().add(copy);
				map.put(video, copy);
			}
		}
		return map;
	}
}
