// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.nn.predict.PosePredictor;

/**
 * The learning-curve benchmark's frame picks (releng/bench/learning-curve.sh), in the suggesters' own package so
 * that it can hand them an exact pool: the labelled frames that are neither held out nor picked yet. Active learning
 * sees labels that hold only the frames picked so far (its novelty is measured against them alone) and the models
 * trained on them; the held-out frames are never shown to any method. Frames are named by labelled-frame index
 * (SLEAP's {@code split_by_inds}).
 */
public final class LearningCurvePicks {
	private LearningCurvePicks() {
	}

	/** @return the labelled-frame indices of the held-out frames: those with {@code frame_idx // 30 % 5 == 4} */
	public static List<Integer> heldOut(Labels labels) {
		List<Integer> out = new ArrayList<>();
		List<LabeledFrame> frames = labels.getLabeledFrames();
		for (int i = 0; i < frames.size(); i++) {
			if (frames.get(i).getFrameIndex() / 30 % 5 == 4) {
				out.add(i);
			}
		}
		return out;
	}

	/**
	 * @param method  random, image_features or active_learning
	 * @param seed    the run's seed
	 * @param round   the round (0 for the first frames; mixed into the random seed so that rounds differ)
	 * @param picked  labelled-frame indices picked so far
	 * @param models  active learning's centroid and centred-instance model folders (empty in the first round: then
	 *                it picks at random, as random does)
	 * @return {@code count} new labelled-frame indices, best first
	 */
	public static List<Integer> pick(String method, long seed, int round, Labels labels, Path labelsFile,
			List<Integer> picked, int count, List<Path> models) throws SuggestionException {
		List<LabeledFrame> frames = List.copyOf(labels.getLabeledFrames());
		Set<Integer> excluded = new HashSet<>(picked);
		excluded.addAll(heldOut(labels));
		List<FrameRef> pool = new ArrayList<>();
		for (int i = 0; i < frames.size(); i++) {
			if (!excluded.contains(i)) {
				pool.add(new FrameRef(frames.get(i).getVideo(), frames.get(i).getFrameIndex()));
			}
		}
		List<String> notes = new ArrayList<>();
		List<FrameSuggestion> found;
		if (method.equals("random") || method.equals("active_learning") && models.isEmpty()) {
			found = SampleSuggester.random(pool, count, new Random(seed * 1009 + round));
		} else if (method.equals("image_features")) {
			SuggestionOptions options = SuggestionOptions.of(SuggestionMethod.IMAGE_FEATURES, count).withSeed(seed);
			found = ImageFeatureSuggester.pick(pool, labelsFile, options, notes, new NullProgressMonitor());
		} else if (method.equals("active_learning")) {
			Set<LabeledFrame> keep = new HashSet<>();
			picked.forEach(i -> keep.add(frames.get(i)));
			labels.getLabeledFrames().retainAll(keep);
			SuggestionOptions options = SuggestionOptions.of(SuggestionMethod.ACTIVE_LEARNING, count).withSeed(seed);
			try (PosePredictor predictor = ModelPredictor.open(labels, labelsFile, models)) {
				found = ActiveLearningSuggester.pick(pool, labels, labelsFile, predictor,
						ModelPredictor.mirror(predictor, labels, models), options, notes, new NullProgressMonitor());
			}
		} else {
			throw new SuggestionException("unknown method " + method + "; random, image_features or active_learning");
		}
		notes.forEach(n -> System.err.println("note: " + n));
		List<Integer> out = new ArrayList<>();
		for (FrameSuggestion s : found) {
			for (int i = 0; i < frames.size(); i++) {
				if (frames.get(i).getVideo() == s.video() && frames.get(i).getFrameIndex() == s.frame()) {
					out.add(i);
					System.err.println("  picked frame " + s.frame() + ": " + s.reason());
				}
			}
		}
		if (out.size() != count) {
			throw new SuggestionException(method + " picked " + out.size() + " of " + count + " frames");
		}
		return out;
	}
}
