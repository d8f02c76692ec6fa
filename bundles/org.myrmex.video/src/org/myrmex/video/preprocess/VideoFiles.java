// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.preprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.myrmex.video.VideoException;

/** Finds the videos in folders, by file extension. */
public final class VideoFiles {
	/** The extensions (lower case, no dot) taken as videos when a folder is given. */
	public static final List<String> EXTENSIONS = List.of("mp4", "avi", "mkv", "mov", "m4v", "mpg", "mpeg", "wmv",
			"webm", "h264", "ts");

	private VideoFiles() {
	}

	/**
	 * @return the videos directly inside {@code folder} (not in sub-folders, not hidden), sorted by name
	 * @throws VideoException naming the folder when it cannot be listed or holds no video
	 */
	public static List<Path> in(Path folder) throws VideoException {
		List<Path> videos;
		try (Stream<Path> files = Files.list(folder)) {
			videos = files.filter(Files::isRegularFile).filter(VideoFiles::isVideoName).sorted().toList();
		} catch (IOException e) {
			throw new VideoException(folder, "cannot list the folder (" + e.getMessage() + ")", e);
		}
		if (videos.isEmpty()) {
			throw new VideoException(folder, "the folder holds no videos (" + String.join(", ", EXTENSIONS) + ")");
		}
		return videos;
	}

	/**
	 * @return the files of {@code inputs}, each folder replaced by {@link #in(Path) its videos}
	 * @throws VideoException naming an input that does not exist
	 */
	public static List<Path> expand(List<Path> inputs) throws VideoException {
		List<Path> videos = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				videos.addAll(in(input));
			} else if (Files.exists(input)) {
				videos.add(input);
			} else {
				throw new VideoException(input, "no such file or folder");
			}
		}
		return videos;
	}

	private static boolean isVideoName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}
}
