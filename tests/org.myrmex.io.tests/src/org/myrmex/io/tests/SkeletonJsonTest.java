// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.Edge;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Standalone SLEAP skeleton files: SLEAP's own, the ant group's, and what Myrmex writes. */
class SkeletonJsonTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	static final List<String> STANDALONE_FIXTURES = List.of("ants/antSkeleton.json",
			"sleap/skeleton/fly_skeleton_legs.json", "sleap/skeleton/fly_skeleton_legs_pystate_dict.json",
			"sleap/skeletons/bees.json", "sleap/skeletons/flies13.json", "sleap/skeletons/fly32.json",
			"sleap/skeletons/gerbils.json", "sleap/skeletons/mice_hc.json", "sleap/skeletons/mice_of.json");

	static final List<String> ANT_NODES = List.of("Head", "Neck", "UpperThorax", "LowerThorax", "Petiole", "Abdomen",
			"LForeLeg", "LForeFoot", "RForeLeg", "RForeFoot", "LMidLeg", "LMidFoot", "RMidLeg", "RMidFoot", "LHindLeg",
			"LHindFoot", "RHindLeg", "RHindFoot");
	static final List<String> ANT_EDGES = List.of("Head>Neck", "Neck>UpperThorax", "UpperThorax>LowerThorax",
			"LowerThorax>Petiole", "Petiole>Abdomen", "UpperThorax>LForeLeg", "LForeLeg>LForeFoot",
			"UpperThorax>RForeLeg", "RForeLeg>RForeFoot", "LowerThorax>LMidLeg", "LMidLeg>LMidFoot",
			"LowerThorax>RMidLeg", "RMidLeg>RMidFoot", "Petiole>LHindLeg", "LHindLeg>LHindFoot", "Petiole>RHindLeg",
			"RHindLeg>RHindFoot");
	static final List<String> ANT_SYMMETRIES = List.of("LForeLeg~RForeLeg", "LForeFoot~RForeFoot", "LMidLeg~RMidLeg",
			"LMidFoot~RMidFoot", "LHindLeg~RHindLeg", "LHindFoot~RHindFoot");

	@Test
	void readsTheAntSkeletonWithItsSymmetries() throws Exception {
		Skeleton ant = SkeletonJson.read(Fixtures.get("ants/antSkeleton.json"));
		assertEquals("Skeleton-1", ant.getName());
		assertEquals(ANT_NODES, names(ant));
		assertEquals(ANT_EDGES, edges(ant));
		assertEquals(ANT_SYMMETRIES, symmetries(ant));
	}

	@Test
	void readsFlyLegsWithTupleNodeStateAndAReduceFollowedByNulls() throws Exception {
		Skeleton fly = SkeletonJson.read(Fixtures.get("sleap/skeleton/fly_skeleton_legs.json"));
		assertEquals("skeleton_legs.mat", fly.getName());
		assertEquals(24, fly.getNodes().size());
		assertEquals(List.of("head", "neck", "thorax", "abdomen", "wingL", "wingR"), names(fly).subList(0, 6));
		assertEquals("hindlegR3", names(fly).get(23));
		assertEquals(23, fly.getEdges().size());
		assertEquals(List.of("thorax>neck", "neck>head", "thorax>abdomen"), edges(fly).subList(0, 3));
		assertEquals("hindlegR2>hindlegR3", edges(fly).get(22));
		assertEquals(List.of(), symmetries(fly));
	}

	@Test
	void readsDictNodeStateAsTheTupleStateReads() throws Exception {
		Skeleton tuple = SkeletonJson.read(Fixtures.get("sleap/skeleton/fly_skeleton_legs.json"));
		Skeleton dict = SkeletonJson.read(Fixtures.get("sleap/skeleton/fly_skeleton_legs_pystate_dict.json"));
		assertEquals(describe(tuple), describe(dict));
	}

	@Test
	void readsSleapTemplatesWrappedInNxGraph() throws Exception {
		assertTemplate("bees.json", "Skeleton-1", 21, 20, "thorax1", "thorax1>head1", List.of());
		assertTemplate("flies13.json", "Skeleton-0", 13, 12, "head1", "thorax1>head1",
				List.of("wingL1~wingR1", "forelegL1~forelegR1", "midlegL1~midlegR1", "hindlegL1~hindlegR1",
						"eyeL1~eyeR1"));
		assertTemplate("fly32.json",
				"M:/talmo/data/leap_datasets/BermanFlies/2018-05-03_cluster-sampled.k=10,n=150.labels.mat", 32, 25,
				"head1", "head1>eyeL1", List.of());
		assertTemplate("gerbils.json", "Skeleton-0", 14, 13, "nose1", "spine2>spine1",
				List.of("eyeL1~eyeR1", "earL1~earR1"));
		assertTemplate("mice_hc.json", "Skeleton-0", 5, 4, "nose1", "nose1>earL1", List.of());
		assertTemplate("mice_of.json", "Skeleton-1", 11, 10, "nose1", "neck1>forelegL1", List.of());
	}

	private static void assertTemplate(String file, String name, int nodes, int edges, String firstNode,
			String firstEdge, List<String> symmetries) throws LabelsFileException {
		Skeleton skeleton = SkeletonJson.read(Fixtures.get("sleap/skeletons/" + file));
		assertEquals(name, skeleton.getName(), file);
		assertEquals(nodes, skeleton.getNodes().size(), file);
		assertEquals(firstNode, skeleton.getNodes().get(0).getName(), file);
		assertEquals(edges, skeleton.getEdges().size(), file);
		assertEquals(firstEdge, edges(skeleton).get(0), file);
		assertEquals(symmetries, symmetries(skeleton), file);
	}

	@Test
	void ordersBodyEdgesByInsertIndexEvenWhenTheyDoNotStartAtZero() throws Exception {
		// flies13's edge_insert_idx run 34…45; the links list them head1's first (44, 45)
		Skeleton flies = SkeletonJson.read(Fixtures.get("sleap/skeletons/flies13.json"));
		assertEquals(List.of("thorax1>head1", "thorax1>abdomen1", "thorax1>wingL1", "thorax1>wingR1",
				"thorax1>forelegL1", "thorax1>forelegR1", "thorax1>midlegL1", "thorax1>midlegR1", "thorax1>hindlegL1",
				"thorax1>hindlegR1", "head1>eyeL1", "head1>eyeR1"), edges(flies));
	}

	@Test
	void readsSeveralSeparateTreesAsSleapDoes() throws Exception {
		// fly32's head chain and six legs are not joined: 7 roots, one per tree
		Skeleton fly32 = SkeletonJson.read(Fixtures.get("sleap/skeletons/fly32.json"));
		assertEquals(List.of("forelegR1>forelegR2", "forelegR2>forelegR3", "forelegR3>forelegR4"),
				edges(fly32).subList(5, 8));
		assertEquals(List.of("neck1>wingL1", "neck1>wingR1"), edges(fly32).subList(23, 25));
	}

	@Test
	void everyFixtureRoundTripsThroughToJson() throws Exception {
		for (String fixture : STANDALONE_FIXTURES) {
			Path file = Fixtures.get(fixture);
			Skeleton read = SkeletonJson.read(file);
			Skeleton again = SkeletonJson.parse(SkeletonJson.toJson(read), file);
			assertEquals(describe(read), describe(again), fixture);
		}
	}

	@Test
	void writesExactlyTheTextSleapWroteForItsTemplates() throws Exception {
		// same link order, keys, py/ids and separators, symmetries included (gerbils)
		for (String template : List.of("bees.json", "fly32.json", "gerbils.json", "mice_hc.json")) {
			Path file = Fixtures.get("sleap/skeletons/" + template);
			String text = Files.readString(file, StandardCharsets.UTF_8);
			int start = text.indexOf("\"nx_graph\": ") + "\"nx_graph\": ".length();
			String graph = text.substring(start, text.indexOf(", \"preview_image\"", start));
			assertEquals(graph, SkeletonJson.toJson(SkeletonJson.read(file)), template);
		}
	}

	@Test
	void writesTheAntSkeletonInSleapsShape() throws Exception {
		JsonNode sleap = JSON.readTree(Fixtures.get("ants/antSkeleton.json").toFile());
		JsonNode ours = JSON.readTree(SkeletonJson.toJson(SkeletonJson.read(Fixtures.get("ants/antSkeleton.json"))));
		assertEquals(List.of("directed", "graph", "links", "multigraph", "nodes"), keys(ours));
		assertEquals(sleap.get("graph"), ours.get("graph"));
		assertEquals(sleap.get("links").get(0), ours.get("links").get(0));
		assertEquals(29, ours.get("links").size());
		int symmetryLinks = 0;
		for (JsonNode link : ours.get("links")) {
			boolean body = link.has("edge_insert_idx");
			assertEquals(body ? List.of("edge_insert_idx", "key", "source", "target", "type")
					: List.of("key", "source", "target", "type"), keys(link));
			symmetryLinks += body ? 0 : 1;
		}
		assertEquals(12, symmetryLinks);
		// Head, Neck, then the body EdgeType is py/id 3: one counter for nodes and edge types, in text order
		assertEquals(JSON.readTree("{\"py/id\": 3}"), ours.get("links").get(1).get("type"));
		assertEquals(JSON.readTree("{\"py/id\": 2}"), ours.get("links").get(1).get("source"));
		JsonNode firstSymmetry = ours.get("links").get(12);
		assertEquals(JSON.readTree("{\"py/reduce\": [{\"py/type\": \"sleap.skeleton.EdgeType\"}, {\"py/tuple\": [2]}]}"),
				firstSymmetry.get("type"));
		assertEquals(18, ours.get("nodes").size());
		for (JsonNode node : ours.get("nodes")) {
			assertEquals(List.of("py/id"), keys(node.get("id")));
		}
	}

	@Test
	void writesAtomicallyAndReadsBack(@TempDir Path dir) throws Exception {
		Skeleton ant = SkeletonJson.read(Fixtures.get("ants/antSkeleton.json"));
		Path file = dir.resolve("ant.json");
		Files.writeString(file, "old content");
		SkeletonJson.write(ant, file);
		assertEquals(SkeletonJson.toJson(ant), Files.readString(file));
		assertEquals(describe(ant), describe(SkeletonJson.read(file)));
		try (var listing = Files.list(dir)) {
			assertEquals(List.of(file), listing.toList());
		}
	}

	@Test
	void writesASkeletonMadeInMyrmex(@TempDir Path dir) throws Exception {
		Skeleton skeleton = skeleton("Antenna-model", "Head", "AntennaL", "AntennaR", "Mandible");
		edge(skeleton, "Head", "AntennaL");
		edge(skeleton, "Head", "AntennaR");
		symmetry(skeleton, "AntennaL", "AntennaR");
		Path file = dir.resolve("antenna.json");
		SkeletonJson.write(skeleton, file);
		assertEquals("{\"directed\": true, \"graph\": {\"name\": \"Antenna-model\", \"num_edges_inserted\": 2}, "
				+ "\"links\": [{\"edge_insert_idx\": 0, \"key\": 0, \"source\": {\"py/object\": \"sleap.skeleton.Node\", "
				+ "\"py/state\": {\"py/tuple\": [\"Head\", 1.0]}}, \"target\": {\"py/object\": \"sleap.skeleton.Node\", "
				+ "\"py/state\": {\"py/tuple\": [\"AntennaL\", 1.0]}}, \"type\": {\"py/reduce\": [{\"py/type\": "
				+ "\"sleap.skeleton.EdgeType\"}, {\"py/tuple\": [1]}]}}, {\"edge_insert_idx\": 1, \"key\": 0, \"source\": "
				+ "{\"py/id\": 1}, \"target\": {\"py/object\": \"sleap.skeleton.Node\", \"py/state\": {\"py/tuple\": "
				+ "[\"AntennaR\", 1.0]}}, \"type\": {\"py/id\": 3}}, {\"key\": 0, \"source\": {\"py/id\": 2}, \"target\": "
				+ "{\"py/id\": 4}, \"type\": {\"py/reduce\": [{\"py/type\": \"sleap.skeleton.EdgeType\"}, {\"py/tuple\": "
				+ "[2]}]}}, {\"key\": 0, \"source\": {\"py/id\": 4}, \"target\": {\"py/id\": 2}, \"type\": {\"py/id\": 5}}], "
				+ "\"multigraph\": true, \"nodes\": [{\"id\": {\"py/id\": 1}}, {\"id\": {\"py/id\": 2}}, {\"id\": {\"py/id\": "
				+ "4}}, {\"id\": {\"py/object\": \"sleap.skeleton.Node\", \"py/state\": {\"py/tuple\": [\"Mandible\", "
				+ "1.0]}}}]}", Files.readString(file));
		Skeleton back = SkeletonJson.read(file);
		assertEquals(describe(skeleton), describe(back));
	}

	@Test
	void escapesNonAsciiNamesAsPythonDoes() throws Exception {
		Skeleton skeleton = skeleton("Fourmi \uD83D\uDC1C", "T\u00eate", "Thorax");
		edge(skeleton, "T\u00eate", "Thorax");
		String json = SkeletonJson.toJson(skeleton);
		assertTrue(json.contains("[\"T\\u00eate\", 1.0]"), json);
		assertTrue(json.contains("\"name\": \"Fourmi \\ud83d\\udc1c\""), json);
		assertEquals(describe(skeleton), describe(SkeletonJson.parse(json, Path.of("fourmi.json"))));
	}

	@Test
	void refusesToWriteAnInvalidSkeletonAndLeavesNoFile(@TempDir Path dir) {
		Skeleton skeleton = skeleton("Twins", "Head", "Head");
		Path file = dir.resolve("twins.json");
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> SkeletonJson.write(skeleton, file));
		assertEquals(file + ": duplicate node name 'Head'", e.getMessage());
		assertFalse(Files.exists(file));
	}

	// helpers shared by the other Skeleton*Test classes

	static Skeleton skeleton(String name, String... nodes) {
		Skeleton skeleton = LabelsFactory.eINSTANCE.createSkeleton();
		skeleton.setName(name);
		for (String node : nodes) {
			Node created = LabelsFactory.eINSTANCE.createNode();
			created.setName(node);
			skeleton.getNodes().add(created);
		}
		return skeleton;
	}

	static Node node(Skeleton skeleton, String name) {
		return skeleton.getNodes().stream().filter(n -> name.equals(n.getName())).findFirst().orElseThrow();
	}

	static void edge(Skeleton skeleton, String source, String destination) {
		edge(skeleton, node(skeleton, source), node(skeleton, destination));
	}

	static void edge(Skeleton skeleton, Node source, Node destination) {
		Edge edge = LabelsFactory.eINSTANCE.createEdge();
		edge.setSource(source);
		edge.setDestination(destination);
		skeleton.getEdges().add(edge);
	}

	static void symmetry(Skeleton skeleton, String first, String second) {
		symmetry(skeleton, node(skeleton, first), node(skeleton, second));
	}

	static void symmetry(Skeleton skeleton, Node first, Node second) {
		Symmetry symmetry = LabelsFactory.eINSTANCE.createSymmetry();
		symmetry.setFirst(first);
		symmetry.setSecond(second);
		skeleton.getSymmetries().add(symmetry);
	}

	static List<String> names(Skeleton skeleton) {
		return skeleton.getNodes().stream().map(Node::getName).toList();
	}

	/** @return "source>destination" per edge, in order */
	static List<String> edges(Skeleton skeleton) {
		return skeleton.getEdges().stream().map(e -> e.getSource().getName() + ">" + e.getDestination().getName())
				.toList();
	}

	/** @return "first~second" per symmetry pair, in order */
	static List<String> symmetries(Skeleton skeleton) {
		return skeleton.getSymmetries().stream().map(s -> s.getFirst().getName() + "~" + s.getSecond().getName())
				.toList();
	}

	/** @return name, node order, edges and symmetries, for comparing two skeletons */
	static String describe(Skeleton skeleton) {
		return skeleton.getName() + " " + names(skeleton) + " " + edges(skeleton) + " " + symmetries(skeleton);
	}

	private static List<String> keys(JsonNode object) {
		List<String> keys = new ArrayList<>();
		object.fieldNames().forEachRemaining(keys::add);
		return keys;
	}
}
