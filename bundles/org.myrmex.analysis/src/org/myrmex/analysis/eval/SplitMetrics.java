// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * The figures of one split's metrics file that runs are compared by, under SLEAP's names; NaN where the file has
 * none.
 *
 * @param split        the split ({@code train}, {@code val}, {@code test} …), from the file's name
 * @param file         the {@code metrics.<split>.json} or {@code metrics.<split>.npz} read
 * @param oksMap       {@code oks_voc.mAP}
 * @param oksMar       {@code oks_voc.mAR}
 * @param pckMap       {@code pck_voc.mAP}
 * @param distP50      {@code dist.p50}, pixels
 * @param distP90      {@code dist.p90}
 * @param distP95      {@code dist.p95}
 * @param visPrecision {@code vis.precision}
 * @param visRecall    {@code vis.recall}
 * @param nodes        per skeleton node, its distances; empty when the file has none
 */
public record SplitMetrics(String split, Path file, double oksMap, double oksMar, double pckMap, double distP50,
		double distP90, double distP95, double visPrecision, double visRecall, List<NodeDistances> nodes) {

	/** Copies the list. */
	public SplitMetrics {
		nodes = List.copyOf(nodes);
	}

	/**
	 * One node's distances between matched predicted and ground-truth points.
	 *
	 * @param node      the node's name ({@code node N}, counted from 0, when the file does not name it)
	 * @param distances every distance measured, when the file keeps them (SLEAP's {@code dist.dists}), else empty
	 * @param summary   count, mean and percentiles (from the distances, or as the file gives them)
	 */
	public record NodeDistances(String node, double[] distances, DistanceMetrics summary) {
	}

	/** @return the names of the figures of {@link #values()}, in order */
	public static List<String> names() {
		return List.of("OKS mAP", "OKS mAR", "PCK mAP", "dist p50", "dist p90", "dist p95", "vis precision",
				"vis recall");
	}

	/** @return the figures in the order of {@link #names()} */
	public double[] values() {
		return new double[] { oksMap, oksMar, pckMap, distP50, distP90, distP95, visPrecision, visRecall };
	}
}
