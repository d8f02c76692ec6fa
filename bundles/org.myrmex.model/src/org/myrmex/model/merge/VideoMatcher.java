// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.Objects;

import org.myrmex.model.Video;

/**
 * Decides whether a video of one labels file is the same video as one already merged. The default,
 * {@link #byFileName()}, compares file names only; the I/O layer can plug in a matcher that resolves paths on disk.
 */
@FunctionalInterface
public interface VideoMatcher {
	/** How well two videos match; the merger pairs a video with the best-matching free one. */
	enum Match {
		/** Different videos. */
		NONE,
		/** Probably the same video (for example the same name in another folder). */
		SIMILAR,
		/** The same video. */
		SAME
	}

	/**
	 * @param existing a video already in the merged labels
	 * @param incoming a video of the labels being merged in
	 * @return how well they match
	 */
	Match match(Video existing, Video incoming);

	/**
	 * The default rule: {@link Match#SAME} when the file names are equal; {@link Match#SIMILAR} when their base names
	 * (the last path component, either separator, so {@code D:\ants\a.mp4} and {@code /data/a.mp4} agree) are
	 * equal and so are width, height and frame count (as recorded, 0 when unknown); otherwise {@link Match#NONE}.
	 */
	static VideoMatcher byFileName() {
		return (existing, incoming) -> {
			String a = existing.getFilename();
			String b = incoming.getFilename();
			if (a == null || b == null) {
				return Match.NONE;
			}
			if (a.equals(b)) {
				return Match.SAME;
			}
			boolean sameName = baseName(a).equals(baseName(b));
			boolean sameShape = existing.getWidth() == incoming.getWidth() && existing.getHeight() == incoming.getHeight()
					&& existing.getFrameCount() == incoming.getFrameCount();
			return sameName && sameShape ? Match.SIMILAR : Match.NONE;
		};
	}

	/** @return the last component of {@code path}, split at {@code /} and {@code \} */
	static String baseName(String path) {
		Objects.requireNonNull(path, "path");
		return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
	}
}
