// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Suggestion;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * The frames a prediction run reads, per video, in increasing order, with the videos opened: a selection resolved
 * against the labels, every frame checked to lie in its video. Videos with no frame selected are not opened.
 * Close it to close the videos.
 */
public final class FramePlan implements AutoCloseable {

	/**
	 * One video's part of the plan.
	 *
	 * @param video  the labels' video
	 * @param source its frames
	 * @param frames the frame numbers to predict, increasing
	 */
	public record VideoFrames(Video video, VideoSource source, int[] frames) {
	}

	private final List<VideoFrames> videos;
	private final int frameCount;

	private FramePlan(List<VideoFrames> videos) {
		this.videos = List.copyOf(videos);
		this.frameCount = videos.stream().mapToInt(v -> v.frames().length).sum();
	}

	/**
	 * Resolves a selection.
	 *
	 * @param labelsFile the labels' file, against which stored video paths are resolved
	 * @throws PredictionException when a video is missing or unreadable, a frame is not in its video, or nothing
	 *                             is selected
	 */
	public static FramePlan of(Labels labels, Path labelsFile, FrameSelection selection) throws PredictionException {
		if (selection.video() != null && !labels.getVideos().contains(selection.video())) {
			throw new PredictionException(selection.video().getFilename() + ": not a video of "
					+ (labelsFile == null ? "the labels" : labelsFile.toString()));
		}
		List<VideoFrames> videos = new ArrayList<>();
		try {
			for (Video video : labels.getVideos()) {
				if (!selection.covers(video)) {
					continue;
				}
				TreeSet<Integer> listed = listed(labels, video, selection);
				if (listed != null && listed.isEmpty()) {
					continue;
				}
				VideoSource source = open(video, labelsFile);
				int[] frames;
				try {
					frames = selection.kind() == FrameSelection.Kind.UNLABELED
							? unlabelled(source.frameCount(), userFrames(labels, video))
							: frames(source, listed, selection);
				} catch (PredictionException | RuntimeException e) {
					source.close();
					throw e;
				}
				if (frames.length == 0) {
					source.close();
					continue;
				}
				videos.add(new VideoFrames(video, source, frames));
			}
		} catch (PredictionException | RuntimeException e) {
			videos.forEach(v -> v.source().close());
			throw e;
		}
		FramePlan plan = new FramePlan(videos);
		if (plan.frameCount == 0) {
			plan.close();
			throw new PredictionException((labelsFile == null ? "the labels" : labelsFile.toString()) + ": "
					+ (labels.getVideos().isEmpty() ? "no videos" : "no frames to predict among " + selection));
		}
		return plan;
	}

	/** @return the frames a labels-based selection names in {@code video}, or null for ALL and RANGE */
	private static TreeSet<Integer> listed(Labels labels, Video video, FrameSelection selection) {
		TreeSet<Integer> frames = new TreeSet<>();
		switch (selection.kind()) {
		case LABELED -> frames.addAll(userFrames(labels, video));
		case LISTED -> frames.addAll(selection.listed().getOrDefault(video, List.of()));
		case SUGGESTED -> {
			for (Suggestion suggestion : labels.getSuggestions()) {
				if (suggestion.getVideo() == video) {
					frames.add(suggestion.getFrameIndex());
				}
			}
		}
		default -> {
			return null;
		}
		}
		return frames;
	}

	/** @return the frames of {@code video} holding user instances */
	private static TreeSet<Integer> userFrames(Labels labels, Video video) {
		TreeSet<Integer> frames = new TreeSet<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video && frame.getInstances().stream().anyMatch(UserInstance.class::isInstance)) {
				frames.add(frame.getFrameIndex());
			}
		}
		return frames;
	}

	/** @return frames {@code 0…count-1} but {@code labelled}, increasing */
	static int[] unlabelled(int count, TreeSet<Integer> labelled) {
		int[] frames = new int[count - (int) labelled.stream().filter(f -> f >= 0 && f < count).count()];
		int at = 0;
		for (int frame = 0; frame < count; frame++) {
			if (!labelled.contains(frame)) {
				frames[at++] = frame;
			}
		}
		return frames;
	}

	private static VideoSource open(Video video, Path labelsFile) throws PredictionException {
		try {
			return labelsFile == null ? Videos.open(Path.of(video.getFilename())) : Videos.open(video, labelsFile);
		} catch (VideoException e) {
			throw new PredictionException(e.getMessage(), e);
		} catch (RuntimeException e) {
			throw new PredictionException(video.getFilename() + ": cannot open the video: " + e.getMessage(), e);
		}
	}

	private static int[] frames(VideoSource source, TreeSet<Integer> listed, FrameSelection selection)
			throws PredictionException {
		int count = source.frameCount();
		if (listed != null) {
			if (listed.first() < 0 || listed.last() >= count) {
				int bad = listed.first() < 0 ? listed.first() : listed.last();
				throw new PredictionException(source.path() + ": frame " + bad + " of " + selection
						+ " is out of range (the video has " + count + " frames)");
			}
			return listed.stream().mapToInt(Integer::intValue).toArray();
		}
		int first = selection.kind() == FrameSelection.Kind.RANGE ? selection.first() : 0;
		int last = selection.kind() == FrameSelection.Kind.RANGE ? selection.last() : count - 1;
		if (last >= count) {
			throw new PredictionException(source.path() + ": " + selection + " are out of range (the video has "
					+ count + " frames, 0-" + (count - 1) + ")");
		}
		int[] frames = new int[Math.max(0, last - first + 1)];
		for (int i = 0; i < frames.length; i++) {
			frames[i] = first + i;
		}
		return frames;
	}

	/** @return the videos with frames to predict, in the labels' order */
	public List<VideoFrames> videos() {
		return videos;
	}

	/** @return the number of frames to predict */
	public int frameCount() {
		return frameCount;
	}

	@Override
	public void close() {
		videos.forEach(v -> v.source().close());
	}
}
