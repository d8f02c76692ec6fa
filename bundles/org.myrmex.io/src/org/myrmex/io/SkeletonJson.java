// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.io.internal.json.PythonJson;
import org.myrmex.io.internal.skeleton.SkeletonDecoder;
import org.myrmex.io.internal.skeleton.SkeletonEncoder;
import org.myrmex.io.internal.skeleton.SkeletonValidator;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SLEAP skeletons as JSON: networkx {@code node_link_data} of the skeleton graph, encoded by jsonpickle.
 * <p>
 * Two forms exist. A standalone skeleton file ({@code *.json}, also what training configurations embed) holds the
 * nodes themselves: a node's first appearance is {@code {"py/object": "sleap.skeleton.Node", "py/state": …}}, later
 * ones {@code {"py/id": k}}; SLEAP's templates wrap the graph as {@code {"description", "nx_graph",
 * "preview_image"}}. Inside a {@code .slp} file's metadata, node references are integers indexing the metadata's
 * global {@code nodes} list. In both, links of type 1 are body edges (ordered by {@code edge_insert_idx}) and each
 * symmetry is two links of type 2. The skeleton's name is the graph's {@code name}; its node order is the order of
 * {@code nodes}. Node weights are read and dropped; 1.0 is written.
 * <p>
 * Everything read is {@linkplain #validate(Skeleton, Path) validated}; every problem is a
 * {@link LabelsFileException} naming the file, the place in the document and what is wrong.
 */
public final class SkeletonJson {
	private SkeletonJson() {
	}

	/**
	 * Reads a standalone skeleton file: plain {@code node_link_data} or a template wrapping it in {@code nx_graph};
	 * node states as {@code {"py/tuple": [name, weight]}} or {@code {"name", "weight"}}.
	 *
	 * @throws LabelsFileException when the file cannot be read, is not JSON, not a skeleton, or not a valid one
	 */
	public static Skeleton read(Path file) throws LabelsFileException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new LabelsFileException(file, "no such file", e);
		} catch (IOException e) {
			throw new LabelsFileException(file, "cannot read (" + e.getMessage() + ")", e);
		}
		return parse(PythonJson.parse(bytes, file), file);
	}

	/**
	 * Reads a standalone skeleton from text, like {@link #read(Path)}.
	 *
	 * @param file names the source in messages only
	 */
	public static Skeleton parse(String json, Path file) throws LabelsFileException {
		return parse(PythonJson.parse(json, file), file);
	}

	/**
	 * Reads a standalone skeleton already parsed, e.g. one of {@code data.labels.skeletons} in a
	 * {@code training_config.json}; jsonpickle ids count within {@code json} alone.
	 *
	 * @param file names the source in messages only
	 */
	public static Skeleton parse(JsonNode json, Path file) throws LabelsFileException {
		Skeleton skeleton = SkeletonDecoder.standalone(json, file);
		validate(skeleton, file);
		return skeleton;
	}

	/**
	 * Writes the standalone form SLEAP writes, atomically (a reader sees the old file or the whole new one).
	 *
	 * @throws LabelsFileException when the skeleton is not valid or the file cannot be written
	 */
	public static void write(Skeleton skeleton, Path file) throws LabelsFileException {
		validate(skeleton, file);
		byte[] bytes = toJson(skeleton).getBytes(StandardCharsets.UTF_8);
		try {
			AtomicFiles.write(file, out -> out.write(bytes));
		} catch (IOException e) {
			throw new LabelsFileException(file, "cannot write (" + e.getMessage() + ")", e);
		}
	}

	/**
	 * @return the standalone form as one line of JSON with Python's separators and sorted keys, as SLEAP writes it
	 * @throws IllegalArgumentException when an edge or symmetry names a node that is not in the skeleton
	 */
	public static String toJson(Skeleton skeleton) {
		return PythonJson.write(toJsonNode(skeleton));
	}

	/**
	 * @return the standalone form as a tree, to embed in a larger document (e.g. a training configuration)
	 * @throws IllegalArgumentException when an edge or symmetry names a node that is not in the skeleton
	 */
	public static ObjectNode toJsonNode(Skeleton skeleton) {
		return SkeletonEncoder.standalone(skeleton);
	}

	/**
	 * Reads the {@code skeletons} of a {@code .slp} file's metadata, plain or wrapped in {@code nx_graph}. Node
	 * references index {@code globalNodeNames}; jsonpickle ids count edge types only, within each skeleton.
	 *
	 * @param skeletons       the metadata's {@code skeletons} list
	 * @param globalNodeNames the names of the metadata's {@code nodes}, see {@link #parseMetadataNodes}
	 * @param file            names the source in messages only
	 * @throws LabelsFileException naming the skeleton ({@code skeletons[i]}) and the problem
	 */
	public static List<Skeleton> parseMetadataSkeletons(JsonNode skeletons, List<String> globalNodeNames, Path file)
			throws LabelsFileException {
		if (skeletons == null || !skeletons.isArray()) {
			throw new LabelsFileException(file, "metadata 'skeletons' is not a list");
		}
		List<Skeleton> result = new ArrayList<>();
		for (int i = 0; i < skeletons.size(); i++) {
			String where = "skeletons[" + i + "]";
			Skeleton skeleton = SkeletonDecoder.metadata(skeletons.get(i), globalNodeNames, where, file);
			String problem = SkeletonValidator.problem(skeleton);
			if (problem != null) {
				throw new LabelsFileException(file, where + ": " + problem);
			}
			result.add(skeleton);
		}
		return result;
	}

	/**
	 * Encodes skeletons in the metadata form. Each node not yet numbered gets the next index of the one global list:
	 * its name is appended to {@code globalNodeNames}, skeleton by skeleton, in node order.
	 *
	 * @param globalNodeNames the metadata's node names so far; appended to
	 * @return the metadata's {@code skeletons} list
	 * @throws IllegalArgumentException when an edge or symmetry names a node that is not in its skeleton
	 */
	public static ArrayNode toMetadataSkeletons(List<Skeleton> skeletons, List<String> globalNodeNames) {
		Map<Node, Integer> indices = new IdentityHashMap<>();
		ArrayNode result = JsonNodeFactory.instance.arrayNode();
		for (Skeleton skeleton : skeletons) {
			for (Node node : skeleton.getNodes()) {
				if (!indices.containsKey(node)) {
					indices.put(node, globalNodeNames.size());
					globalNodeNames.add(node.getName());
				}
			}
			result.add(SkeletonEncoder.metadata(skeleton, indices::get));
		}
		return result;
	}

	/**
	 * Reads the names of the metadata's global {@code nodes} list, {@code [{"name": …, "weight": …}, …]}.
	 *
	 * @throws LabelsFileException when it is not such a list
	 */
	public static List<String> parseMetadataNodes(JsonNode nodes, Path file) throws LabelsFileException {
		if (nodes == null || !nodes.isArray()) {
			throw new LabelsFileException(file, "metadata 'nodes' is not a list");
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode name = nodes.get(i).path("name");
			if (!name.isTextual()) {
				throw new LabelsFileException(file,
						"nodes[" + i + "]: expected {\"name\": …, \"weight\": …}, found " + nodes.get(i));
			}
			names.add(name.textValue());
		}
		return names;
	}

	/** @return the metadata's global {@code nodes} list, {@code [{"name": …, "weight": 1.0}, …]} */
	public static ArrayNode toMetadataNodes(List<String> globalNodeNames) {
		ArrayNode nodes = JsonNodeFactory.instance.arrayNode();
		for (String name : globalNodeNames) {
			nodes.addObject().put("name", name).put("weight", 1.0);
		}
		return nodes;
	}

	/**
	 * Checks a skeleton: at least one node; unique non-empty node names; body edges between the skeleton's own
	 * nodes, without self-loops or repeats, forming trees (each connected part has one root, the node that is no
	 * edge's destination; no node has two parents; no cycle; isolated nodes and several trees are allowed, as in
	 * SLEAP's {@code fly32} template); symmetry pairs of two distinct own nodes, each node in at most one pair.
	 *
	 * @param file names the source in messages only
	 * @throws LabelsFileException naming the problem, e.g. "duplicate node name 'Head'", "2 root nodes: A, C",
	 *                             "symmetry pair LegL–LegL names the same node twice"
	 */
	public static void validate(Skeleton skeleton, Path file) throws LabelsFileException {
		String problem = SkeletonValidator.problem(skeleton);
		if (problem != null) {
			throw new LabelsFileException(file, problem);
		}
	}
}
