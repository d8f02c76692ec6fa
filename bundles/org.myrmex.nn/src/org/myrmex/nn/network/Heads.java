// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.network;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.HeadConfig.CenteredInstance;
import org.myrmex.nn.config.HeadConfig.Centroid;
import org.myrmex.nn.config.HeadConfig.Edge;
import org.myrmex.nn.config.HeadConfig.MultiInstance;
import org.myrmex.nn.config.HeadConfig.SingleInstance;
import org.myrmex.nn.network.HeadOutput.Kind;

/**
 * SLEAP's output heads ({@code sleap.nn.heads}): each a 1×1 linear convolution with bias on the backbone's
 * features at the head's output stride, named after SLEAP's head class. Confidence maps come first, then part
 * affinity fields, then the offset-refinement output (2 channels per part, loss weight 1) where the head asks for
 * it. SLEAP 1.0–1.1 named the layers with a {@code _0} suffix (one per stack), later versions without.
 */
public final class Heads {
	private Heads() {
	}

	/** One head to build: name, what it holds, stride, channels, loss weight. */
	private record Spec(String name, Kind kind, int stride, int channels, double lossWeight, String field) {
	}

	/**
	 * Builds the outputs of a head configuration.
	 *
	 * @param suffix   appended to every head layer name: {@code ""} as SLEAP ≥ 1.2 names them, {@code "_0"} as
	 *                 SLEAP 1.0–1.1 did
	 * @param skeleton node names and edges for heads that leave theirs {@code null}
	 * @throws IllegalArgumentException when the head is not supported, needs a skeleton it was not given, or asks
	 *                                  for a stride the backbone does not have
	 */
	public static List<HeadOutput> build(Layers layers, Backbone backbone, HeadConfig head, SkeletonNames skeleton,
			String suffix) {
		List<HeadOutput> outputs = new ArrayList<>();
		for (Spec spec : specs(head, skeleton)) {
			FeatureMap features = backbone.at(spec.stride()).orElseThrow(() -> new IllegalArgumentException(
					spec.field() + " " + spec.stride() + ": the backbone has no features at that stride (it has "
							+ backbone.features().stream().map(f -> String.valueOf(f.stride()))
									.collect(Collectors.joining(", "))
							+ ")"));
			String name = spec.name() + suffix;
			outputs.add(new HeadOutput(name, spec.kind(), spec.stride(), spec.lossWeight(),
					layers.conv(name, features.tensor(), spec.channels(), 1, false)));
		}
		return outputs;
	}

	/**
	 * @return the output stride of the head's confidence maps, which SLEAP makes the backbone's output stride
	 * @throws IllegalArgumentException when the head is not supported
	 */
	public static int confmapsStride(HeadConfig head) {
		if (head instanceof SingleInstance h) {
			return h.outputStride();
		}
		if (head instanceof Centroid h) {
			return h.outputStride();
		}
		if (head instanceof CenteredInstance h) {
			return h.outputStride();
		}
		if (head instanceof MultiInstance h) {
			return h.confmaps().outputStride();
		}
		throw unsupported(head);
	}

	private static List<Spec> specs(HeadConfig head, SkeletonNames skeleton) {
		String field = "model.heads." + head.key();
		List<Spec> specs = new ArrayList<>();
		if (head instanceof SingleInstance h) {
			int parts = parts(h.partNames(), skeleton, field + ".part_names");
			specs.add(new Spec("SingleInstanceConfmapsHead", Kind.CONFIDENCE_MAPS, h.outputStride(), parts,
					h.lossWeight(), field + ".output_stride"));
			offsets(specs, h.offsetRefinement(), h.outputStride(), parts, field);
		} else if (head instanceof Centroid h) {
			specs.add(new Spec("CentroidConfmapsHead", Kind.CONFIDENCE_MAPS, h.outputStride(), 1, h.lossWeight(),
					field + ".output_stride"));
			offsets(specs, h.offsetRefinement(), h.outputStride(), 1, field);
		} else if (head instanceof CenteredInstance h) {
			int parts = parts(h.partNames(), skeleton, field + ".part_names");
			specs.add(new Spec("CenteredInstanceConfmapsHead", Kind.CONFIDENCE_MAPS, h.outputStride(), parts,
					h.lossWeight(), field + ".output_stride"));
			offsets(specs, h.offsetRefinement(), h.outputStride(), parts, field);
		} else if (head instanceof MultiInstance h) {
			int parts = parts(h.confmaps().partNames(), skeleton, field + ".confmaps.part_names");
			int edges = edges(h.pafs().edges(), skeleton, field + ".pafs.edges");
			specs.add(new Spec("MultiInstanceConfmapsHead", Kind.CONFIDENCE_MAPS, h.confmaps().outputStride(), parts,
					h.confmaps().lossWeight(), field + ".confmaps.output_stride"));
			specs.add(new Spec("PartAffinityFieldsHead", Kind.PART_AFFINITY_FIELDS, h.pafs().outputStride(),
					2 * edges, h.pafs().lossWeight(), field + ".pafs.output_stride"));
			offsets(specs, h.confmaps().offsetRefinement(), h.confmaps().outputStride(), parts, field + ".confmaps");
		} else {
			throw unsupported(head);
		}
		return specs;
	}

	private static IllegalArgumentException unsupported(HeadConfig head) {
		return new IllegalArgumentException("model.heads." + head.key() + ": identity (multi-class) heads are not "
				+ "supported yet; use single_instance, centroid, centered_instance or multi_instance");
	}

	private static void offsets(List<Spec> specs, boolean wanted, int stride, int parts, String field) {
		if (wanted) {
			specs.add(new Spec("OffsetRefinementHead", Kind.OFFSETS, stride, 2 * parts, 1.0,
					field + ".output_stride"));
		}
	}

	private static int parts(List<String> names, SkeletonNames skeleton, String field) {
		if (names != null) {
			return count(names.size(), field);
		}
		if (skeleton.nodes().isEmpty()) {
			throw new IllegalArgumentException(field + " is not set and no skeleton was given to take the nodes from");
		}
		return skeleton.nodes().size();
	}

	private static int edges(List<Edge> edges, SkeletonNames skeleton, String field) {
		if (edges != null) {
			return count(edges.size(), field);
		}
		if (skeleton.edges().isEmpty()) {
			throw new IllegalArgumentException(field + " is not set and no skeleton was given to take the edges from");
		}
		return skeleton.edges().size();
	}

	private static int count(int size, String field) {
		if (size == 0) {
			throw new IllegalArgumentException(field + " is empty");
		}
		return size;
	}
}
