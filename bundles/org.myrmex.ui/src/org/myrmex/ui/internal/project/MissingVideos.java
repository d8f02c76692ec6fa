// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.io.ResolvedVideo;
import org.myrmex.io.VideoPathResolver;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/** The videos of a labels file that cannot be found on this machine, and where replacements are looked for. */
public final class MissingVideos {
	private MissingVideos() {
	}

	/**
	 * @return the videos of {@code labels} whose file {@link VideoPathResolver} does not find from
	 *         {@code labelsFile} (videos embedded in the labels file itself are never missing)
	 */
	public static List<Video> of(Labels labels, Path labelsFile) {
		VideoPathResolver resolver = new VideoPathResolver();
		List<Video> missing = new ArrayList<>();
		for (Video video : labels.getVideos()) {
			if (!isEmbeddedHere(video) && !resolver.resolve(video.getFilename(), labelsFile).isResolved()) {
				missing.add(video);
			}
		}
		return missing;
	}

	private static boolean isEmbeddedHere(Video video) {
		String stored = video.getFilename();
		return video.getBackend() == VideoBackend.EMBEDDED && (stored == null || stored.isBlank() || stored.equals("."));
	}

	/**
	 * Looks for each of {@code videos} in {@code folder} (by the trailing parts of its stored name, as SLEAP's
	 * search path hints do, then by file name up to two levels below).
	 *
	 * @return the videos found, with their files
	 */
	public static Map<Video, Path> searchIn(Path folder, List<Video> videos) {
		VideoPathResolver resolver = new VideoPathResolver(List.of(folder), 0);
		Map<Video, Path> found = new LinkedHashMap<>();
		for (Video video : videos) {
			ResolvedVideo resolved = resolver.resolve(video.getFilename(), folder.resolve("labels.slp"));
			resolved.path().ifPresent(path -> found.put(video, path));
		}
		return found;
	}

	/** @return the absolute files of {@code labels}'s videos that are found from {@code labelsFile} */
	public static Map<Video, Path> found(Labels labels, Path labelsFile) {
		VideoPathResolver resolver = new VideoPathResolver();
		Map<Video, Path> found = new LinkedHashMap<>();
		for (Video video : labels.getVideos()) {
			if (!isEmbeddedHere(video)) {
				resolver.resolve(video.getFilename(), labelsFile).path().ifPresent(path -> found.put(video, path));
			}
		}
		return found;
	}
}
