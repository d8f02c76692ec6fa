// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myrmex.io.tests.SkeletonJsonTest.edge;
import static org.myrmex.io.tests.SkeletonJsonTest.node;
import static org.myrmex.io.tests.SkeletonJsonTest.skeleton;
import static org.myrmex.io.tests.SkeletonJsonTest.symmetry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.Skeleton;
import org.myrmex.model.edit.SkeletonCheck;

/** What makes a skeleton invalid, and what makes a file not a skeleton, each with its exact message. */
class SkeletonValidationTest {
	private static final Path FILE = Path.of("skeleton.json");

	private static final String NODE_A = "{\"py/object\": \"sleap.skeleton.Node\", \"py/state\": {\"py/tuple\": [\"A\", 1.0]}}";
	private static final String NODE_B = "{\"py/object\": \"sleap.skeleton.Node\", \"py/state\": {\"py/tuple\": [\"B\", 1.0]}}";
	private static final String BODY = "{\"py/reduce\": [{\"py/type\": \"sleap.skeleton.EdgeType\"}, {\"py/tuple\": [1]}]}";

	@Test
	void acceptsSeparateTreesAndIsolatedNodes() throws Exception {
		Skeleton skeleton = skeleton("Forest", "Head", "Neck", "LegR1", "LegR2", "Tail");
		edge(skeleton, "Head", "Neck");
		edge(skeleton, "LegR1", "LegR2");
		// SLEAP loads forests (two trees and a lone node here): accepted as they are, only reported by the check
		assertDoesNotThrow(() -> SkeletonJson.validate(skeleton, FILE));
		assertEquals(List.of("Head", "Neck", "LegR1", "LegR2", "Tail"),
				skeleton.getNodes().stream().map(n -> n.getName()).toList());
		assertEquals(2, skeleton.getEdges().size());
		assertEquals(List.of("3 roots: Head, LegR1, Tail"), SkeletonCheck.problems(skeleton));
	}

	@Test
	void refusesASkeletonWithoutNodes() {
		assertProblem("skeleton has no nodes", skeleton("Empty"));
	}

	@Test
	void refusesAnEmptyNodeName() {
		assertProblem("node at index 1 has no name", skeleton("S", "Head", ""));
	}

	@Test
	void refusesADuplicateNodeName() {
		assertProblem("duplicate node name 'Head'", skeleton("S", "Head", "Neck", "Head"));
	}

	@Test
	void refusesAnEdgeToAnotherSkeletonsNode() {
		Skeleton skeleton = skeleton("S", "Head");
		Skeleton other = skeleton("Other", "Tail");
		edge(skeleton, node(skeleton, "Head"), node(other, "Tail"));
		assertProblem("edge Head→Tail: node 'Tail' is not in this skeleton", skeleton);
	}

	@Test
	void refusesASelfLoop() {
		Skeleton skeleton = skeleton("S", "Head");
		edge(skeleton, "Head", "Head");
		assertProblem("edge Head→Head connects node 'Head' to itself", skeleton);
	}

	@Test
	void refusesADuplicateEdge() {
		Skeleton skeleton = skeleton("S", "Head", "Neck");
		edge(skeleton, "Head", "Neck");
		edge(skeleton, "Head", "Neck");
		assertProblem("duplicate edge Head→Neck", skeleton);
	}

	@Test
	void refusesTwoRootsJoinedByEdges() {
		Skeleton skeleton = skeleton("S", "A", "B", "C");
		edge(skeleton, "A", "B");
		edge(skeleton, "C", "B");
		assertProblem("2 root nodes: A, C", skeleton);
	}

	@Test
	void refusesANodeWithTwoParents() {
		Skeleton skeleton = skeleton("S", "A", "B", "C", "D");
		edge(skeleton, "A", "B");
		edge(skeleton, "A", "C");
		edge(skeleton, "B", "D");
		edge(skeleton, "C", "D");
		assertProblem("node 'D' has 2 parents: B, C", skeleton);
	}

	@Test
	void refusesACycle() {
		Skeleton skeleton = skeleton("S", "Root", "Leaf", "A", "B", "C");
		edge(skeleton, "Root", "Leaf");
		edge(skeleton, "B", "C");
		edge(skeleton, "C", "A");
		edge(skeleton, "A", "B");
		assertProblem("edges form a cycle: A→B→C→A", skeleton);
	}

	@Test
	void refusesASymmetryOfOneNodeWithItself() {
		Skeleton skeleton = skeleton("S", "LegL", "LegR");
		symmetry(skeleton, "LegL", "LegL");
		assertProblem("symmetry pair LegL–LegL names the same node twice", skeleton);
	}

	@Test
	void refusesASymmetryWithAnotherSkeletonsNode() {
		Skeleton skeleton = skeleton("S", "LegL");
		Skeleton other = skeleton("Other", "LegR");
		symmetry(skeleton, node(skeleton, "LegL"), node(other, "LegR"));
		assertProblem("symmetry pair LegL–LegR: node 'LegR' is not in this skeleton", skeleton);
	}

	@Test
	void refusesANodeInTwoSymmetryPairs() {
		Skeleton skeleton = skeleton("S", "LegL", "LegR", "ArmR");
		symmetry(skeleton, "LegL", "LegR");
		symmetry(skeleton, "ArmR", "LegL");
		assertProblem("node 'LegL' is in 2 symmetry pairs: LegL–LegR, ArmR–LegL", skeleton);
	}

