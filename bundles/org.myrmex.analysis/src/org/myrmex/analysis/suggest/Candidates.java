// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * The frames that may be suggested: every frame of the chosen videos that holds no user instance, in pools — one per
 * video, or one for all videos together.
 */
final class Candidates {
	private Candidates() {
	}

	/** @return the videos to suggest in */
	static List<Video> videos(Labels labels, SuggestionOptions options) {
		return options.video() != null ? List.of(options.video()) : List.copyOf(labels.getVideos());
	}

	/** @return the frames of {@code video} that hold a user instance */
	static Set<Integer> labelled(Labels labels, Video video) {
		Set<Integer> frames = new HashSet<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video) {
				for (Instance instance : frame.getInstances()) {
					if (instance instanceof UserInstance) {
						frames.add(frame.getFrameIndex());
						break;
					}
				}
			}
		}
		return frames;
	}

	/**
	 * Every unlabelled frame of the chosen videos; a video whose length is unknown is opened to learn it, and one
	 * that cannot be opened is left out with a note.
	 *
	 * @return one pool per video ({@code perVideo}) or a single pool, each in video and frame order
	 */
	static List<List<FrameRef>> allFrames(Labels labels, Path labelsFile, SuggestionOptions options, List<String> notes) {
		Map<Video, List<FrameRef>> byVideo = new LinkedHashMap<>();
		for (Video video : videos(labels, options)) {
			int count = video.getFrameCount();
			if (count <= 0) {
				try (VideoSource source = Videos.open(video, labelsFile)) {
					count = source.frameCount();
				} catch (VideoException e) {
					notes.add("skipped " + video.getFilename() + ": " + e.getMessage());
					continue;
				}
			}
			Set<Integer> labelled = labelled(labels, video);
			List<FrameRef> frames = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				if (!labelled.contains(i)) {
					frames.add(new FrameRef(video, i));
				}
			}
			byVideo.put(video, frames);
		}
		return pools(byVideo, options.perVideo());
	}

	/** @return the pools of per-video frame lists: each video's, or all joined */
	static <T> List<List<T>> pools(Map<Video, List<T>> byVideo, boolean perVideo) {
		if (perVideo) {
			return new ArrayList<>(byVideo.values());
		}
		List<T> all = new ArrayList<>();
		byVideo.values().forEach(all::addAll);
		return List.of(all);
	}
}
