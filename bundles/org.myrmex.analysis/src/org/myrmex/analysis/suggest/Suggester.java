// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Video;
import org.myrmex.nn.predict.PosePredictor;

/**
 * Suggests frames to label (SLEAP's "Labeling Suggestions"): by sampling, image features, prediction scores, track
 * jumps, instance-count changes or active learning with a trained model, per video or over all videos, never a
 * frame that holds a user instance.
 */
public final class Suggester {
	private Suggester() {
	}

	/**
	 * @param labelsFile the file the labels came from, to find their videos
	 * @throws SuggestionException when the labels have no video, the chosen video is not theirs, a prediction
	 *                             method finds no predicted instance in an unlabelled frame, or active learning's
	 *                             models cannot predict these labels
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	public static SuggestionResult suggest(Labels labels, Path labelsFile, SuggestionOptions options,
			IProgressMonitor monitor) throws SuggestionException {
		if (labels.getVideos().isEmpty()) {
			throw new SuggestionException(labelsFile + ": the labels have no video to suggest frames in");
		}
		if (options.video() != null && !labels.getVideos().contains(options.video())) {
			throw new SuggestionException(labelsFile + ": " + options.video().getFilename() + " is not one of its videos");
		}
		List<String> notes = new ArrayList<>();
		List<FrameSuggestion> picked = new ArrayList<>();
		SuggestionMethod method = options.method();
		if (method == SuggestionMethod.ACTIVE_LEARNING) {
			try (PosePredictor predictor = ModelPredictor.open(labels, labelsFile, options.models())) {
				int[] flip = ModelPredictor.mirror(predictor, labels, options.models());
				if (flip == null) {
					notes.add("mirror disagreement left out: the model was trained without left/right flips"
							+ " (random_flip), so its predictions of mirrored frames differ for that alone");
				}
				List<List<FrameRef>> pools = Candidates.allFrames(labels, labelsFile, options, notes);
				SubMonitor progress = SubMonitor.convert(monitor, "Suggesting frames", Math.max(1, pools.size()));
				for (List<FrameRef> pool : pools) {
					List<FrameSuggestion> some = ActiveLearningSuggester.pick(pool, labels, labelsFile, predictor, flip,
							options, notes, progress.split(1));
					note(some.size(), pool.size(), options, notes);
					picked.addAll(some);
				}
			}
		} else if (method == SuggestionMethod.RANDOM || method == SuggestionMethod.STRIDE
				|| method == SuggestionMethod.IMAGE_FEATURES) {
			List<List<FrameRef>> pools = Candidates.allFrames(labels, labelsFile, options, notes);
			SubMonitor progress = SubMonitor.convert(monitor, "Suggesting frames", Math.max(1, pools.size()));
			Random random = new Random(options.seed());
			for (List<FrameRef> pool : pools) {
				List<FrameSuggestion> some = switch (method) {
				case RANDOM -> SampleSuggester.random(pool, options.count(), random);
				case STRIDE -> SampleSuggester.stride(pool, options.count());
				default -> ImageFeatureSuggester.pick(pool, labelsFile, options, notes, progress.split(1));
				};
				note(some.size(), pool.size(), options, notes);
				picked.addAll(some);
			}
		} else {
			List<List<Predictions.Frame>> pools = Predictions.frames(labels, options);
			if (pools.stream().allMatch(List::isEmpty)) {
				throw new SuggestionException(labelsFile + ": no unlabelled frame holds predicted instances; predict first");
			}
			for (List<Predictions.Frame> pool : pools) {
				List<FrameSuggestion> some = switch (method) {
				case PREDICTION_SCORE -> PredictionSuggester.lowestScores(pool, options.count(), options.threshold());
				case VELOCITY -> PredictionSuggester.jumps(pool, options.count(), options.threshold());
				default -> PredictionSuggester.countChanges(pool, options.count());
				};
				note(some.size(), pool.size(), options, notes);
				picked.addAll(some);
			}
		}
		return new SuggestionResult(picked, notes);
	}

	private static void note(int got, int pool, SuggestionOptions options, List<String> notes) {
		if (got < options.count()) {
			notes.add("only " + got + " of the " + options.count() + " frames asked for" + (options.perVideo()
					? " in a video" : "") + " could be suggested (" + pool + " candidate frames)");
		}
	}

	/**
	 * Makes the labels' suggestions (SLEAP's {@code suggestions}) for the frames, leaving out frames already
	 * suggested; adding them to the labels is the caller's (an EMF command in the workbench).
	 *
	 * @param group SLEAP's suggestion group
	 * @return the new suggestions, not yet in the labels
	 */
	public static List<Suggestion> newSuggestions(Labels labels, List<FrameSuggestion> frames, int group) {
		Set<String> existing = new HashSet<>();
		for (Suggestion s : labels.getSuggestions()) {
			existing.add(key(s.getVideo(), s.getFrameIndex()));
		}
		List<Suggestion> added = new ArrayList<>();
		for (FrameSuggestion f : frames) {
			if (existing.add(key(f.video(), f.frame()))) {
				Suggestion s = LabelsFactory.eINSTANCE.createSuggestion();
				s.setVideo(f.video());
				s.setFrameIndex(f.frame());
				s.setGroup(group);
				added.add(s);
			}
		}
		return added;
	}

	private static String key(Video video, int frame) {
		return System.identityHashCode(video) + "/" + frame;
	}
}