	@Test
	void refusesTheSameSymmetryPairTwice() {
		Skeleton skeleton = skeleton("S", "LegL", "LegR");
		symmetry(skeleton, "LegL", "LegR");
		symmetry(skeleton, "LegR", "LegL");
		assertProblem("duplicate symmetry pair LegR–LegL", skeleton);
	}

	@Test
	void refusesMalformedJson() {
		assertParseProblem("malformed JSON at line 1, column 12: Unexpected close marker '}': expected ']'",
				"{\"links\": [}");
		assertParseProblem("malformed JSON at line 2, column 1: Unexpected end-of-input: expected close marker for "
				+ "Object", "{\"links\": []\n");
		assertParseProblem("malformed JSON at line 1, column 4: Unexpected character ('x' (code 120)): was expecting "
				+ "comma to separate Array entries", "[1 x]");
	}

	@Test
	void refusesAnEmptyFile(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("empty.json"), "  \n");
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> SkeletonJson.read(file));
		assertEquals(file + ": empty file: no JSON document", e.getMessage());
	}

	@Test
	void refusesAMissingFile(@TempDir Path dir) {
		Path file = dir.resolve("gone.json");
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> SkeletonJson.read(file));
		assertEquals(file + ": no such file", e.getMessage());
	}

	@Test
	void refusesJsonThatIsNotASkeleton() {
		assertParseProblem("not a SLEAP skeleton: expected a JSON object, found a list", "[1, 2]");
		assertParseProblem("not a SLEAP skeleton: no 'links' list", "{\"name\": \"training config\"}");
		assertParseProblem("nx_graph: not a SLEAP skeleton: expected a networkx graph object, found null",
				"{\"description\": null, \"nx_graph\": null, \"preview_image\": null}");
		assertParseProblem("links[0]: link has no 'type'",
				graph("{\"edge_insert_idx\": 0, \"key\": 0, \"source\": " + NODE_A + ", \"target\": " + NODE_B + "}",
						"{\"id\": {\"py/id\": 1}}"));
	}

	@Test
	void refusesAnUnknownPyId() {
		assertParseProblem("links[0].target: unknown py/id 7 (1 object is defined before it)",
				graph(link(NODE_A, "{\"py/id\": 7}", BODY), "{\"id\": {\"py/id\": 1}}"));
	}

	@Test
	void refusesAPyIdNamingAnEdgeTypeWhereANodeBelongs() {
		assertParseProblem("links[1].target: py/id 3 is an edge type, not a node",
				graph(link(NODE_A, NODE_B, BODY) + ", " + link("{\"py/id\": 1}", "{\"py/id\": 3}", "{\"py/id\": 3}"),
						"{\"id\": {\"py/id\": 1}}"));
	}

	@Test
	void refusesANodeIndexInAStandaloneFile() {
		assertParseProblem("nodes[0].id: node index 0 found, but a standalone skeleton file names its nodes by "
				+ "py/object and py/id (indices are for .slp metadata)", graph(link("0", "1", BODY), "{\"id\": 0}"));
	}

	@Test
	void refusesAnUnknownEdgeType() {
		assertParseProblem("links[0].type: unknown edge type 3 (1 is a body edge, 2 a symmetry)",
				graph(link(NODE_A, NODE_B, BODY.replace("[1]", "[3]")), "{\"id\": {\"py/id\": 1}}"));
	}

	@Test
	void refusesANodeWithoutAName() {
		assertParseProblem("links[0].source: node has no name", graph(
				link("{\"py/object\": \"sleap.skeleton.Node\", \"py/state\": {\"weight\": 1.0}}", NODE_B, BODY), ""));
	}

	@Test
	void validatesWhatItReads() {
		String twoRoots = graph(link(NODE_A, NODE_B, BODY) + ", " + link(
				"{\"py/object\": \"sleap.skeleton.Node\", \"py/state\": {\"py/tuple\": [\"C\", 1.0]}}", "{\"py/id\": 2}",
				"{\"py/id\": 3}"), "");
		assertParseProblem("2 root nodes: A, C", twoRoots);
		String sameName = graph(link(NODE_A, NODE_A, BODY), "");
		assertParseProblem("duplicate node name 'A'", sameName);
	}

	@Test
	void appendsNodesThatOnlyLinksNameAsNetworkxDoes() throws Exception {
		Skeleton skeleton = SkeletonJson.parse(graph(link(NODE_A, NODE_B, BODY), "{\"id\": {\"py/id\": 2}}"), FILE);
		assertEquals("S [B, A] [A>B] []", SkeletonJsonTest.describe(skeleton));
	}

	private static String graph(String links, String nodes) {
		return "{\"directed\": true, \"graph\": {\"name\": \"S\", \"num_edges_inserted\": 1}, \"links\": [" + links
				+ "], \"multigraph\": true, \"nodes\": [" + nodes + "]}";
	}

	private static String link(String source, String target, String type) {
		return "{\"edge_insert_idx\": 0, \"key\": 0, \"source\": " + source + ", \"target\": " + target + ", \"type\": "
				+ type + "}";
	}

	private static void assertProblem(String problem, Skeleton skeleton) {
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> SkeletonJson.validate(skeleton, FILE));
		assertEquals(FILE + ": " + problem, e.getMessage());
		assertTrue(e.getFile() == FILE);
	}

	private static void assertParseProblem(String problem, String json) {
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> SkeletonJson.parse(json, FILE));
		assertEquals(FILE + ": " + problem, e.getMessage());
	}
}
