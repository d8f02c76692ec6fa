// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;
import org.myrmex.model.edit.PointCommands;
import org.myrmex.model.edit.SkeletonCheck;
import org.myrmex.model.edit.SkeletonCommands;
import org.myrmex.model.edit.SkeletonInstances;

class SkeletonCommandsTest {
	private final AntProject ant = new AntProject();

	@Test
	void deleteNodeRemovesItsEdgesSymmetriesAndPointColumnAndUndoRestoresEverythingExactly() {
		Skeleton skeleton = ant.skeleton;
		Node antennaL1 = ant.node("AntennaL1");
		List<Node> nodesBefore = List.copyOf(skeleton.getNodes());
		List<Edge> edgesBefore = List.copyOf(skeleton.getEdges());
		List<Node[]> edgeEnds = ends(edgesBefore);
		List<Symmetry> symmetriesBefore = List.copyOf(skeleton.getSymmetries());
		List<PointArray> pointsBefore = ant.points();
		Edge headToThorax = edgesBefore.get(0);
		Edge antennaL1ToL2 = edgesBefore.get(4);

		Command delete = SkeletonCommands.deleteNode(ant.domain, ant.labels, antennaL1);
		assertEquals("Delete Node", delete.getLabel());
		ant.executeUndoRedo(delete, () -> {
			assertEquals(nodesBefore, skeleton.getNodes());
			assertEquals(edgesBefore, skeleton.getEdges());
			for (int i = 0; i < edgesBefore.size(); i++) {
				assertSame(edgeEnds.get(i)[0], edgesBefore.get(i).getSource());
				assertSame(edgeEnds.get(i)[1], edgesBefore.get(i).getDestination());
			}
			assertEquals(symmetriesBefore, skeleton.getSymmetries());
			assertEquals(pointsBefore, ant.points());
			assertEquals(18, ant.instances.get(3).getPoints().size());
			assertEquals(40.5, ant.instances.get(0).getPoints().x(4));
		}, () -> {
			assertEquals(17, skeleton.getNodes().size());
			assertFalse(skeleton.getNodes().contains(antennaL1));
			assertEquals(ant.node("AntennaL2"), skeleton.getNodes().get(4), "the following nodes move up");
			assertEquals(15, skeleton.getEdges().size());
			assertFalse(skeleton.getEdges().contains(antennaL1ToL2));
			assertSame(headToThorax, skeleton.getEdges().get(0));
			assertEquals(6, skeleton.getSymmetries().size());
			for (Symmetry symmetry : skeleton.getSymmetries()) {
				assertFalse(symmetry.getFirst() == antennaL1 || symmetry.getSecond() == antennaL1);
			}
			for (int i = 0; i < ant.instances.size(); i++) {
				PointArray points = ant.instances.get(i).getPoints();
				assertEquals(17, points.size());
				assertEquals(pointsBefore.get(i).withNodeRemoved(4), points);
				assertEquals(pointsBefore.get(i).get(5), points.get(4), "AntennaL2's point follows its node");
				assertEquals(pointsBefore.get(i).get(17), points.get(16));
			}
			assertEquals(List.of("2 roots: Head, AntennaL2"), SkeletonCheck.problems(skeleton));
		});
		assertEquals(1, SkeletonCheck.problems(skeleton).size());
		ant.stack.undo();
		assertEquals(List.of(), SkeletonCheck.problems(skeleton));
	}

	@Test
	void placedCountTellsHowManyLabelledPointsADeleteWouldLose() {
		assertEquals(7, SkeletonInstances.placedCount(ant.labels, ant.node("Head")));
		assertEquals(0, SkeletonInstances.placedCount(ant.labels, ant.node("AntennaR2")));
		assertEquals(7, SkeletonInstances.placedCount(ant.labels, ant.node("EyeR")), "hidden points count: they are placed");
		ant.stack.execute(PointCommands.moveNode(ant.domain, ant.instances.get(0), 7, 1, 2));
		assertEquals(1, SkeletonInstances.placedCount(ant.labels, ant.node("AntennaR2")));
	}

	@Test
	void addNodeAppendsAMissingPointToEveryInstance() {
		List<PointArray> before = ant.points();
		ant.executeUndoRedo(SkeletonCommands.addNode(ant.domain, ant.labels, ant.skeleton, "Sting"), () -> {
			assertEquals(18, ant.skeleton.getNodes().size());
			assertEquals(before, ant.points());
		}, () -> {
			assertEquals(19, ant.skeleton.getNodes().size());
			assertEquals("Sting", ant.skeleton.getNodes().get(18).getName());
			for (int i = 0; i < ant.instances.size(); i++) {
				PointArray points = ant.instances.get(i).getPoints();
				assertEquals(19, points.size());
				assertEquals(Point.missing(), points.get(18));
				assertEquals(before.get(i).toList(), points.toList().subList(0, 18));
			}
		});
	}

