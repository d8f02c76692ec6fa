// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.importing;

import org.myrmex.model.Labels;

/** What an import brings: labelled frames, instances, nodes (of all skeletons), tracks and videos. */
public record PoseCounts(int frames, int instances, int nodes, int tracks, int videos) {

	public static PoseCounts of(Labels labels) {
		int instances = labels.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum();
		int nodes = labels.getSkeletons().stream().mapToInt(s -> s.getNodes().size()).sum();
		return new PoseCounts(labels.getLabeledFrames().size(), instances, nodes, labels.getTracks().size(),
				labels.getVideos().size());
	}

	@Override
	public String toString() {
		return plural(frames, "labelled frame") + ", " + plural(instances, "instance") + ", " + plural(nodes, "node") + ", "
				+ plural(tracks, "track") + ", " + plural(videos, "video");
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
