// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.myrmex.model.Labels;

/**
 * SLEAP's evaluation of predictions against a ground truth ({@code sleap.nn.evals.evaluate}), node by name: frames
 * paired by video and frame index, each frame's predictions matched greedily by OKS (σ {@link Oks#DEFAULT_STDDEV} for
 * every node, scale the ground truth's bounding-box area), then {@link Metrics}.
 *
 * @param truthName       how the ground truth is named in messages (its file)
 * @param predictionsName how the predictions are named in messages (their file)
 * @param metrics         the metrics
 * @param notes           what the reader should know about the input (frames left out, unscored predictions)
 */
public record Evaluation(String truthName, String predictionsName, Metrics metrics, List<String> notes) {

	public Evaluation {
		Objects.requireNonNull(metrics, "metrics");
		notes = List.copyOf(notes);
	}

	/**
	 * Evaluates predictions against a ground truth (the user instances of {@code truth}).
	 *
	 * @throws EvaluationException naming both files and the difference when their skeletons or videos differ, the
	 *                             predictions hold a frame twice, or no ground-truth frame has predictions
	 */
	public static Evaluation of(Labels truth, String truthName, Labels predictions, String predictionsName)
			throws EvaluationException {
		FramePairs frames = new FramePairs(truth, truthName, predictions, predictionsName);
		double[] stddev = new double[frames.nodes.size()];
		Arrays.fill(stddev, Oks.DEFAULT_STDDEV);
		List<InstanceMatching> matchings = new ArrayList<>(frames.pairs.size());
		for (FramePairs.FramePair pair : frames.pairs) {
			matchings.add(InstanceMatching.of(pair.truths(), pair.predictions(), stddev));
		}
		return new Evaluation(truthName, predictionsName, Metrics.of(frames.nodes, matchings), frames.notes);
	}
}