	@Test
	void addNodeRefusesADuplicateOrBlankName() {
		IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.addNode(ant.domain, ant.labels, ant.skeleton, "Gaster"));
		assertTrue(duplicate.getMessage().contains("Gaster"), duplicate.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.addNode(ant.domain, ant.labels, ant.skeleton, " "));
	}

	@Test
	void renameNodeRenamesAndRefusesDuplicatesAndBlankNames() {
		Node head = ant.node("Head");
		ant.executeUndoRedo(SkeletonCommands.renameNode(ant.domain, head, "Caput"),
				() -> assertEquals("Head", head.getName()), () -> assertEquals("Caput", head.getName()));
		IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.renameNode(ant.domain, head, "Thorax"));
		assertTrue(duplicate.getMessage().contains("Thorax"), duplicate.getMessage());
		IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.renameNode(ant.domain, head, ""));
		assertTrue(blank.getMessage().contains("blank"), blank.getMessage());
		assertThrows(IllegalArgumentException.class, () -> SkeletonCommands.renameNode(ant.domain, head, null));
		assertEquals("Caput", head.getName());
		assertTrue(SkeletonCommands.renameNode(ant.domain, head, "Caput").canExecute(), "its own name is no duplicate");
	}

	@Test
	void addAndRemoveEdge() {
		Node gaster = ant.node("Gaster");
		Node sting = ant.node("HindlegL");
		List<Edge> before = List.copyOf(ant.skeleton.getEdges());
		ant.executeUndoRedo(SkeletonCommands.addEdge(ant.domain, ant.skeleton, gaster, sting),
				() -> assertEquals(before, ant.skeleton.getEdges()), () -> {
					Edge added = ant.skeleton.getEdges().get(17);
					assertSame(gaster, added.getSource());
					assertSame(sting, added.getDestination());
					assertEquals(List.of("node HindlegL has 2 parents: Thorax, Gaster"),
							SkeletonCheck.problems(ant.skeleton));
				});
		Edge petioleToGaster = before.get(2);
		ant.executeUndoRedo(SkeletonCommands.removeEdge(ant.domain, petioleToGaster),
				() -> assertSame(petioleToGaster, ant.skeleton.getEdges().get(2)),
				() -> assertFalse(ant.skeleton.getEdges().contains(petioleToGaster)));
		assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.addEdge(ant.domain, ant.skeleton, ant.node("Head"), ant.node("Thorax")));
		assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.addEdge(ant.domain, ant.skeleton, gaster, gaster));
		Node foreign = AntProject.FACTORY.createNode();
		assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.addEdge(ant.domain, ant.skeleton, gaster, foreign));
		assertThrows(IllegalArgumentException.class, () -> SkeletonCommands.removeEdge(ant.domain,
				AntProject.FACTORY.createEdge()));
	}

	@Test
	void setSymmetryReplacesTheSymmetriesOfBothNodes() {
		Node foreL = ant.node("ForelegL");
		Node midR = ant.node("MidlegR");
		List<Symmetry> before = List.copyOf(ant.skeleton.getSymmetries());
		Symmetry fore = before.get(4);
		Symmetry mid = before.get(5);
		ant.executeUndoRedo(SkeletonCommands.setSymmetry(ant.domain, ant.skeleton, foreL, midR),
				() -> assertEquals(before, ant.skeleton.getSymmetries()), () -> {
					List<Symmetry> after = ant.skeleton.getSymmetries();
					assertEquals(6, after.size());
					assertFalse(after.contains(fore));
					assertFalse(after.contains(mid));
					Symmetry added = after.get(5);
					assertSame(foreL, added.getFirst());
					assertSame(midR, added.getSecond());
				});
		Command again = SkeletonCommands.setSymmetry(ant.domain, ant.skeleton, midR, foreL);
		assertFalse(again.canExecute(), "already a pair: nothing to do");
		assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.setSymmetry(ant.domain, ant.skeleton, foreL, foreL));
	}

	@Test
	void clearSymmetryRemovesThePairOfANode() {
		Node eyeR = ant.node("EyeR");
		List<Symmetry> before = List.copyOf(ant.skeleton.getSymmetries());
		ant.executeUndoRedo(SkeletonCommands.clearSymmetry(ant.domain, ant.skeleton, eyeR),
				() -> assertEquals(before, ant.skeleton.getSymmetries()), () -> {
					List<Symmetry> expected = new ArrayList<>(before);
					expected.remove(3);
					assertEquals(expected, ant.skeleton.getSymmetries());
				});
		assertFalse(SkeletonCommands.clearSymmetry(ant.domain, ant.skeleton, eyeR).canExecute());
		assertFalse(SkeletonCommands.clearSymmetry(ant.domain, ant.skeleton, ant.node("Head")).canExecute());
	}

	@Test
	void refusesInstancesWhosePointCountDoesNotMatchTheSkeleton() {
		Instance odd = ant.instances.get(1);
		odd.setPoints(PointArray.missing(3));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.deleteNode(ant.domain, ant.labels, ant.node("Head")));
		assertTrue(e.getMessage().contains("frame 0") && e.getMessage().contains("3 points"), e.getMessage());
	}

	@Test
	void refusesASkeletonOfAnotherProject() {
		Skeleton foreign = AntProject.FACTORY.createSkeleton();
		assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.addNode(ant.domain, ant.labels, foreign, "x"));
		assertThrows(IllegalArgumentException.class,
				() -> SkeletonCommands.addNode(null, ant.labels, ant.skeleton, "x"));
	}

	private static List<Node[]> ends(List<Edge> edges) {
		List<Node[]> ends = new ArrayList<>();
		for (Edge edge : edges) {
			ends.add(new Node[] { edge.getSource(), edge.getDestination() });
		}
		return ends;
	}
}
