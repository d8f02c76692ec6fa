// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

/**
 * A prediction matched to a ground-truth instance.
 *
 * @param truth      the ground-truth instance
 * @param prediction the prediction
 * @param oks        their object keypoint similarity
 */
public record MatchedPair(Pose truth, Pose prediction, double oks) {
}
