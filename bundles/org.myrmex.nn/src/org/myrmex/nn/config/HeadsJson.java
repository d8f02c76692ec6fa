// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.nn.config.HeadConfig.CenteredInstance;
import org.myrmex.nn.config.HeadConfig.Centroid;
import org.myrmex.nn.config.HeadConfig.ClassMaps;
import org.myrmex.nn.config.HeadConfig.ClassVectors;
import org.myrmex.nn.config.HeadConfig.Confmaps;
import org.myrmex.nn.config.HeadConfig.Edge;
import org.myrmex.nn.config.HeadConfig.MultiClassBottomUp;
import org.myrmex.nn.config.HeadConfig.MultiClassTopDown;
import org.myrmex.nn.config.HeadConfig.MultiInstance;
import org.myrmex.nn.config.HeadConfig.Pafs;
import org.myrmex.nn.config.HeadConfig.SingleInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes {@code model.heads}, SLEAP's one-of section of output heads. */
final class HeadsJson {
	/** The choices of {@code model.heads}, in SLEAP's order. */
	static final List<String> HEADS = List.of("single_instance", "centroid", "centered_instance", "multi_instance",
			"multi_class_bottomup", "multi_class_topdown");
	private static final double SIGMA = 5.0;
	private static final double PAF_SIGMA = 15.0;

	private HeadsJson() {
	}

	static HeadConfig read(JsonSection heads) throws TrainingConfigException {
		String key = ModelJson.oneOf(heads, HEADS, "head");
		if (key == null) {
			return null;
		}
		JsonSection s = heads.section(key);
		return switch (key) {
		case "single_instance" -> new SingleInstance(s.texts("part_names", null), s.number("sigma", SIGMA),
				s.integer("output_stride", 1), s.number("loss_weight", 1.0), s.bool("offset_refinement", false));
		case "centroid" -> new Centroid(s.text("anchor_part", null), s.number("sigma", SIGMA),
				s.integer("output_stride", 1), s.number("loss_weight", 1.0), s.bool("offset_refinement", false));
		case "centered_instance" -> centered(s);
		case "multi_instance" -> new MultiInstance(confmaps(s.section("confmaps")), pafs(s.section("pafs")));
		case "multi_class_bottomup" -> new MultiClassBottomUp(confmaps(s.section("confmaps")),
				classMaps(s.section("class_maps")));
		default -> new MultiClassTopDown(centered(s.section("confmaps")), classVectors(s.section("class_vectors")));
		};
	}

	private static CenteredInstance centered(JsonSection s) throws TrainingConfigException {
		return new CenteredInstance(s.text("anchor_part", null), s.texts("part_names", null),
				s.number("sigma", SIGMA), s.integer("output_stride", 1), s.number("loss_weight", 1.0),
				s.bool("offset_refinement", false));
	}

	private static Confmaps confmaps(JsonSection s) throws TrainingConfigException {
		return new Confmaps(s.texts("part_names", null), s.number("sigma", SIGMA), s.integer("output_stride", 1),
				s.number("loss_weight", 1.0), s.bool("offset_refinement", false));
	}

	private static Pafs pafs(JsonSection s) throws TrainingConfigException {
		List<JsonNode> elements = s.elements("edges");
		List<Edge> edges = null;
		if (elements != null) {
			edges = new ArrayList<>();
			for (int i = 0; i < elements.size(); i++) {
				JsonNode edge = elements.get(i);
				if (!edge.isArray() || edge.size() != 2 || !edge.get(0).isTextual() || !edge.get(1).isTextual()) {
					throw s.error("edges[" + i + "]", "expected [source, destination] node names, found " + edge);
				}
				edges.add(new Edge(edge.get(0).textValue(), edge.get(1).textValue()));
			}
		}
		return new Pafs(edges, s.number("sigma", PAF_SIGMA), s.integer("output_stride", 1),
				s.number("loss_weight", 1.0));
	}

