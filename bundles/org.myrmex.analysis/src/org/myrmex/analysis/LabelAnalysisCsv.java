// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myrmex.analysis.LabelAnalysis.NodeCount;
import org.myrmex.analysis.LabelAnalysis.VideoAnalysis;

/**
 * A label analysis as CSV: a header, one row for the whole labels file ({@code scope} = the file's name), then one
 * row per video; the counts, then per node its invisible points and their percentage of the user instances
 * (two decimals). A node is named {@code skeleton/node} when the labels hold more than one skeleton.
 */
public final class LabelAnalysisCsv {
	private LabelAnalysisCsv() {
	}

	/** @return the CSV text, lines ending in {@code \n} */
	public static String of(String labelsName, LabelAnalysis all, List<VideoAnalysis> videos) {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("scope", "frames", "labelled_frames", "user_instances",
				"predicted_instances", "unverified_points"));
		boolean skeletons = all.invisibleByNode().stream().map(NodeCount::skeleton).distinct().count() > 1;
		for (NodeCount node : all.invisibleByNode()) {
			String name = skeletons ? node.skeleton() + "/" + node.node() : node.node();
			header.add("invisible " + name);
			header.add("invisible % " + name);
		}
		line(csv, header);
		row(csv, labelsName, all);
		for (VideoAnalysis video : videos) {
			row(csv, video.video(), video.analysis());
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String scope, LabelAnalysis analysis) {
		List<String> cells = new ArrayList<>(List.of(scope == null ? "" : scope, Integer.toString(analysis.frames()),
				Integer.toString(analysis.labelledFrames()), Integer.toString(analysis.userInstances()),
				Integer.toString(analysis.predictedInstances()), Integer.toString(analysis.unverifiedPoints())));
		for (NodeCount node : analysis.invisibleByNode()) {
			cells.add(Integer.toString(node.invisible()));
			cells.add(String.format(Locale.ROOT, "%.2f", node.percent()));
		}
		line(csv, cells);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quoted(cells.get(i)));
		}
		csv.append('\n');
	}

	private static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}
}
