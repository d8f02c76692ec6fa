// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.myrmex.model.Edge;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Skeleton;

/**
 * Turns another tool's undirected bones (DeepLabCut's {@code skeleton}, COCO's {@code skeleton} pairs, drawn for
 * plotting and often closing loops) into the edges of a Myrmex skeleton, which must be trees: the pairs are taken in
 * order, a pair joining two nodes already connected is left out, and each tree's edges point away from its first
 * node in node order. The kept edges stay in the order given.
 */
public final class TreeEdges {
	private TreeEdges() {
	}

	/**
	 * Adds the edges of {@code pairs} (node indices) to {@code skeleton}.
	 *
	 * @return the number of pairs left out (loops, repeats, a node paired with itself)
	 */
	public static int add(Skeleton skeleton, List<int[]> pairs) {
		int n = skeleton.getNodes().size();
		int[] group = new int[n];
		List<List<Integer>> neighbours = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			group[i] = i;
			neighbours.add(new ArrayList<>());
		}
		List<int[]> kept = new ArrayList<>();
		for (int[] pair : pairs) {
			int a = find(group, pair[0]);
			int b = find(group, pair[1]);
			if (a != b) {
				group[a] = b;
				kept.add(pair);
				neighbours.get(pair[0]).add(pair[1]);
				neighbours.get(pair[1]).add(pair[0]);
			}
		}
		int[] parent = new int[n];
		java.util.Arrays.fill(parent, -2);
		for (int root = 0; root < n; root++) {
			if (parent[root] != -2) {
				continue;
			}
			parent[root] = -1;
			Deque<Integer> queue = new ArrayDeque<>(List.of(root));
			while (!queue.isEmpty()) {
				int node = queue.poll();
				for (int next : neighbours.get(node)) {
					if (parent[next] == -2) {
						parent[next] = node;
						queue.add(next);
					}
				}
			}
		}
		for (int[] pair : kept) {
			boolean forward = parent[pair[1]] == pair[0];
			Edge edge = LabelsFactory.eINSTANCE.createEdge();
			edge.setSource(skeleton.getNodes().get(forward ? pair[0] : pair[1]));
			edge.setDestination(skeleton.getNodes().get(forward ? pair[1] : pair[0]));
			skeleton.getEdges().add(edge);
		}
		return pairs.size() - kept.size();
	}

	private static int find(int[] group, int node) {
		int root = node;
		while (group[root] != root) {
			root = group[root];
		}
		return root;
	}
}
