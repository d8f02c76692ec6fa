// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.List;
import java.util.Objects;

/**
 * One choice of {@code model.heads}; {@link #key()} is its key in the file. Part names and edges left {@code null}
 * mean "all nodes / all edges of the skeleton".
 */
public sealed interface HeadConfig {

	/** @return the key of this choice in {@code model.heads} */
	String key();

	/**
	 * {@code single_instance}: one confidence map per part, one animal per image.
	 *
	 * @param partNames        the parts, or {@code null} for all nodes
	 * @param sigma            Gaussian spread in input pixels (5.0)
	 * @param outputStride     stride of the maps (1)
	 * @param lossWeight       weight of this output's loss (1.0)
	 * @param offsetRefinement add the offset-refinement output (false)
	 */
	record SingleInstance(List<String> partNames, double sigma, int outputStride, double lossWeight,
			boolean offsetRefinement) implements HeadConfig {

		/** Copies the list. */
		public SingleInstance {
			partNames = copyOrNull(partNames);
		}

		@Override
		public String key() {
			return "single_instance";
		}
	}

	/**
	 * {@code centroid}: one confidence map of instance centres (top-down, first stage).
	 *
	 * @param anchorPart       node used as the centre, or {@code null} for the bounding-box centre
	 * @param sigma            (5.0)
	 * @param outputStride     (1)
	 * @param lossWeight       (1.0)
	 * @param offsetRefinement (false)
	 */
	record Centroid(String anchorPart, double sigma, int outputStride, double lossWeight, boolean offsetRefinement)
			implements HeadConfig {

		@Override
		public String key() {
			return "centroid";
		}
	}

	/**
	 * {@code centered_instance}: confidence maps of the instance centred in a crop (top-down, second stage).
	 *
	 * @param anchorPart       node the crops are centred on, or {@code null} for the bounding-box centre
	 * @param partNames        the parts, or {@code null} for all nodes
	 * @param sigma            (5.0)
	 * @param outputStride     (1)
	 * @param lossWeight       (1.0)
	 * @param offsetRefinement (false)
	 */
	record CenteredInstance(String anchorPart, List<String> partNames, double sigma, int outputStride,
			double lossWeight, boolean offsetRefinement) implements HeadConfig {

		/** Copies the list. */
		public CenteredInstance {
			partNames = copyOrNull(partNames);
		}

		@Override
		public String key() {
			return "centered_instance";
		}
	}

	/**
	 * {@code multi_instance}: bottom-up confidence maps and part affinity fields.
	 *
	 * @param confmaps the confidence maps
	 * @param pafs     the part affinity fields
	 */
	record MultiInstance(Confmaps confmaps, Pafs pafs) implements HeadConfig {

		/** Checks that both parts are present. */
		public MultiInstance {
			Objects.requireNonNull(confmaps, "confmaps");
			Objects.requireNonNull(pafs, "pafs");
		}

		@Override
		public String key() {
			return "multi_instance";
		}
	}

	/**
	 * {@code multi_class_bottomup}: bottom-up confidence maps and identity class maps.
	 *
	 * @param confmaps  the confidence maps
	 * @param classMaps the class maps
	 */
	record MultiClassBottomUp(Confmaps confmaps, ClassMaps classMaps) implements HeadConfig {

		/** Checks that both parts are present. */
		public MultiClassBottomUp {
			Objects.requireNonNull(confmaps, "confmaps");
			Objects.requireNonNull(classMaps, "classMaps");
		}

		@Override
		public String key() {
			return "multi_class_bottomup";
		}
	}

	/**
	 * {@code multi_class_topdown}: centred-instance confidence maps and identity class vectors.
	 *
	 * @param confmaps     the confidence maps
	 * @param classVectors the class vectors
	 */
	record MultiClassTopDown(CenteredInstance confmaps, ClassVectors classVectors) implements HeadConfig {

		/** Checks that both parts are present. */
		public MultiClassTopDown {
			Objects.requireNonNull(confmaps, "confmaps");
			Objects.requireNonNull(classVectors, "classVectors");
		}

		@Override
		public String key() {
			return "multi_class_topdown";
		}
	}

	/**
	 * Multi-instance confidence maps ({@code confmaps} of the bottom-up heads).
	 *
	 * @param partNames        the parts, or {@code null} for all nodes
	 * @param sigma            (5.0)
	 * @param outputStride     (1)
	 * @param lossWeight       (1.0)
	 * @param offsetRefinement (false)
	 */
	record Confmaps(List<String> partNames, double sigma, int outputStride, double lossWeight,
			boolean offsetRefinement) {

		/** Copies the list. */
		public Confmaps {
			partNames = copyOrNull(partNames);
		}
	}

	/**
	 * Part affinity fields ({@code pafs}).
	 *
	 * @param edges        directed edges, or {@code null} for all edges of the skeleton
	 * @param sigma        (15.0)
	 * @param outputStride (1)
	 * @param lossWeight   (1.0)
	 */
	record Pafs(List<Edge> edges, double sigma, int outputStride, double lossWeight) {

		/** Copies the list. */
		public Pafs {
			edges = copyOrNull(edges);
		}
	}

	/**
	 * A directed edge by node names, {@code [source, destination]} in the file.
	 *
	 * @param source      source node name
	 * @param destination destination node name
	 */
	record Edge(String source, String destination) {

		/** Checks that both names are present. */
		public Edge {
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(destination, "destination");
		}
	}

	/**
	 * Identity class maps ({@code class_maps}).
	 *
	 * @param classes      class (track) names, or {@code null}
	 * @param sigma        (5.0)
	 * @param outputStride (1)
	 * @param lossWeight   (1.0)
	 */
	record ClassMaps(List<String> classes, double sigma, int outputStride, double lossWeight) {

		/** Copies the list. */
		public ClassMaps {
			classes = copyOrNull(classes);
		}
	}

	/**
	 * Identity class vectors ({@code class_vectors}).
	 *
	 * @param classes      class (track) names, or {@code null}
	 * @param numFcLayers  fully connected layers before the output (1)
	 * @param numFcUnits   units per fully connected layer (64)
	 * @param globalPool   global max pooling before the layers (true)
	 * @param outputStride (1)
	 * @param lossWeight   (1.0)
	 */
	record ClassVectors(List<String> classes, int numFcLayers, int numFcUnits, boolean globalPool, int outputStride,
			double lossWeight) {

		/** Copies the list. */
		public ClassVectors {
			classes = copyOrNull(classes);
		}
	}

	private static <T> List<T> copyOrNull(List<T> list) {
		return list == null ? null : List.copyOf(list);
	}
}
