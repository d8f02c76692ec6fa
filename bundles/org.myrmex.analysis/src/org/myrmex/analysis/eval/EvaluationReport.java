// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.util.Locale;

/** An evaluation as a readable table: the summary SLEAP's metrics give, then per node. */
public final class EvaluationReport {
	private EvaluationReport() {
	}

	/** @return the report, lines ending in {@code \n} */
	public static String text(Evaluation evaluation) {
		Metrics m = evaluation.metrics();
		StringBuilder text = new StringBuilder();
		line(text, "Ground truth: %s", evaluation.truthName());
		line(text, "Predictions:  %s", evaluation.predictionsName());
		line(text, "Frames: %d paired; instances: %d ground truth, %d predicted, %d matched, %d missed, %d unmatched "
				+ "predictions", m.framePairs(), m.truthInstances(), m.predictions(), m.matched(), m.missed(),
				m.unmatchedPredictions());
		text.append('\n');
		line(text, "%-10s %9s %9s %9s", "", "mAP", "mAR", "mean");
		line(text, "%-10s %9s %9s %9s", "OKS", f(m.oksVoc().mAP()), f(m.oksVoc().mAR()), f(m.meanOks()));
		line(text, "%-10s %9s %9s %9s", "PCK", f(m.pckVoc().mAP()), f(m.pckVoc().mAR()), f(m.meanPck()));
		text.append('\n');
		DistanceMetrics d = m.distance();
		line(text, "Distance (px): mean %s  p50 %s  p75 %s  p90 %s  p95 %s  p99 %s", f(d.mean()), f(d.p50()),
				f(d.p75()), f(d.p90()), f(d.p95()), f(d.p99()));
		VisibilityMetrics v = m.visibility();
		line(text, "Visibility: precision %s  recall %s  (tp %d, fp %d, tn %d, fn %d)", f(v.precision()),
				f(v.recall()), v.tp(), v.fp(), v.tn(), v.fn());
		text.append('\n');
		int width = Math.max(4, m.nodes().stream().mapToInt(String::length).max().orElse(4));
		String row = "  %-" + width + "s %7s %9s %9s %9s %9s %9s %7s %7s";
		line(text, "Per node:");
		line(text, row, "node", "points", "mean", "p50", "p90", "p95", "PCK", "vis P", "vis R");
		for (NodeMetrics node : m.perNode()) {
			DistanceMetrics nd = node.distance();
			line(text, row, node.node(), nd.count(), f(nd.mean()), f(nd.p50()), f(nd.p90()), f(nd.p95()),
					f(node.pck()), f(node.visibility().precision()), f(node.visibility().recall()));
		}
		if (!evaluation.notes().isEmpty()) {
			text.append('\n');
		}
		for (String note : evaluation.notes()) {
			line(text, "Note: %s", note);
		}
		return text.toString();
	}

	private static String f(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
	}

	private static void line(StringBuilder text, String format, Object... values) {
		text.append(String.format(Locale.ROOT, format, values)).append('\n');
	}
}
