// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.dlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.io.internal.skeleton.TreeEdges;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.edit.SkeletonCheck;

/** Undirected bones (DeepLabCut, COCO) become tree edges pointing away from each tree's first node. */
class TreeEdgesTest {
	private static Skeleton skeleton(String... names) {
		Skeleton skeleton = LabelsFactory.eINSTANCE.createSkeleton();
		for (String name : names) {
			Node node = LabelsFactory.eINSTANCE.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		return skeleton;
	}

	private static List<String> edges(Skeleton skeleton) {
		return skeleton.getEdges().stream().map(e -> e.getSource().getName() + ">" + e.getDestination().getName()).toList();
	}

	@Test
	void aLoopIsCutAndEdgesPointAwayFromTheFirstNode() {
		Skeleton skeleton = skeleton("head", "thorax", "abdomen", "leg");
		// COCO-like pairs: thorax-head given backwards, a loop head-thorax-abdomen-head, a repeat
		int left = TreeEdges.add(skeleton, List.of(new int[] { 1, 0 }, new int[] { 1, 2 }, new int[] { 2, 0 },
				new int[] { 3, 1 }, new int[] { 0, 1 }));
		assertEquals(2, left);
		assertEquals(List.of("head>thorax", "thorax>abdomen", "thorax>leg"), edges(skeleton));
		assertEquals(List.of(), SkeletonCheck.problems(skeleton), "a single tree");
	}

	@Test
	void separatePartsStaySeparateTrees() {
		Skeleton skeleton = skeleton("a", "b", "c", "d");
		assertEquals(0, TreeEdges.add(skeleton, List.of(new int[] { 3, 2 }, new int[] { 1, 0 })));
		assertEquals(List.of("c>d", "a>b"), edges(skeleton));
	}
}
