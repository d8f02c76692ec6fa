// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.myrmex.model.Edge;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;

/**
 * Pairs each skeleton of an input with a merged one by node names, in order (points are stored in node order, so
 * only then do instances carry over unchanged):
 * <ol>
 * <li>the same node names in the same order: the merged skeleton (one with the same name first); differing edges
 * are noted, the first input's are kept;</li>
 * <li>the same node names in another order: conflict {@link MergeConflict.Kind#NODE_ORDER};</li>
 * <li>other nodes but the name of a merged skeleton: conflict {@link MergeConflict.Kind#SKELETON_NAME};</li>
 * <li>otherwise a new skeleton, copied in.</li>
 * </ol>
 * Only skeletons merged from earlier inputs are candidates. A skeleton in conflict is mapped to nothing.
 */
final class SkeletonMerging {
	private final MergeState state;

	SkeletonMerging(MergeState state) {
		this.state = state;
	}

	/** @return each of {@code skeletons} mapped to its merged skeleton, or absent when it conflicts */
	Map<Skeleton, Skeleton> merge(int input, List<Skeleton> skeletons) {
		List<Skeleton> earlier = new ArrayList<>(state.merged.getSkeletons());
		Map<Skeleton, Skeleton> map = new IdentityHashMap<>();
		for (Skeleton skeleton : skeletons) {
			List<String> names = nodeNames(skeleton);
			Skeleton match = sameNodes(earlier, skeleton, names);
			if (match != null) {
				noteEdges(input, skeleton, match);
				map.put(skeleton, match);
				continue;
			}
			Skeleton reordered = find(earlier, candidate -> new HashSet<>(nodeNames(candidate)).equals(new HashSet<>(names))
					&& nodeNames(candidate).size() == names.size());
			if (reordered != null) {
				state.conflict(MergeConflict.Kind.NODE_ORDER, input, "skeleton '" + skeleton.getName() + "' has the nodes "
						+ names + " of skeleton '" + reordered.getName() + "' in another order " + nodeNames(reordered));
				continue;
			}
			Skeleton sameName = find(earlier, candidate -> Objects.equals(candidate.getName(), skeleton.getName()));
			if (sameName != null) {
				state.conflict(MergeConflict.Kind.SKELETON_NAME, input, "skeleton '" + skeleton.getName()
						+ "' has the nodes " + names + ", the merged skeleton of that name " + nodeNames(sameName));
				continue;
			}
			Skeleton copy = EcoreUtil.copy(skeleton);
			state.merged.getSkeletons().add(copy);
			map.put(skeleton, copy);
		}
		return map;
	}

	private static Skeleton sameNodes(List<Skeleton> earlier, Skeleton skeleton, List<String> names) {
		Skeleton named = find(earlier, candidate -> nodeNames(candidate).equals(names)
				&& Objects.equals(candidate.getName(), skeleton.getName()));
		return named != null ? named : find(earlier, candidate -> nodeNames(candidate).equals(names));
	}

	private void noteEdges(int input, Skeleton skeleton, Skeleton match) {
		if (!edgeNames(skeleton).equals(edgeNames(match))) {
			state.notes.add("input " + input + ": skeleton '" + skeleton.getName() + "' matches '" + match.getName()
					+ "' by its nodes but has other edges " + edgeNames(skeleton) + "; kept " + edgeNames(match));
		}
	}

	private static Skeleton find(List<Skeleton> skeletons, java.util.function.Predicate<Skeleton> test) {
		for (Skeleton skeleton : skeletons) {
			if (test.test(skeleton)) {
				return skeleton;
			}
		}
		return null;
	}

	static List<String> nodeNames(Skeleton skeleton) {
		List<String> names = new ArrayList<>(skeleton.getNodes().size());
		for (Node node : skeleton.getNodes()) {
			names.add(node.getName());
		}
		return names;
	}

	private static List<String> edgeNames(Skeleton skeleton) {
		List<String> names = new ArrayList<>(skeleton.getEdges().size());
		for (Edge edge : skeleton.getEdges()) {
			names.add(name(edge.getSource()) + "-" + name(edge.getDestination()));
		}
		return names;
	}

	private static String name(Node node) {
		return node == null ? "?" : node.getName();
	}
}
