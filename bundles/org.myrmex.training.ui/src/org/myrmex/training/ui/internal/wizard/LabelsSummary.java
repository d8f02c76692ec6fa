// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import java.nio.file.Path;
import java.util.List;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Video;
import org.myrmex.ui.internal.project.MissingVideos;

/**
 * What the training wizard needs to know of the labels: the skeleton's nodes, how much is labelled, and why the
 * labels cannot train (no skeleton, no user instances, missing videos).
 *
 * @param nodes     the first skeleton's node names
 * @param frames    frames holding user instances
 * @param instances user instances
 * @param videos    videos
 * @param problem   why the labels cannot train, naming the file; null when they can
 */
record LabelsSummary(List<String> nodes, int frames, int instances, int videos, String problem) {

	/** @return the summary of labels loaded from (or saved to) {@code file} */
	static LabelsSummary of(Labels labels, Path file) {
		List<String> nodes = labels.getSkeletons().isEmpty() ? List.of()
				: labels.getSkeletons().get(0).getNodes().stream().map(Node::getName).toList();
		int frames = 0;
		int instances = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			int users = 0;
			for (Instance instance : frame.getInstances()) {
				if (!(instance instanceof PredictedInstance)) {
					users++;
				}
			}
			instances += users;
			frames += users > 0 ? 1 : 0;
		}
		String name = file.getFileName().toString();
		String problem = null;
		if (nodes.isEmpty()) {
			problem = name + " has no skeleton nodes: add nodes in the Skeleton view first";
		} else if (instances == 0) {
			problem = name + " has no user instances: label some frames first";
		} else {
			List<Video> missing = MissingVideos.of(labels, file);
			if (!missing.isEmpty()) {
				problem = name + ": video " + missing.get(0).getFilename()
						+ " cannot be found; replace it in the Videos view";
			}
		}
		return new LabelsSummary(nodes, frames, instances, labels.getVideos().size(), problem);
	}

	/** @return one line for people */
	String describe() {
		return instances + " user instances on " + frames + " frames of " + videos + " video"
				+ (videos == 1 ? "" : "s") + "; skeleton of " + nodes.size() + " nodes";
	}
}
