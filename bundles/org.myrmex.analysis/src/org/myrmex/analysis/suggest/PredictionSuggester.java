// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;

/**
 * Suggestions from the predictions already in the labels: the frames with the lowest instance scores, the frames
 * where a track jumps (SLEAP's velocity method) and the frames where the number of predicted instances changes.
 */
final class PredictionSuggester {
	private PredictionSuggester() {
	}

	/**
	 * @param threshold only frames with an instance scoring below it (≤ 0: every predicted frame)
	 * @return the frames whose lowest instance score is lowest, up to {@code count}
	 */
	static List<FrameSuggestion> lowestScores(List<Predictions.Frame> frames, int count, double threshold) {
		List<FrameSuggestion> ranked = new ArrayList<>();
		for (Predictions.Frame frame : frames) {
			double lowest = Double.POSITIVE_INFINITY;
			for (PredictedInstance instance : frame.instances()) {
				lowest = Math.min(lowest, instance.getScore());
			}
			if (threshold > 0 && !(lowest < threshold)) {
				continue;
			}
			ranked.add(new FrameSuggestion(frame.ref().video(), frame.ref().frame(), -lowest,
					String.format(Locale.ROOT, "lowest instance score %.3f", lowest), SuggestionMethod.PREDICTION_SCORE));
		}
		return best(ranked, count);
	}

	/**
	 * @param threshold standard deviations above a track's mean displacement from which a step counts as a jump
	 * @return the frames where a track's centroid moved furthest beyond its usual step, up to {@code count}
	 */
	static List<FrameSuggestion> jumps(List<Predictions.Frame> frames, int count, double threshold) {
		Map<Track, List<double[]>> steps = new HashMap<>(); // per track: {frame index in list, displacement}
		Map<Track, double[]> last = new HashMap<>(); // per track: {x, y, frame}
		for (int f = 0; f < frames.size(); f++) {
			Predictions.Frame frame = frames.get(f);
			for (PredictedInstance instance : frame.instances()) {
				double[] c = Predictions.centroid(instance);
				Track track = instance.getTrack();
				if (track == null || c == null) {
					continue;
				}
				double[] before = last.put(track, new double[] { c[0], c[1], frame.ref().frame() });
				if (before != null && before[2] < frame.ref().frame()) {
					double d = Math.hypot(c[0] - before[0], c[1] - before[1]) / (frame.ref().frame() - before[2]);
					steps.computeIfAbsent(track, t -> new ArrayList<>()).add(new double[] { f, d });
				}
			}
		}
		Map<Integer, Double> worst = new HashMap<>();
		for (List<double[]> track : steps.values()) {
			double mean = track.stream().mapToDouble(s -> s[1]).average().orElse(0);
			double variance = track.stream().mapToDouble(s -> (s[1] - mean) * (s[1] - mean)).average().orElse(0);
			double sd = Math.sqrt(variance);
			for (double[] step : track) {
				double z = sd > 0 ? (step[1] - mean) / sd : 0;
				if (z >= threshold) {
					worst.merge((int) step[0], z, Math::max);
				}
			}
		}
		List<FrameSuggestion> ranked = new ArrayList<>();
		worst.forEach((f, z) -> ranked.add(new FrameSuggestion(frames.get(f).ref().video(), frames.get(f).ref().frame(),
				z, String.format(Locale.ROOT, "a track jumps %.1f standard deviations", z), SuggestionMethod.VELOCITY)));
		return best(ranked, count);
	}

	/** @return the frames whose number of predicted instances differs from the previous predicted frame's */
	static List<FrameSuggestion> countChanges(List<Predictions.Frame> frames, int count) {
		List<FrameSuggestion> ranked = new ArrayList<>();
		for (int f = 1; f < frames.size(); f++) {
			Predictions.Frame before = frames.get(f - 1);
			Predictions.Frame frame = frames.get(f);
			int change = frame.instances().size() - before.instances().size();
			if (change != 0 && before.ref().video() == frame.ref().video()) {
				ranked.add(new FrameSuggestion(frame.ref().video(), frame.ref().frame(), Math.abs(change),
						before.instances().size() + " → " + frame.instances().size() + " instances",
						SuggestionMethod.INSTANCE_COUNT));
			}
		}
		return best(ranked, count);
	}

	/** @return the {@code count} highest scores, ties in frame order */
	private static List<FrameSuggestion> best(List<FrameSuggestion> ranked, int count) {
		List<FrameSuggestion> sorted = new ArrayList<>(ranked);
		sorted.sort(Comparator.comparingDouble(FrameSuggestion::score).reversed()
				.thenComparingInt(FrameSuggestion::frame));
		return sorted.subList(0, Math.min(count, sorted.size()));
	}
}
