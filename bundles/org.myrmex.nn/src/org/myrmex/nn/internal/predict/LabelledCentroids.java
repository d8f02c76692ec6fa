// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.nn.data.InstanceCrops;

/**
 * The centroids of the user instances of labelled frames, as SLEAP's {@code CentroidCropGroundTruth} takes them to
 * evaluate a centred-instance model: the anchor part where visible, else the midpoint of the instance's bounding box.
 */
public final class LabelledCentroids {
	private final FrameIndex index;
	private final String anchorPart;

	/** @param anchorPart the model's anchor part, or null for the bounding-box midpoint */
	public LabelledCentroids(Labels labels, String anchorPart) {
		this.index = FrameIndex.of(labels);
		this.anchorPart = anchorPart;
	}

	/** @return {x, y} of each user instance with a visible point in the frame (none when it is not labelled) */
	public List<double[]> of(Video video, int frameIndex) {
		List<double[]> centroids = new ArrayList<>();
		LabeledFrame frame = index.find(video, frameIndex).orElse(null);
		if (frame == null) {
			return centroids;
		}
		for (Instance instance : frame.getInstances()) {
			if (!(instance instanceof UserInstance)) {
				continue;
			}
			PointArray points = instance.getPoints();
			double[] xy = new double[2 * points.size()];
			for (int i = 0; i < points.size(); i++) {
				boolean visible = points.visible(i);
				xy[2 * i] = visible ? points.x(i) : Double.NaN;
				xy[2 * i + 1] = visible ? points.y(i) : Double.NaN;
			}
			double[] centroid = new InstanceCrops(anchor(instance), 1).centroid(xy);
			if (centroid != null && !Double.isNaN(centroid[0])) {
				centroids.add(centroid);
			}
		}
		return centroids;
	}

	private int anchor(Instance instance) {
		if (anchorPart == null || anchorPart.isBlank() || instance.getSkeleton() == null) {
			return -1;
		}
		List<Node> nodes = instance.getSkeleton().getNodes();
		for (int i = 0; i < nodes.size(); i++) {
			if (anchorPart.equals(nodes.get(i).getName())) {
				return i;
			}
		}
		return -1;
	}
}
