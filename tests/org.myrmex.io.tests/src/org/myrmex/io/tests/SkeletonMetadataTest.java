// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myrmex.io.tests.SkeletonJsonTest.ANT_EDGES;
import static org.myrmex.io.tests.SkeletonJsonTest.ANT_NODES;
import static org.myrmex.io.tests.SkeletonJsonTest.ANT_SYMMETRIES;
import static org.myrmex.io.tests.SkeletonJsonTest.describe;
import static org.myrmex.io.tests.SkeletonJsonTest.edge;
import static org.myrmex.io.tests.SkeletonJsonTest.edges;
import static org.myrmex.io.tests.SkeletonJsonTest.names;
import static org.myrmex.io.tests.SkeletonJsonTest.skeleton;
import static org.myrmex.io.tests.SkeletonJsonTest.symmetries;
import static org.myrmex.io.tests.SkeletonJsonTest.symmetry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.Hdf5Library;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.Skeleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Skeletons inside {@code .slp} metadata, where nodes are indices into the file's global node list. */
class SkeletonMetadataTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void readsMinimalInstance() throws Exception {
		List<Skeleton> skeletons = skeletons("sleap/slp_hdf5/minimal_instance.slp");
		assertEquals(1, skeletons.size());
		assertEquals("Skeleton-0 [A, B] [A>B] []", describe(skeletons.get(0)));
	}

	@Test
	void readsClipInItsOwnNodeOrderNotTheGlobalOne() throws Exception {
		Path file = Fixtures.get("sleap/tracks/clip.slp");
		JsonNode metadata = metadata(file);
		assertEquals("hindlegL4", metadata.get("nodes").get(0).get("name").asText());
		Skeleton clip = skeletons("sleap/tracks/clip.slp").get(0);
		assertEquals("Skeleton-3", clip.getName());
		assertEquals(List.of("head", "thorax", "abdomen", "wingL", "wingR", "forelegL4", "forelegR4", "midlegL4",
				"midlegR4", "hindlegL4", "hindlegR4", "eyeL", "eyeR"), names(clip));
		assertEquals(12, clip.getEdges().size());
		assertEquals(List.of("thorax>head", "thorax>abdomen"), edges(clip).subList(0, 2));
		assertEquals(List.of("head>eyeL", "head>eyeR"), edges(clip).subList(10, 12));
	}

	@Test
	void readsTheNxGraphWrapperWithNullDescription() throws Exception {
		JsonNode wrapped = metadata(Fixtures.get("sleap/tracks/clip.2node.slp")).get("skeletons").get(0);
		assertTrue(wrapped.get("description").isNull());
		assertEquals("Skeleton-3 [head, thorax] [thorax>head] []",
				describe(skeletons("sleap/tracks/clip.2node.slp").get(0)));
	}

	@Test
	void readsCenteredPairAsTheFlyLegsSkeleton() throws Exception {
		Skeleton pair = skeletons("sleap/hdf5_format_v1/centered_pair_predictions.slp").get(0);
		assertEquals("Skeleton-count(0)", pair.getName());
		assertEquals(24, pair.getNodes().size());
		assertEquals(23, pair.getEdges().size());
		assertEquals(List.of(), symmetries(pair));
		Skeleton legs = SkeletonJson.read(Fixtures.get("sleap/skeleton/fly_skeleton_legs.json"));
		assertEquals(names(legs), names(pair));
		assertEquals(edges(legs), edges(pair));
	}

	@Test
	void readsTheAntDatasetAsTheAntSkeletonFile() throws Exception {
		Skeleton ant = skeletons("ants/datasets/main.v001.slp").get(0);
		assertEquals("Skeleton-1", ant.getName());
		assertEquals(ANT_NODES, names(ant));
		assertEquals(ANT_EDGES, edges(ant));
		assertEquals(ANT_SYMMETRIES, symmetries(ant));
		assertEquals(describe(SkeletonJson.read(Fixtures.get("ants/antSkeleton.json"))), describe(ant));
	}

	@Test
	void readsDanceWithTwoSeparateTrees() throws Exception {
		Skeleton dance = skeletons("sleap/slp_hdf5/dance.mp4.labels.slp").get(0);
		assertEquals(17, dance.getNodes().size());
		assertEquals(15, dance.getEdges().size());
		assertEquals("right_wrist>right_elbow", edges(dance).get(0));
		assertEquals("right_ear>right_eye", edges(dance).get(11));
	}

	@Test
	void encodesWithOneGlobalNodeListAndEdgeTypeIdsOnly() throws Exception {
		Skeleton ant = SkeletonJson.read(Fixtures.get("ants/antSkeleton.json"));
		Skeleton pair = skeleton("Pair", "A", "B");
		edge(pair, "A", "B");
		List<String> global = new ArrayList<>(List.of("Existing"));
		ArrayNode encoded = SkeletonJson.toMetadataSkeletons(List.of(ant, pair), global);
		assertEquals(1 + 18 + 2, global.size());
		assertEquals(ANT_NODES, global.subList(1, 19));
		assertEquals(List.of("A", "B"), global.subList(19, 21));

		JsonNode antLinks = encoded.get(0).get("links");
		assertEquals(JSON.readTree("{\"edge_insert_idx\": 0, \"key\": 0, \"source\": 1, \"target\": 2, \"type\": "
				+ "{\"py/reduce\": [{\"py/type\": \"sleap.skeleton.EdgeType\"}, {\"py/tuple\": [1]}]}}"), antLinks.get(0));
		assertEquals(JSON.readTree("{\"py/id\": 1}"), antLinks.get(1).get("type"));
		Set<JsonNode> types = new HashSet<>();
		antLinks.forEach(link -> types.add(link.get("type")));
		assertEquals(4, types.size(), "body and symmetry, each as py/reduce once and py/id after: " + types);
		assertTrue(types.contains(JSON.readTree("{\"py/id\": 2}")), types.toString());
		assertEquals(JSON.readTree("{\"id\": 1}"), encoded.get(0).get("nodes").get(0));
		assertEquals(JSON.readTree("{\"id\": 18}"), encoded.get(0).get("nodes").get(17));
		assertEquals(JSON.readTree("[{\"id\": 19}, {\"id\": 20}]"), encoded.get(1).get("nodes"));

		List<Skeleton> back = SkeletonJson.parseMetadataSkeletons(encoded, global, Path.of("out.slp"));
		assertEquals(describe(ant), describe(back.get(0)));
		assertEquals("Pair [A, B] [A>B] []", describe(back.get(1)));
	}

	@Test
	void encodesTheSameLinksSleapWroteForTheAnts() throws Exception {
		Path file = Fixtures.get("ants/datasets/main.v001.slp");
		JsonNode metadata = metadata(file);
		List<String> sleapNames = SkeletonJson.parseMetadataNodes(metadata.get("nodes"), file);
		List<Skeleton> read = SkeletonJson.parseMetadataSkeletons(metadata.get("skeletons"), sleapNames, file);
		List<String> ourNames = new ArrayList<>();
		JsonNode ours = SkeletonJson.toMetadataSkeletons(read, ourNames).get(0);
		assertEquals(links(metadata.get("skeletons").get(0), sleapNames), links(ours, ourNames));
		assertEquals(metadata.get("skeletons").get(0).get("graph"), ours.get("graph"));
	}

	@Test
	void writesEveryEdgeTypeInFullWhenASymmetryComesFirst() throws Exception {
		// sleap-io reads a metadata py/id as the type value itself, so py/id 1 must never mean "symmetry"
		Skeleton eyes = skeleton("Eyes", "EyeL", "EyeR", "Head");
		edge(eyes, "Head", "EyeL");
		symmetry(eyes, "EyeL", "EyeR");
		List<String> names = new ArrayList<>();
		ArrayNode encoded = SkeletonJson.toMetadataSkeletons(List.of(eyes), names);
		JsonNode links = encoded.get(0).get("links");
		assertEquals(3, links.size());
		links.forEach(link -> assertTrue(link.get("type").has("py/reduce"), link.toString()));
		assertEquals("Eyes [EyeL, EyeR, Head] [Head>EyeL] [EyeL~EyeR]",
				describe(SkeletonJson.parseMetadataSkeletons(encoded, names, Path.of("eyes.slp")).get(0)));
	}

	@Test
	void writesAndReadsTheGlobalNodeList() throws Exception {
		ArrayNode nodes = SkeletonJson.toMetadataNodes(List.of("A", "B"));
		assertEquals(JSON.readTree("[{\"name\": \"A\", \"weight\": 1.0}, {\"name\": \"B\", \"weight\": 1.0}]"), nodes);
		assertEquals(List.of("A", "B"), SkeletonJson.parseMetadataNodes(nodes, Path.of("x.slp")));
	}

	@Test
	void refusesANodeIndexOutOfRange() throws Exception {
		Path file = Fixtures.get("sleap/slp_hdf5/minimal_instance.slp");
		JsonNode skeletons = metadata(file).get("skeletons");
		LabelsFileException e = assertThrows(LabelsFileException.class,
				() -> SkeletonJson.parseMetadataSkeletons(skeletons, List.of("A"), file));
		assertEquals(file + ": skeletons[0].nodes[1].id: node index 1 is out of range (the metadata lists 1 node)",
				e.getMessage());
	}

	@Test
	void namesTheSkeletonOfAValidationProblem() throws Exception {
		Path file = Fixtures.get("sleap/slp_hdf5/minimal_instance.slp");
		JsonNode skeletons = metadata(file).get("skeletons");
		LabelsFileException e = assertThrows(LabelsFileException.class,
				() -> SkeletonJson.parseMetadataSkeletons(skeletons, List.of("A", "A"), file));
		assertEquals(file + ": skeletons[0]: duplicate node name 'A'", e.getMessage());
	}

	@Test
	void refusesAnUnknownEdgeTypeId() throws Exception {
		JsonNode skeletons = JSON.readTree("[{\"directed\": true, \"graph\": {\"name\": \"S\"}, \"links\": "
				+ "[{\"edge_insert_idx\": 0, \"key\": 0, \"source\": 0, \"target\": 1, \"type\": {\"py/id\": 1}}], "
				+ "\"multigraph\": true, \"nodes\": [{\"id\": 0}, {\"id\": 1}]}]");
		Path file = Path.of("labels.slp");
		LabelsFileException e = assertThrows(LabelsFileException.class,
				() -> SkeletonJson.parseMetadataSkeletons(skeletons, List.of("A", "B"), file));
		assertEquals(file + ": skeletons[0].links[0].type: unknown py/id 1 (no object is defined before it)",
				e.getMessage());
	}

	/** @return each link as "source>target type edge_insert_idx key", by node name, in any order */
	private static Set<String> links(JsonNode skeleton, List<String> globalNames) {
		Set<String> links = new HashSet<>();
		int[] typeIds = new int[3];
		int counter = 0;
		for (JsonNode link : skeleton.get("links")) {
			JsonNode type = link.get("type");
			int code;
			if (type.has("py/reduce")) {
				code = type.get("py/reduce").get(1).get("py/tuple").get(0).asInt();
				typeIds[code] = ++counter;
			} else {
				code = typeIds[1] == type.get("py/id").asInt() ? 1 : 2;
			}
			links.add(globalNames.get(link.get("source").asInt()) + ">" + globalNames.get(link.get("target").asInt())
					+ " " + code + " " + link.path("edge_insert_idx").asText("-") + " " + link.get("key").asInt());
		}
		return links;
	}

	private static List<Skeleton> skeletons(String fixture) throws Exception {
		Path file = Fixtures.get(fixture);
		JsonNode metadata = metadata(file);
		List<String> names = SkeletonJson.parseMetadataNodes(metadata.get("nodes"), file);
		return SkeletonJson.parseMetadataSkeletons(metadata.get("skeletons"), names, file);
	}

	/** @return the {@code metadata} group's {@code json} attribute (a fixed-length, NUL-padded string) */
	static JsonNode metadata(Path slp) throws Exception {
		Hdf5Library.load();
		try (H5File file = new H5File(slp.toString(), hdf5.H5F_ACC_RDONLY());
				Group group = file.openGroup("metadata");
				Attribute attribute = group.openAttribute("json");
				StrType type = attribute.getStrType()) {
			int size = (int) type.getSize();
			byte[] bytes = new byte[size];
			try (BytePointer buffer = new BytePointer(size)) {
				attribute.read(type, buffer);
				buffer.get(bytes);
			}
			int end = size;
			while (end > 0 && bytes[end - 1] == 0) {
				end--;
			}
			return JSON.readTree(new String(bytes, 0, end, StandardCharsets.UTF_8));
		}
	}
}
