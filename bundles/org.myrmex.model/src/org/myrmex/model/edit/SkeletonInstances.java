// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;

/**
 * The instances of a project that use a skeleton, found by one pass over its labelled frames: what a skeleton
 * edit must change, and what a view asks before deleting a node.
 */
public final class SkeletonInstances {
	private SkeletonInstances() {
	}

	/**
	 * Every instance of {@code labels} whose skeleton is {@code skeleton} and that has points, in project order.
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code skeleton} is not one of the project's
	 *                                  skeletons, or an instance's point count differs from the skeleton's node
	 *                                  count (naming the frame)
	 */
	public static List<Instance> of(Labels labels, Skeleton skeleton) {
		if (labels == null) {
			throw new IllegalArgumentException("labels must not be null");
		}
		if (skeleton == null || skeleton.eContainer() != labels) {
			throw new IllegalArgumentException("skeleton is not one of the project's skeletons: "
					+ (skeleton == null ? null : skeleton.getName()));
		}
		int nodes = skeleton.getNodes().size();
		List<Instance> instances = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				PointArray points = instance.getPoints();
				if (instance.getSkeleton() != skeleton || points == null) {
					continue;
				}
				if (points.size() != nodes) {
					throw new IllegalArgumentException("an instance on frame " + frame.getFrameIndex() + " of "
							+ (frame.getVideo() == null ? null : frame.getVideo().getFilename()) + " has "
							+ points.size() + " points but skeleton " + skeleton.getName() + " has " + nodes
							+ " nodes");
				}
				instances.add(instance);
			}
		}
		return instances;
	}

	/**
	 * The number of instances of {@code labels} in which {@code node} is placed (has coordinates), e.g. to ask
	 * "delete node with N labelled points?" before {@link SkeletonCommands#deleteNode}.
	 *
	 * @throws IllegalArgumentException as {@link #of(Labels, Skeleton)}, or if {@code node} is not in a skeleton
	 */
	public static int placedCount(Labels labels, Node node) {
		Skeleton skeleton = skeletonOf(node);
		int index = skeleton.getNodes().indexOf(node);
		int count = 0;
		for (Instance instance : of(labels, skeleton)) {
			if (instance.getPoints().isPlaced(index)) {
				count++;
			}
		}
		return count;
	}

	static Skeleton skeletonOf(Node node) {
		if (node == null) {
			throw new IllegalArgumentException("node must not be null");
		}
		if (!(node.eContainer() instanceof Skeleton skeleton)) {
			throw new IllegalArgumentException("node " + node.getName() + " is not in a skeleton");
		}
		return skeleton;
	}
}
