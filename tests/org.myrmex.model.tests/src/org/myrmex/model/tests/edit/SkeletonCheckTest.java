// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.model.Edge;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.edit.SkeletonCheck;

class SkeletonCheckTest {

	@Test
	void theAntSkeletonIsASingleTree() {
		Skeleton ant = new AntProject().skeleton;
		assertEquals(List.of(), SkeletonCheck.problems(ant));
		assertTrue(SkeletonCheck.isTree(ant));
	}

	@Test
	void aSingleNodeIsATreeAndNoNodesIsNot() {
		assertEquals(List.of(), SkeletonCheck.problems(skeleton(new String[] { "a" })));
		assertEquals(List.of("the skeleton has no nodes"), SkeletonCheck.problems(skeleton(new String[0])));
	}

	@Test
	void reportsTwoRoots() {
		Skeleton s = skeleton(new String[] { "Head", "Thorax", "Tail" }, "Head", "Thorax");
		assertEquals(List.of("2 roots: Head, Tail"), SkeletonCheck.problems(s));
		assertFalse(SkeletonCheck.isTree(s));
	}

	@Test
	void reportsACycleAndTheNodesItCutsOff() {
		Skeleton s = skeleton(new String[] { "r", "a", "b", "c" }, "r", "a", "a", "b", "b", "c", "c", "b");
		assertEquals(List.of("node b has 2 parents: a, c", "cycle: b → c → b"), SkeletonCheck.problems(s));
		Skeleton island = skeleton(new String[] { "r", "x", "a", "b" }, "r", "x", "a", "b", "b", "a");
		assertEquals(List.of("cycle: a → b → a", "not reached from root r: a, b"), SkeletonCheck.problems(island));
		Skeleton ring = skeleton(new String[] { "a", "b", "c" }, "a", "b", "b", "c", "c", "a");
		assertEquals(List.of("no root: every node has a parent", "cycle: a → b → c → a"),
				SkeletonCheck.problems(ring));
	}

	@Test
	void reportsANodeWithTwoParents() {
		Skeleton s = skeleton(new String[] { "r", "a", "b", "c" }, "r", "a", "r", "b", "a", "c", "b", "c");
		assertEquals(List.of("node c has 2 parents: a, b"), SkeletonCheck.problems(s));
	}

	/** A skeleton of the named nodes with edges given as source, destination, source, destination, ... */
	private static Skeleton skeleton(String[] names, String... edges) {
		Skeleton skeleton = LabelsFactory.eINSTANCE.createSkeleton();
		for (String name : names) {
			Node node = LabelsFactory.eINSTANCE.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		for (int i = 0; i < edges.length; i += 2) {
			Edge edge = LabelsFactory.eINSTANCE.createEdge();
			edge.setSource(find(skeleton, edges[i]));
			edge.setDestination(find(skeleton, edges[i + 1]));
			skeleton.getEdges().add(edge);
		}
		return skeleton;
	}

	private static Node find(Skeleton skeleton, String name) {
		return skeleton.getNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
	}
}
