// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.videos;

import org.myrmex.model.Video;

/**
 * The texts of the Videos view's cells: what the labels store, completed by what {@link VideoProbe} found. A size or
 * frame count neither the labels nor the video give reads "unknown", never 0.
 */
public final class VideosLabels {
	/** A size or frame count that is not known. */
	public static final String UNKNOWN = "unknown";
	/** Shown while the video is being checked. */
	public static final String CHECKING = "…";
	/** Appended to the file name of a video whose file cannot be found. */
	public static final String MISSING = " (missing)";
	/** The grayscale cell of a video read as grey, and of one read in colour. */
	public static final String CHECKED = "☑";
	public static final String UNCHECKED = "☐";

	private VideosLabels() {
	}

	/** @return the video's file name without its folder (either separator), or "." for frames in the labels file */
	public static String fileName(Video video) {
		String name = video.getFilename();
		if (name == null || name.isBlank()) {
			return "(no file name)";
		}
		int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return cut < 0 || cut == name.length() - 1 ? name : name.substring(cut + 1);
	}

	/** @return the file cell: the file name, marked when the probe found the file missing */
	public static String file(Video video, VideoProbe.Result probed) {
		return probed != null && probed.missing() ? "⚠ " + fileName(video) + MISSING : fileName(video);
	}

	/** @return "width × height" from the labels, else from the video, else {@link #UNKNOWN} */
	public static String size(Video video, VideoProbe.Result probed) {
		if (video.getWidth() > 0 && video.getHeight() > 0) {
			return video.getWidth() + " × " + video.getHeight();
		}
		if (probed == null) {
			return CHECKING;
		}
		return probed.width() > 0 && probed.height() > 0 ? probed.width() + " × " + probed.height() : UNKNOWN;
	}

	/** @return the frame count from the labels, else from the video, else {@link #UNKNOWN} */
	public static String frames(Video video, VideoProbe.Result probed) {
		if (video.getFrameCount() > 0) {
			return Integer.toString(video.getFrameCount());
		}
		if (probed == null) {
			return CHECKING;
		}
		return probed.frames() > 0 ? Integer.toString(probed.frames()) : UNKNOWN;
	}

	/** @return the grayscale cell: a ticked or an empty box */
	public static String grayscale(Video video) {
		return video.isGrayscale() ? CHECKED : UNCHECKED;
	}

	/** @return the tooltip of the file cell: the stored path, and the problem found, if any */
	public static String tooltip(Video video, VideoProbe.Result probed) {
		String text = video.getFilename();
		if (probed != null && probed.problem() != null) {
			text += "\n" + probed.problem();
		}
		return text;
	}
}
