// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myrmex.model.Edge;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;

/**
 * Checks that a skeleton is one SLEAP and Myrmex can work with: at least one node, unique non-empty names, body edges
 * between the skeleton's own nodes forming trees (see {@link EdgeForest}), and symmetry pairs of two distinct own
 * nodes with each node in at most one pair.
 */
public final class SkeletonValidator {
	private SkeletonValidator() {
	}

	/** @return the first problem found, worded for a user (e.g. "duplicate node name 'Head'"), or {@code null} */
	public static String problem(Skeleton skeleton) {
		String problem = nodeProblem(skeleton.getNodes());
		if (problem == null) {
			problem = edgeProblem(skeleton);
		}
		if (problem == null) {
			problem = EdgeForest.problem(skeleton);
		}
		if (problem == null) {
			problem = symmetryProblem(skeleton);
		}
		return problem;
	}

	private static String nodeProblem(List<Node> nodes) {
		if (nodes.isEmpty()) {
			return "skeleton has no nodes";
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < nodes.size(); i++) {
			String name = nodes.get(i).getName();
			if (name == null || name.isEmpty()) {
				return "node at index " + i + " has no name";
			}
			if (!names.add(name)) {
				return "duplicate node name '" + name + "'";
			}
		}
		return null;
	}

	private static String edgeProblem(Skeleton skeleton) {
		Set<Node> own = ownNodes(skeleton);
		Map<Node, Set<Node>> seen = new IdentityHashMap<>();
		List<Edge> edges = skeleton.getEdges();
		for (int i = 0; i < edges.size(); i++) {
			Edge edge = edges.get(i);
			Node source = edge.getSource();
			Node destination = edge.getDestination();
			if (source == null || destination == null) {
				return "edge at index " + i + " has no " + (source == null ? "source" : "destination") + " node";
			}
			String label = "edge " + label(source) + "→" + label(destination);
			for (Node node : List.of(source, destination)) {
				if (!own.contains(node)) {
					return label + ": node '" + label(node) + "' is not in this skeleton";
				}
			}
			if (source == destination) {
				return label + " connects node '" + label(source) + "' to itself";
			}
			if (!seen.computeIfAbsent(source, n -> identitySet()).add(destination)) {
				return "duplicate " + label;
			}
		}
		return null;
	}

	private static String symmetryProblem(Skeleton skeleton) {
		Set<Node> own = ownNodes(skeleton);
		Map<Node, Symmetry> pairOf = new IdentityHashMap<>();
		List<Symmetry> symmetries = skeleton.getSymmetries();
		for (int i = 0; i < symmetries.size(); i++) {
			Symmetry symmetry = symmetries.get(i);
			Node first = symmetry.getFirst();
			Node second = symmetry.getSecond();
			if (first == null || second == null) {
				return "symmetry pair at index " + i + " has no " + (first == null ? "first" : "second") + " node";
			}
			String label = pairLabel(symmetry);
			for (Node node : List.of(first, second)) {
				if (!own.contains(node)) {
					return "symmetry pair " + label + ": node '" + label(node) + "' is not in this skeleton";
				}
			}
			if (first == second) {
				return "symmetry pair " + label + " names the same node twice";
			}
			for (Node node : List.of(first, second)) {
				Symmetry earlier = pairOf.putIfAbsent(node, symmetry);
				if (earlier != null) {
					boolean same = earlier.getFirst() == first && earlier.getSecond() == second
							|| earlier.getFirst() == second && earlier.getSecond() == first;
					return same ? "duplicate symmetry pair " + label
							: "node '" + label(node) + "' is in 2 symmetry pairs: " + pairLabel(earlier) + ", " + label;
				}
			}
		}
		return null;
	}

	private static Set<Node> ownNodes(Skeleton skeleton) {
		Set<Node> own = identitySet();
		own.addAll(skeleton.getNodes());
		return own;
	}

	static Set<Node> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}

	static String label(Node node) {
		return node.getName() == null ? "(unnamed)" : node.getName();
	}

	private static String pairLabel(Symmetry symmetry) {
		return label(symmetry.getFirst()) + "–" + label(symmetry.getSecond());
	}

	/** @return the names, comma separated */
	static String labels(List<Node> nodes) {
		List<String> names = new ArrayList<>();
		for (Node node : nodes) {
			names.add(label(node));
		}
		return String.join(", ", names);
	}
}
