// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;

/**
 * The training samples of a labels model, as SLEAP reads them: the user instances of the first skeleton (predicted
 * instances are not ground truth), one {@link Sample} per labelled frame that has any, points that are not visible
 * turned to NaN.
 */
public final class LabelledSamples {
	private final List<String> nodes;
	private final int[] flipPermutation;
	private final int[][] edges;
	private final List<Video> videos;
	private final List<Sample> samples;

	private LabelledSamples(List<String> nodes, int[] flipPermutation, int[][] edges, List<Video> videos,
			List<Sample> samples) {
		this.videos = videos;
		this.nodes = nodes;
		this.edges = edges;
		this.flipPermutation = flipPermutation;
		this.samples = samples;
	}

	/**
	 * Reads the samples of a labels model.
	 *
	 * @param name how to name the labels in messages, e.g. the file name
	 * @throws DataException when the labels have no skeleton or no user instance
	 */
	public static LabelledSamples of(Labels labels, String name) throws DataException {
		if (labels.getSkeletons().isEmpty()) {
			throw new DataException("labels " + name + " have no skeleton");
		}
		Skeleton skeleton = labels.getSkeletons().get(0);
		List<String> nodes = skeleton.getNodes().stream().map(Node::getName).toList();
		List<Sample> samples = new ArrayList<>();
		List<LabeledFrame> frames = labels.getLabeledFrames();
		for (int i = 0; i < frames.size(); i++) {
			LabeledFrame frame = frames.get(i);
			List<double[]> instances = new ArrayList<>();
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof UserInstance && instance.getSkeleton() == skeleton) {
					instances.add(points(instance.getPoints(), nodes.size()));
				}
			}
			if (!instances.isEmpty()) {
				samples.add(new Sample(i, labels.getVideos().indexOf(frame.getVideo()), frame.getFrameIndex(), instances));
			}
		}
		if (samples.isEmpty()) {
			throw new DataException("labels " + name + " have no user-labelled instances to train on");
		}
		int[][] edges = skeleton.getEdges().stream().map(e -> new int[] { skeleton.getNodes().indexOf(e.getSource()),
				skeleton.getNodes().indexOf(e.getDestination()) }).toArray(int[][]::new);
		return new LabelledSamples(nodes, flipPermutation(skeleton), edges, List.copyOf(labels.getVideos()),
				Collections.unmodifiableList(samples));
	}

	private static double[] points(PointArray points, int nodes) {
		double[] xy = new double[2 * nodes];
		for (int n = 0; n < nodes; n++) {
			boolean ok = n < points.size() && points.visible(n) && !Double.isNaN(points.x(n))
					&& !Double.isNaN(points.y(n));
			xy[2 * n] = ok ? points.x(n) : Double.NaN;
			xy[2 * n + 1] = ok ? points.y(n) : Double.NaN;
		}
		return xy;
	}

	private static int[] flipPermutation(Skeleton skeleton) {
		int[] permutation = new int[skeleton.getNodes().size()];
		for (int i = 0; i < permutation.length; i++) {
			permutation[i] = i;
		}
		for (Symmetry symmetry : skeleton.getSymmetries()) {
			int a = skeleton.getNodes().indexOf(symmetry.getFirst());
			int b = skeleton.getNodes().indexOf(symmetry.getSecond());
			if (a >= 0 && b >= 0) {
				permutation[a] = b;
				permutation[b] = a;
			}
		}
		return permutation;
	}

	/** @return node names in skeleton order */
	public List<String> nodes() {
		return nodes;
	}

	/** @return for each node, the node it becomes when the image is flipped (its symmetric partner, or itself) */
	public int[] flipPermutation() {
		return flipPermutation.clone();
	}

	/** @return the labels' videos; {@link Sample#video()} indexes them */
	public List<Video> videos() {
		return videos;
	}

	/** @return the skeleton's edges as {source, destination} node indices */
	public int[][] edges() {
		return Arrays.stream(edges).map(int[]::clone).toArray(int[][]::new);
	}

	/** @return the samples in labelled-frame order (unmodifiable) */
	public List<Sample> samples() {
		return samples;
	}

	/** @return the index of a node by name */
	public int nodeIndex(String node) throws DataException {
		int index = nodes.indexOf(node);
		if (index < 0) {
			throw new DataException("node \"" + node + "\" is not in the skeleton (nodes: " + String.join(", ", nodes)
					+ ")");
		}
		return index;
	}
}
