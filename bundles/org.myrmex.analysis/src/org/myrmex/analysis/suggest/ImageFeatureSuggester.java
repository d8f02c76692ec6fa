// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.model.Video;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * SLEAP's image-feature suggestions: each frame's appearance (HOG, or a bag of BRISK words), reduced by PCA,
 * clustered by k-means; frames are then taken from the clusters in turn (seeded random order within each), so that
 * visually different parts of the videos all get suggestions.
 */
public final class ImageFeatureSuggester {
	/** Frames at most described per pool; larger pools are sampled evenly. */
	static final int MAX_FRAMES = 5000;
	/** Visual words of the BRISK bag. */
	static final int WORDS = 32;

	private ImageFeatureSuggester() {
	}

	/**
	 * Clusters frames of one video by appearance, as the suggestions do: features ({@code options.features()}), PCA
	 * to {@code options.components()}, k-means into {@code options.clusters()}, seeded by {@code options.seed()}.
	 *
	 * @param frames frame indices, ascending
	 * @return the cluster, from 0, of each frame
	 * @throws VideoException when a frame cannot be read
	 */
	public static int[] clusters(VideoSource source, List<Integer> frames, SuggestionOptions options,
			IProgressMonitor monitor) throws VideoException {
		SubMonitor progress = SubMonitor.convert(monitor, "Describing frames", frames.size());
		List<Object> described = new ArrayList<>();
		try (FrameFeatures features = new FrameFeatures()) {
			describe(source, frames.stream().map(f -> new FrameRef(null, f)).toList(), options, features, progress,
					described);
		}
		return cluster(described, options);
	}

	/** @return up to {@code count} frames of the pool; videos that cannot be read are left out with a note */
	static List<FrameSuggestion> pick(List<FrameRef> pool, Path labelsFile, SuggestionOptions options,
			List<String> notes, IProgressMonitor monitor) {
		List<FrameRef> frames = pool;
		if (pool.size() > MAX_FRAMES) {
			frames = new ArrayList<>();
			for (FrameSuggestion s : SampleSuggester.stride(pool, MAX_FRAMES)) {
				frames.add(new FrameRef(s.video(), s.frame()));
			}
			notes.add("image features of " + MAX_FRAMES + " of " + pool.size() + " frames, evenly spaced");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Describing frames", frames.size());
		List<FrameRef> kept = new ArrayList<>();
		List<Object> described = new ArrayList<>();
		try (FrameFeatures features = new FrameFeatures()) {
			int start = 0;
			while (start < frames.size()) {
				Video video = frames.get(start).video();
				int end = start;
				while (end < frames.size() && frames.get(end).video() == video) {
					end++;
				}
				List<FrameRef> ofVideo = frames.subList(start, end);
				try (VideoSource source = Videos.open(video, labelsFile)) {
					describe(source, ofVideo, options, features, progress, described);
					kept.addAll(ofVideo);
				} catch (VideoException e) {
					notes.add("skipped " + video.getFilename() + ": " + e.getMessage());
					described.subList(kept.size(), described.size()).clear();
				}
				start = end;
			}
		}
		if (kept.isEmpty()) {
			return List.of();
		}
		progress.subTask("Clustering " + kept.size() + " frames");
		return takeInTurn(kept, cluster(described, options), options.count(), new Random(options.seed()));
	}

	/** Adds each frame's features (a HOG row, or BRISK descriptors) to {@code described}. */
	private static void describe(VideoSource source, List<FrameRef> frames, SuggestionOptions options,
			FrameFeatures features, SubMonitor progress, List<Object> described) throws VideoException {
		boolean hog = "hog".equals(options.features());
		read(source, frames, frame -> {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			described.add(hog ? features.hog(frame) : features.brisk(frame));
			progress.worked(1);
		});
	}

	/** @return the k-means cluster of each described frame, after PCA */
	private static int[] cluster(List<Object> described, SuggestionOptions options) {
		float[][] rows;
		if ("hog".equals(options.features())) {
			rows = described.stream().map(d -> (float[]) d).toArray(float[][]::new);
		} else {
			rows = FeatureClusters.bagOfWords(described.stream().map(d -> (float[][]) d).toList(), WORDS,
					options.seed());
		}
		return FeatureClusters.kmeans(FeatureClusters.pca(rows, options.components()), options.clusters(),
				options.seed());
	}

	/** A frame as it is decoded. */
	private interface FrameSink {
		void accept(VideoFrame frame) throws VideoException;
	}

	/** Reads the frames (ascending) of one video: sequentially when they are dense, else one by one. */
	private static void read(VideoSource source, List<FrameRef> frames, FrameSink sink) throws VideoException {
		int first = frames.get(0).frame();
		int last = frames.get(frames.size() - 1).frame();
		if (frames.size() * 2 < last - first + 1) {
			for (FrameRef f : frames) {
				sink.accept(source.read(f.frame(), ColorMode.GRAY));
			}
			return;
		}
		try (FrameReader reader = source.sequential(first, ColorMode.GRAY)) {
			int next = 0;
			for (int index = first; index <= last && next < frames.size(); index++) {
				VideoFrame frame = reader.next();
				if (frames.get(next).frame() == index) {
					sink.accept(frame);
					next++;
				}
			}
		}
	}

	/** Frames from each cluster in turn, largest cluster first, in a seeded random order within each cluster. */
	private static List<FrameSuggestion> takeInTurn(List<FrameRef> frames, int[] cluster, int count, Random random) {
		int k = 0;
		for (int c : cluster) {
			k = Math.max(k, c + 1);
		}
		List<List<FrameRef>> members = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			members.add(new ArrayList<>());
		}
		for (int i = 0; i < frames.size(); i++) {
			members.get(cluster[i]).add(frames.get(i));
		}
		List<Integer> order = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			Collections.shuffle(members.get(c), random);
			order.add(c);
		}
		order.sort((a, b) -> Integer.compare(members.get(b).size(), members.get(a).size()));
		List<FrameSuggestion> picked = new ArrayList<>();
		int n = Math.min(count, frames.size());
		for (int round = 0; picked.size() < n; round++) {
			for (int rank = 0; rank < k && picked.size() < n; rank++) {
				List<FrameRef> m = members.get(order.get(rank));
				if (round < m.size()) {
					FrameRef f = m.get(round);
					picked.add(new FrameSuggestion(f.video(), f.frame(), n - picked.size(), "image cluster "
							+ (rank + 1) + " of " + k + " (" + m.size() + " frames)", SuggestionMethod.IMAGE_FEATURES));
				}
			}
		}
		return picked;
	}
}
