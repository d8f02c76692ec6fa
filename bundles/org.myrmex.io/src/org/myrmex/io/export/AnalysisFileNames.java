// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.util.Locale;
import java.util.Objects;

import org.myrmex.model.Video;

/** SLEAP's default names for analysis exports: {@code {labels}.{video index:03d}_{video}.analysis.{h5|csv}}. */
public final class AnalysisFileNames {
	private AnalysisFileNames() {
	}

	/**
	 * The default name of a video's analysis export, e.g. {@code small_robot.000_small_robot_3_frame.analysis.h5}
	 * for video 0, {@code D:/data/small_robot_3_frame.mp4}, of {@code small_robot.slp}.
	 *
	 * @param labelsFileName the labels file's name (or path); its last extension is dropped; {@code null} gives
	 *                       SLEAP's {@code labels}
	 * @param videoIndex     the video's index in the labels
	 * @param video          the video; the last component of its file name (either separator), without its
	 *                       extension, is used
	 * @param extension      {@code h5} or {@code csv}
	 * @throws IllegalArgumentException if {@code videoIndex} is negative or {@code extension} is blank
	 */
	public static String of(String labelsFileName, int videoIndex, Video video, String extension) {
		Objects.requireNonNull(video, "video");
		Objects.requireNonNull(extension, "extension");
		if (videoIndex < 0) {
			throw new IllegalArgumentException("video index must not be negative: " + videoIndex);
		}
		if (extension.isBlank()) {
			throw new IllegalArgumentException("extension must not be blank");
		}
		String labels = labelsFileName == null ? "labels" : stem(labelsFileName);
		return String.format(Locale.ROOT, "%s.%03d_%s.analysis.%s", labels, videoIndex, stem(video.getFilename()),
				extension);
	}

	/** The last path component (either separator) without its last extension. */
	static String stem(String path) {
		String name = path == null ? "" : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
