// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.myrmex.model.Edge;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;

/**
 * Whether a skeleton's body edges form a single tree (an arborescence: one root, every other node with exactly
 * one parent, no cycle). SLEAP does not enforce this while editing; it refuses to train a bottom-up model on a
 * skeleton that is not one and lists the multiple roots, the nodes with several parents and the cycles. This
 * check reports the same problems, plus nodes that the single root does not reach, so a skeleton view can warn
 * while the skeleton is edited. A single node without edges is a valid tree.
 */
public final class SkeletonCheck {
	private SkeletonCheck() {
	}

	/**
	 * The problems that keep {@code skeleton} from being a single tree, as messages such as
	 * {@code "2 roots: head, tail"}, {@code "node thorax has 2 parents: head, tail"},
	 * {@code "cycle: a → b → c → a"} or {@code "not reached from root head: x, y"}; empty for a valid tree.
	 *
	 * @throws IllegalArgumentException if {@code skeleton} is null
	 */
	public static List<String> problems(Skeleton skeleton) {
		if (skeleton == null) {
			throw new IllegalArgumentException("skeleton must not be null");
		}
		List<Node> nodes = skeleton.getNodes();
		if (nodes.isEmpty()) {
			return List.of("the skeleton has no nodes");
		}
		int n = nodes.size();
		List<List<Integer>> parents = new ArrayList<>(n);
		List<List<Integer>> children = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			parents.add(new ArrayList<>());
			children.add(new ArrayList<>());
		}
		for (Edge edge : skeleton.getEdges()) {
			int source = nodes.indexOf(edge.getSource());
			int destination = nodes.indexOf(edge.getDestination());
			if (source >= 0 && destination >= 0) {
				children.get(source).add(destination);
				parents.get(destination).add(source);
			}
		}
		List<String> problems = new ArrayList<>();
		List<Integer> roots = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (parents.get(i).isEmpty()) {
				roots.add(i);
			}
		}
		if (roots.isEmpty()) {
			problems.add("no root: every node has a parent");
		} else if (roots.size() > 1) {
			problems.add(roots.size() + " roots: " + names(nodes, roots));
		}
		for (int i = 0; i < n; i++) {
			if (parents.get(i).size() > 1) {
				problems.add("node " + nodes.get(i).getName() + " has " + parents.get(i).size() + " parents: "
						+ names(nodes, parents.get(i)));
			}
		}
		for (List<Integer> cycle : cycles(children)) {
			problems.add("cycle: " + cycle.stream().map(i -> nodes.get(i).getName())
					.collect(Collectors.joining(" → ")));
		}
		if (roots.size() == 1) {
			List<Integer> unreached = unreached(children, roots.get(0));
			if (!unreached.isEmpty()) {
				problems.add("not reached from root " + nodes.get(roots.get(0)).getName() + ": "
						+ names(nodes, unreached));
			}
		}
		return List.copyOf(problems);
	}

	/** Whether {@code skeleton} is a single tree: {@link #problems(Skeleton)} is empty. */
	public static boolean isTree(Skeleton skeleton) {
		return problems(skeleton).isEmpty();
	}

	/** One cycle per back edge of a depth-first search, each closed by its first node repeated. */
	private static List<List<Integer>> cycles(List<List<Integer>> children) {
		int n = children.size();
		int[] state = new int[n]; // 0 unvisited, 1 on the current path, 2 done
		List<Integer> path = new ArrayList<>();
		List<List<Integer>> cycles = new ArrayList<>();
		for (int start = 0; start < n; start++) {
			if (state[start] == 0) {
				visit(start, children, state, path, cycles);
			}
		}
		return cycles;
	}

	private static void visit(int node, List<List<Integer>> children, int[] state, List<Integer> path,
			List<List<Integer>> cycles) {
		state[node] = 1;
		path.add(node);
		for (int child : children.get(node)) {
			if (state[child] == 1) {
				List<Integer> cycle = new ArrayList<>(path.subList(path.indexOf(child), path.size()));
				cycle.add(child);
				cycles.add(cycle);
			} else if (state[child] == 0) {
				visit(child, children, state, path, cycles);
			}
		}
		path.remove(path.size() - 1);
		state[node] = 2;
	}

	private static List<Integer> unreached(List<List<Integer>> children, int root) {
		boolean[] reached = new boolean[children.size()];
		List<Integer> stack = new ArrayList<>(List.of(root));
		reached[root] = true;
		while (!stack.isEmpty()) {
			int node = stack.remove(stack.size() - 1);
			for (int child : children.get(node)) {
				if (!reached[child]) {
					reached[child] = true;
					stack.add(child);
				}
			}
		}
		List<Integer> unreached = new ArrayList<>();
		for (int i = 0; i < reached.length; i++) {
			if (!reached[i]) {
				unreached.add(i);
			}
		}
		return unreached;
	}

	private static String names(List<Node> nodes, List<Integer> indices) {
		return indices.stream().map(i -> nodes.get(i).getName()).collect(Collectors.joining(", "));
	}
}
