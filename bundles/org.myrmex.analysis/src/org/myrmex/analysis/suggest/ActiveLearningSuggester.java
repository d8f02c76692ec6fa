// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.analysis.internal.suggest.PoseNovelty;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.nn.predict.PosePredictor;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * ★ Active learning: ranks unlabelled frames by what the current model does not know ({@link Uncertainty}: low
 * peak confidence, spread confidence maps and, for a model trained with left/right flips, disagreement with its
 * mirrored prediction), weighted by novelty, and picks greedily, so that the picks are both hard and diverse.
 * Novelty has two factors: appearance (a frame whose HOG features, after PCA, lie close to a labelled or already
 * picked frame counts less) and pose ({@link PoseNovelty}: a frame whose predicted instances resemble labelled or
 * already picked instances in heading and posture counts less). Long videos are sampled: {@link #CANDIDATES_PER_PICK}
 * candidates per frame asked for, evenly spaced from a seeded start.
 */
final class ActiveLearningSuggester {
	/** Candidate frames predicted per frame asked for (at least {@link #MIN_CANDIDATES}). */
	static final int CANDIDATES_PER_PICK = 10;
	static final int MIN_CANDIDATES = 100;
	/** Labelled frames at most read to measure novelty against. */
	static final int MAX_LABELLED = 200;
	private static final int BATCH = 4;

	private ActiveLearningSuggester() {
	}

	/**
	 * @param flip the predictor's left/right node permutation, or null to leave mirror disagreement out (a model
	 *             trained without left/right flips)
	 * @return up to {@code count} frames of the pool, hardest and most novel first
	 */
	static List<FrameSuggestion> pick(List<FrameRef> pool, Labels labels, Path labelsFile, PosePredictor predictor,
			int[] flip, SuggestionOptions options, List<String> notes, IProgressMonitor monitor) {
		Random random = new Random(options.seed());
		List<FrameRef> candidates = sample(pool, Math.max(MIN_CANDIDATES, CANDIDATES_PER_PICK * options.count()), random);
		List<FrameRef> labelled = labelledFrames(pool, labels, random);
		SubMonitor progress = SubMonitor.convert(monitor, "Predicting candidate frames",
				candidates.size() + labelled.size() + 1);
		List<FrameRef> kept = new ArrayList<>();
		List<Uncertainty> uncertainty = new ArrayList<>();
		List<List<PredictedPose>> poses = new ArrayList<>();
		List<float[]> features = new ArrayList<>();
		List<float[]> known = new ArrayList<>();
		try (FrameFeatures describe = new FrameFeatures()) {
			for (Video video : videosOf(candidates)) {
				try (VideoSource source = Videos.open(video, labelsFile)) {
					ColorMode mode = source.channels() == 3 ? ColorMode.RGB : ColorMode.GRAY;
					List<FrameRef> ofVideo = candidates.stream().filter(f -> f.video() == video).toList();
					for (int start = 0; start < ofVideo.size(); start += BATCH) {
						List<FrameRef> batch = ofVideo.subList(start, Math.min(ofVideo.size(), start + BATCH));
						List<VideoFrame> frames = new ArrayList<>();
						List<VideoFrame> mirrored = new ArrayList<>();
						for (FrameRef f : batch) {
							VideoFrame frame = source.read(f.frame(), mode);
							frames.add(frame);
							if (flip != null) {
								mirrored.add(Uncertainty.mirror(frame));
							}
							features.add(describe.hog(frame));
						}
						List<List<PredictedPose>> direct = predictor.predict(frames);
						List<List<PredictedPose>> flipped = flip == null ? null : predictor.predict(mirrored);
						poses.addAll(direct);
						for (int i = 0; i < batch.size(); i++) {
							uncertainty.add(flip == null ? Uncertainty.of(direct.get(i))
									: Uncertainty.of(direct.get(i), flipped.get(i), frames.get(i).width(), flip));
						}
						kept.addAll(batch);
						if (progress.isCanceled()) {
							throw new OperationCanceledException();
						}
						progress.worked(batch.size());
					}
					for (FrameRef f : labelled) {
						if (f.video() == video) {
							known.add(describe.hog(source.read(f.frame(), ColorMode.GRAY)));
							progress.worked(1);
						}
					}
				} catch (VideoException e) {
					notes.add("skipped " + video.getFilename() + ": " + e.getMessage());
					features.subList(kept.size(), features.size()).clear();
					uncertainty.subList(kept.size(), uncertainty.size()).clear();
					poses.subList(kept.size(), poses.size()).clear();
				}
			}
		}
		if (kept.isEmpty()) {
			return List.of();
		}
		progress.subTask("Ranking " + kept.size() + " frames");
		PoseNovelty poseNovelty = new PoseNovelty(poses,
				PoseNovelty.describe(framesOf(labels, labelled), predictor.nodeNames()));
		return rank(kept, uncertainty, features, known, poseNovelty, options.count());
	}

	/**
	 * Greedy picks of the largest uncertainty × appearance novelty × pose novelty; both novelties fall near labelled
	 * and picked frames.
	 */
	private static List<FrameSuggestion> rank(List<FrameRef> frames, List<Uncertainty> uncertainty,
			List<float[]> features, List<float[]> known, PoseNovelty poseNovelty, int count) {
		List<float[]> all = new ArrayList<>(features);
		all.addAll(known);
		float[][] projected = FeatureClusters.pca(all.toArray(float[][]::new), 5);
		int n = frames.size();
		double[] nearest = new double[n];
		Arrays.fill(nearest, Double.POSITIVE_INFINITY);
		for (int i = 0; i < n; i++) {
			for (int j = n; j < projected.length; j++) {
				nearest[i] = Math.min(nearest[i], distance(projected[i], projected[j]));
			}
		}
		double reference = reference(projected, n, nearest);
		boolean[] taken = new boolean[n];
		List<FrameSuggestion> picked = new ArrayList<>();
		for (int k = 0; k < Math.min(count, n); k++) {
			int best = -1;
			double bestScore = -1;
			for (int i = 0; i < n; i++) {
				double score = taken[i] ? -1
						: uncertainty.get(i).value() * novelty(nearest[i], reference) * poseNovelty.of(i);
				if (score > bestScore) {
					bestScore = score;
					best = i;
				}
			}
			taken[best] = true;
			Uncertainty u = uncertainty.get(best);
			picked.add(new FrameSuggestion(frames.get(best).video(), frames.get(best).frame(), bestScore,
					String.format(Locale.ROOT, "uncertainty %.2f (%s), novelty: appearance %.2f, pose %.2f", u.value(),
							u.terms(), novelty(nearest[best], reference), poseNovelty.of(best)),
					SuggestionMethod.ACTIVE_LEARNING));
			for (int i = 0; i < n; i++) {
				nearest[i] = Math.min(nearest[i], distance(projected[i], projected[best]));
			}
			poseNovelty.pick(best);
		}
		return picked;
	}

	private static double novelty(double nearest, double reference) {
		return reference <= 0 || Double.isInfinite(nearest) ? 1 : Math.min(1, nearest / reference);
	}

	/** @return the median distance from a candidate to its nearest labelled frame (or candidate, without any) */
	private static double reference(float[][] projected, int n, double[] nearestLabelled) {
		double[] d = new double[n];
		for (int i = 0; i < n; i++) {
			d[i] = nearestLabelled[i];
			if (Double.isInfinite(d[i])) {
				for (int j = 0; j < n; j++) {
					if (j != i) {
						d[i] = Math.min(d[i], distance(projected[i], projected[j]));
					}
				}
			}
		}
		Arrays.sort(d);
		return n == 0 || Double.isInfinite(d[n / 2]) ? 0 : d[n / 2];
	}

	private static double distance(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			double d = a[i] - b[i];
			sum += d * d;
		}
		return Math.sqrt(sum);
	}

	/** @return {@code max} frames of the pool evenly spaced from a seeded offset (all when it has fewer) */
	private static List<FrameRef> sample(List<FrameRef> pool, int max, Random random) {
		if (pool.size() <= max) {
			return pool;
		}
		double step = (double) pool.size() / max;
		double offset = random.nextDouble() * step;
		List<FrameRef> out = new ArrayList<>();
		for (int i = 0; i < max; i++) {
			out.add(pool.get((int) Math.floor(offset + i * step)));
		}
		return out;
	}

	/** @return up to {@link #MAX_LABELLED} labelled frames of the pool's videos, a seeded sample */
	private static List<FrameRef> labelledFrames(List<FrameRef> pool, Labels labels, Random random) {
		List<FrameRef> all = new ArrayList<>();
		for (Video video : videosOf(pool)) {
			Set<Integer> frames = Candidates.labelled(labels, video);
			frames.stream().sorted().forEach(f -> all.add(new FrameRef(video, f)));
		}
		return sample(all, MAX_LABELLED, random);
	}

	private static List<LabeledFrame> framesOf(Labels labels, List<FrameRef> refs) {
		Set<FrameRef> wanted = new HashSet<>(refs);
		return labels.getLabeledFrames().stream()
				.filter(f -> wanted.contains(new FrameRef(f.getVideo(), f.getFrameIndex()))).toList();
	}

	private static List<Video> videosOf(List<FrameRef> frames) {
		return frames.stream().map(FrameRef::video).distinct().toList();
	}
}
