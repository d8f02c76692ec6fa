// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SLEAP's order of skeleton edges for instance assembly ({@code paf_grouping.toposort_edges}): the root is the
 * first node (in order of appearance in the edge list) without incoming edges, as networkx's topological sort gives
 * it; edges are then listed in breadth-first order from the root, successors in insertion order. Edges not
 * reachable from the root are left out, as in SLEAP.
 */
public final class EdgeOrder {
	private EdgeOrder() {
	}

	/**
	 * @param edges {source, destination} node indices
	 * @return indices into {@code edges}, in assembly order
	 */
	public static List<Integer> of(List<int[]> edges) {
		Map<Integer, List<Integer>> successors = new LinkedHashMap<>();
		Map<Integer, Integer> inDegree = new LinkedHashMap<>();
		for (int[] edge : edges) {
			successors.computeIfAbsent(edge[0], k -> new ArrayList<>());
			successors.computeIfAbsent(edge[1], k -> new ArrayList<>());
			inDegree.putIfAbsent(edge[0], 0);
			inDegree.putIfAbsent(edge[1], 0);
			if (!successors.get(edge[0]).contains(edge[1])) {
				successors.get(edge[0]).add(edge[1]);
				inDegree.merge(edge[1], 1, Integer::sum);
			}
		}
		List<Integer> order = new ArrayList<>();
		Integer root = inDegree.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).findFirst()
				.orElse(null);
		if (root == null) {
			return order;
		}
		List<Integer> visited = new ArrayList<>(List.of(root));
		Deque<Integer> queue = new ArrayDeque<>(List.of(root));
		while (!queue.isEmpty()) {
			int node = queue.poll();
			for (int next : successors.get(node)) {
				if (!visited.contains(next)) {
					visited.add(next);
					queue.add(next);
					order.add(indexOf(edges, node, next));
				}
			}
		}
		return order;
	}

	private static int indexOf(List<int[]> edges, int source, int destination) {
		for (int i = 0; i < edges.size(); i++) {
			if (edges.get(i)[0] == source && edges.get(i)[1] == destination) {
				return i;
			}
		}
		throw new IllegalStateException("no edge " + source + " → " + destination);
	}
}
