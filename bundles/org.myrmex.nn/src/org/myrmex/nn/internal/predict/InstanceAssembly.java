// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.myrmex.nn.internal.predict.PafScores.Connection;
import org.myrmex.nn.internal.predict.Peaks.Peak;

/**
 * SLEAP's assembly of matched connections into instances ({@code assign_connections_to_instances},
 * {@code make_predicted_instances}): connections scoring below the minimum are dropped; edges are visited in
 * {@link EdgeOrder}; a connection between two unassigned peaks starts an instance, one from an assigned source adds
 * its destination, one between two assigned peaks moves the destination and merges the two instances when they share
 * no node. Instances are numbered by ascending id; an instance's score is the sum of its connections' scores.
 */
public final class InstanceAssembly {
	private final float minLineScore;

	/**
	 * One assembled instance.
	 *
	 * @param points x, y per node (NaN where the instance has no peak)
	 * @param scores the peak values per node (NaN where none)
	 * @param score  the sum of its connections' scores
	 */
	public record Assembled(float[] points, float[] scores, float score) {
	}

	/** @param minLineScore connections scoring less are dropped */
	public InstanceAssembly(double minLineScore) {
		this.minLineScore = (float) minLineScore;
	}

	/**
	 * @param byNode      the peaks per node
	 * @param edges       {source, destination} node indices per edge
	 * @param order       the edge indices in assembly order
	 * @param connections the matched connections
	 */
	public List<Assembled> assemble(List<List<Peak>> byNode, List<int[]> edges, List<Integer> order,
			List<Connection> connections) {
		Map<Long, Integer> assignment = new HashMap<>();
		List<Connection> kept = new ArrayList<>();
		for (int edge : order) {
			for (Connection c : connections) {
				if (c.edge() == edge && c.score() >= minLineScore) {
					kept.add(c);
					connect(assignment, key(edges.get(edge)[0], c.source()), key(edges.get(edge)[1], c.destination()));
				}
			}
		}
		List<Integer> ids = new ArrayList<>(new TreeSet<>(assignment.values()));
		int nodes = byNode.size();
		List<float[]> points = new ArrayList<>();
		List<float[]> scores = new ArrayList<>();
		float[] totals = new float[ids.size()];
		for (int i = 0; i < ids.size(); i++) {
			float[] p = new float[2 * nodes];
			float[] s = new float[nodes];
			Arrays.fill(p, Float.NaN);
			Arrays.fill(s, Float.NaN);
			points.add(p);
			scores.add(s);
		}
		for (Connection c : kept) {
			Integer id = assignment.get(key(edges.get(c.edge())[0], c.source()));
			if (id != null) {
				totals[ids.indexOf(id)] += c.score();
			}
		}
		for (Map.Entry<Long, Integer> entry : assignment.entrySet()) {
			int node = (int) (entry.getKey() >> 32);
			Peak peak = byNode.get(node).get((int) (long) entry.getKey());
			int i = ids.indexOf(entry.getValue());
			points.get(i)[2 * node] = peak.x();
			points.get(i)[2 * node + 1] = peak.y();
			scores.get(i)[node] = peak.value();
		}
		List<Assembled> instances = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			instances.add(new Assembled(points.get(i), scores.get(i), totals[i]));
		}
		return instances;
	}

	private static void connect(Map<Long, Integer> assignment, long source, long destination) {
		Integer src = assignment.get(source);
		Integer dst = assignment.get(destination);
		if (src == null && dst == null) {
			int fresh = assignment.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
			assignment.put(source, fresh);
			assignment.put(destination, fresh);
		} else if (src != null && dst == null) {
			assignment.put(destination, src);
		} else if (src != null) {
			assignment.put(destination, src);
			if (disjoint(nodesOf(assignment, src), nodesOf(assignment, dst))) {
				assignment.replaceAll((k, v) -> v.equals(dst) ? src : v);
			}
		}
	}

	private static Set<Integer> nodesOf(Map<Long, Integer> assignment, int instance) {
		Set<Integer> nodes = new HashSet<>();
		assignment.forEach((k, v) -> {
			if (v == instance) {
				nodes.add((int) (k >> 32));
			}
		});
		return nodes;
	}

	private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
		Set<Integer> both = new HashSet<>(a);
		both.retainAll(b);
		return both.isEmpty();
	}

	private static long key(int node, int peak) {
		return ((long) node << 32) | peak;
	}
}