	private static ClassMaps classMaps(JsonSection s) throws TrainingConfigException {
		return new ClassMaps(s.texts("classes", null), s.number("sigma", SIGMA), s.integer("output_stride", 1),
				s.number("loss_weight", 1.0));
	}

	private static ClassVectors classVectors(JsonSection s) throws TrainingConfigException {
		return new ClassVectors(s.texts("classes", null), s.integer("num_fc_layers", 1),
				s.integer("num_fc_units", 64), s.bool("global_pool", true), s.integer("output_stride", 1),
				s.number("loss_weight", 1.0));
	}

	static ObjectNode write(HeadConfig head) {
		ObjectNode json = JsonOut.object();
		for (String key : HEADS) {
			json.putNull(key);
		}
		if (head instanceof SingleInstance h) {
			ObjectNode o = json.putObject(h.key());
			o.set("part_names", JsonOut.texts(h.partNames()));
			maps(o, h.sigma(), h.outputStride(), h.lossWeight()).put("offset_refinement", h.offsetRefinement());
		} else if (head instanceof Centroid h) {
			ObjectNode o = json.putObject(h.key());
			o.put("anchor_part", h.anchorPart());
			maps(o, h.sigma(), h.outputStride(), h.lossWeight()).put("offset_refinement", h.offsetRefinement());
		} else if (head instanceof CenteredInstance h) {
			json.set(h.key(), centered(h));
		} else if (head instanceof MultiInstance h) {
			ObjectNode o = json.putObject(h.key());
			o.set("confmaps", confmaps(h.confmaps()));
			ObjectNode pafs = o.putObject("pafs");
			if (h.pafs().edges() == null) {
				pafs.putNull("edges");
			} else {
				ArrayNode edges = pafs.putArray("edges");
				h.pafs().edges().forEach(e -> edges.addArray().add(e.source()).add(e.destination()));
			}
			maps(pafs, h.pafs().sigma(), h.pafs().outputStride(), h.pafs().lossWeight());
		} else if (head instanceof MultiClassBottomUp h) {
			ObjectNode o = json.putObject(h.key());
			o.set("confmaps", confmaps(h.confmaps()));
			ObjectNode classMaps = o.putObject("class_maps");
			classMaps.set("classes", JsonOut.texts(h.classMaps().classes()));
			maps(classMaps, h.classMaps().sigma(), h.classMaps().outputStride(), h.classMaps().lossWeight());
		} else if (head instanceof MultiClassTopDown h) {
			ObjectNode o = json.putObject(h.key());
			o.set("confmaps", centered(h.confmaps()));
			ClassVectors v = h.classVectors();
			ObjectNode vectors = o.putObject("class_vectors");
			vectors.set("classes", JsonOut.texts(v.classes()));
			vectors.put("num_fc_layers", v.numFcLayers());
			vectors.put("num_fc_units", v.numFcUnits());
			vectors.put("global_pool", v.globalPool());
			vectors.put("output_stride", v.outputStride());
			vectors.put("loss_weight", v.lossWeight());
		}
		return json;
	}

	private static ObjectNode centered(CenteredInstance h) {
		ObjectNode o = JsonOut.object();
		o.put("anchor_part", h.anchorPart());
		o.set("part_names", JsonOut.texts(h.partNames()));
		return maps(o, h.sigma(), h.outputStride(), h.lossWeight()).put("offset_refinement", h.offsetRefinement());
	}

	private static ObjectNode confmaps(Confmaps c) {
		ObjectNode o = JsonOut.object();
		o.set("part_names", JsonOut.texts(c.partNames()));
		return maps(o, c.sigma(), c.outputStride(), c.lossWeight()).put("offset_refinement", c.offsetRefinement());
	}

	private static ObjectNode maps(ObjectNode o, double sigma, int outputStride, double lossWeight) {
		return o.put("sigma", sigma).put("output_stride", outputStride).put("loss_weight", lossWeight);
	}
}
