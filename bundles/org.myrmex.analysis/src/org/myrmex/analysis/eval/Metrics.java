// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything SLEAP's evaluator ({@code sleap.nn.evals.evaluate}) reports for a ground truth and its predictions, with
 * the same definitions, plus the counts behind them and per-node figures.
 *
 * @param nodes                the node names, in the order of the per-node figures
 * @param framePairs           the ground-truth frames with user instances that have a predicted frame
 * @param truthInstances       the user instances of those frames
 * @param predictions          the predictions of those frames
 * @param matched              the matched pairs
 * @param missed               the ground-truth instances no prediction matched (false negatives)
 * @param visibility           {@code vis.*}
 * @param distance             {@code dist.*}
 * @param pckThresholds        {@code pck.thresholds}: 1…10 px
 * @param meanPck              {@code pck.mPCK}
 * @param meanOks              {@code oks.mOKS}: the mean OKS of the matched pairs
 * @param oksVoc               {@code oks_voc.*}: VOC metrics with OKS as the match score
 * @param pckVoc               {@code pck_voc.*}: VOC metrics with each pair's PCK as the match score
 * @param perNode              per node: distances, PCK, visibility
 */
public record Metrics(List<String> nodes, int framePairs, int truthInstances, int predictions, int matched, int missed,
		VisibilityMetrics visibility, DistanceMetrics distance, double[] pckThresholds, double meanPck, double meanOks,
		VocMetrics oksVoc, VocMetrics pckVoc, List<NodeMetrics> perNode) {

	public Metrics {
		nodes = List.copyOf(nodes);
		perNode = List.copyOf(perNode);
		pckThresholds = pckThresholds.clone();
	}

	/** @return the predictions that matched no ground-truth instance */
	public int unmatchedPredictions() {
		return predictions - matched;
	}

	/**
	 * Computes the metrics from each paired frame's matching, in frame order.
	 *
	 * @param nodes the node names of the poses
	 */
	public static Metrics of(List<String> nodes, List<InstanceMatching> frames) {
		int nodeCount = nodes.size();
		List<MatchedPair> pairs = new ArrayList<>();
		int missed = 0;
		int predictions = 0;
		for (InstanceMatching frame : frames) {
			pairs.addAll(frame.pairs());
			missed += frame.falseNegatives().size();
			predictions += frame.pairs().size() + frame.unmatched();
		}
		int n = pairs.size();
		double[] distances = new double[n * nodeCount];
		double[][] byNode = new double[nodeCount][n];
		VisibilityMetrics visibility = new VisibilityMetrics(0, 0, 0, 0);
		VisibilityMetrics[] nodeVisibility = new VisibilityMetrics[nodeCount];
		java.util.Arrays.fill(nodeVisibility, visibility);
		double[] oks = new double[n];
		double[] detectionScores = new double[n];
		for (int p = 0; p < n; p++) {
			MatchedPair pair = pairs.get(p);
			oks[p] = pair.oks();
			detectionScores[p] = pair.prediction().score();
			for (int node = 0; node < nodeCount; node++) {
				Pose truth = pair.truth();
				Pose prediction = pair.prediction();
				double dx = prediction.x(node) - truth.x(node);
				double dy = prediction.y(node) - truth.y(node);
				double distance = Math.sqrt(dx * dx + dy * dy);
				distances[p * nodeCount + node] = distance;
				byNode[node][p] = distance;
				visibility = visibility.plus(!truth.missing(node), !prediction.missing(node));
				nodeVisibility[node] = nodeVisibility[node].plus(!truth.missing(node), !prediction.missing(node));
			}
		}
		Pck pck = new Pck(distances, n, nodeCount);
		List<NodeMetrics> perNode = new ArrayList<>(nodeCount);
		for (int node = 0; node < nodeCount; node++) {
			perNode.add(new NodeMetrics(nodes.get(node), DistanceMetrics.of(byNode[node]), pck.parts[node],
					nodeVisibility[node]));
		}
		int truths = n + missed;
		return new Metrics(nodes, frames.size(), truths, predictions, n, missed, visibility,
				DistanceMetrics.of(distances), Pck.THRESHOLDS, pck.mean, NumpyMath.mean(oks),
				VocMetrics.of(detectionScores, oks, truths), VocMetrics.of(detectionScores, pck.pairScores, truths),
				perNode);
	}

	/** SLEAP's PCK ({@code compute_pck_metrics}): a point counts within a threshold when its distance is below it. */
	private static final class Pck {
		static final double[] THRESHOLDS = NumpyMath.linspace(1, 10, 10);

		final double[] parts;
		final double[] pairScores;
		final double mean;

		Pck(double[] distances, int pairs, int nodes) {
			int t = THRESHOLDS.length;
			int[][] within = new int[nodes][t];
			pairScores = new double[pairs];
			double[] perNode = new double[nodes];
			for (int p = 0; p < pairs; p++) {
				for (int node = 0; node < nodes; node++) {
					double distance = distances[p * nodes + node];
					int count = 0;
					for (int k = 0; k < t; k++) {
						if (distance < THRESHOLDS[k]) {
							within[node][k]++;
							count++;
						}
					}
					perNode[node] = count / (double) t;
				}
				pairScores[p] = NumpyMath.sum(perNode) / nodes;
			}
			parts = new double[nodes];
			for (int node = 0; node < nodes; node++) {
				double[] shares = new double[t];
				for (int k = 0; k < t; k++) {
					shares[k] = within[node][k] / (double) pairs;
				}
				parts[node] = NumpyMath.mean(shares);
			}
			mean = NumpyMath.mean(parts);
		}
	}
}
