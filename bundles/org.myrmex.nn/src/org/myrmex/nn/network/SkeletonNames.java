// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.network;

import java.util.List;

import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.nn.config.HeadConfig.Edge;

/**
 * The skeleton's node names and edges, used by heads whose configuration leaves {@code part_names} or
 * {@code edges} {@code null} ("all of the skeleton").
 *
 * @param nodes node names in skeleton order
 * @param edges directed edges in skeleton order
 */
public record SkeletonNames(List<String> nodes, List<Edge> edges) {

	/** No skeleton: every head must name its parts and edges itself. */
	public static final SkeletonNames NONE = new SkeletonNames(List.of(), List.of());

	/** Copies the lists. */
	public SkeletonNames {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** @return the node names and body edges of a skeleton of the labels model */
	public static SkeletonNames of(Skeleton skeleton) {
		return new SkeletonNames(skeleton.getNodes().stream().map(Node::getName).toList(), skeleton.getEdges()
				.stream().map(e -> new Edge(e.getSource().getName(), e.getDestination().getName())).toList());
	}
}
