// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.model.Edge;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;

/**
 * The shape of a skeleton's body edges: every connected group of nodes joined by edges must be a tree with one root
 * (the one node that is no edge's destination), no node with two parents and no cycle. A skeleton may hold several
 * such trees and isolated nodes: real SLEAP skeletons do ({@code fly32.json}'s legs are seven separate trees,
 * {@code dance.mp4.labels.slp} has two). Expects edges already checked for missing, foreign and repeated nodes.
 */
final class EdgeForest {
	private final Skeleton skeleton;
	private final Map<Node, List<Node>> parents = new IdentityHashMap<>();
	private final Map<Node, Node> group = new IdentityHashMap<>();

	private EdgeForest(Skeleton skeleton) {
		this.skeleton = skeleton;
		for (Edge edge : skeleton.getEdges()) {
			parents.computeIfAbsent(edge.getSource(), n -> new ArrayList<>());
			parents.computeIfAbsent(edge.getDestination(), n -> new ArrayList<>()).add(edge.getSource());
			join(edge.getSource(), edge.getDestination());
		}
	}

	/** @return the first problem with the edges' shape, or {@code null} when they form trees */
	static String problem(Skeleton skeleton) {
		EdgeForest forest = new EdgeForest(skeleton);
		String problem = forest.rootProblem();
		if (problem == null) {
			problem = forest.parentProblem();
		}
		if (problem == null) {
			problem = forest.cycleProblem();
		}
		return problem;
	}

	/** @return the nodes that take part in edges, grouped by connected part, in node order */
	private Map<Node, List<Node>> groups() {
		Map<Node, List<Node>> groups = new LinkedHashMap<>();
		for (Node node : skeleton.getNodes()) {
			if (parents.containsKey(node)) {
				groups.computeIfAbsent(find(node), n -> new ArrayList<>()).add(node);
			}
		}
		return groups;
	}

	private String rootProblem() {
		for (List<Node> members : groups().values()) {
			List<Node> roots = new ArrayList<>();
			for (Node node : members) {
				if (parents.get(node).isEmpty()) {
					roots.add(node);
				}
			}
			if (roots.size() > 1) {
				return roots.size() + " root nodes: " + SkeletonValidator.labels(roots);
			}
		}
		return null;
	}

	private String parentProblem() {
		for (Node node : skeleton.getNodes()) {
			List<Node> of = parents.getOrDefault(node, List.of());
			if (of.size() > 1) {
				return "node '" + SkeletonValidator.label(node) + "' has " + of.size() + " parents: "
						+ SkeletonValidator.labels(of);
			}
		}
		return null;
	}

	/** With at most one parent each, a connected part without a root is a cycle (with trees hanging from it). */
	private String cycleProblem() {
		for (List<Node> members : groups().values()) {
			if (members.stream().noneMatch(node -> parents.get(node).isEmpty())) {
				return "edges form a cycle: " + cycleFrom(members.get(0));
			}
		}
		return null;
	}

	/** @return the cycle reached by walking up from {@code start}, in edge direction, from its first node */
	private String cycleFrom(Node start) {
		List<Node> walk = new ArrayList<>();
		Node node = start;
		while (!walk.contains(node)) {
			walk.add(node);
			node = parents.get(node).get(0);
		}
		List<Node> cycle = new ArrayList<>(walk.subList(walk.indexOf(node), walk.size()));
		Collections.reverse(cycle);
		List<Node> order = skeleton.getNodes();
		Node first = cycle.stream().min((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b))).orElseThrow();
		Collections.rotate(cycle, -cycle.indexOf(first));
		StringBuilder text = new StringBuilder();
		for (Node member : cycle) {
			text.append(SkeletonValidator.label(member)).append('→');
		}
		return text.append(SkeletonValidator.label(first)).toString();
	}

	private Node find(Node node) {
		Node root = group.getOrDefault(node, node);
		if (root != node) {
			root = find(root);
			group.put(node, root);
		}
		return root;
	}

	private void join(Node a, Node b) {
		Node rootA = find(a);
		Node rootB = find(b);
		if (rootA != rootB) {
			group.put(rootA, rootB);
		}
	}
}
