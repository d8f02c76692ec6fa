// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

/**
 * The metrics of one node over the matched pairs.
 *
 * @param node       the node's name
 * @param distance   its distances
 * @param pck        SLEAP's {@code pck.mPCK_parts} for it: the share of pairs within each PCK threshold, averaged
 *                   over the thresholds (a point missing from either side counts as outside)
 * @param visibility its visibility counts
 */
public record NodeMetrics(String node, DistanceMetrics distance, double pck, VisibilityMetrics visibility) {
}
