// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.nio.file.Files;
import java.nio.file.Path;

import org.myrmex.video.internal.media.MediaVideo;

/** Opens video sources of every kind Myrmex reads. */
public final class Videos {
	private Videos() {
	}

	/**
	 * Opens a video by what the path is: a media file (MP4, AVI, MKV, MOV …).
	 *
	 * @throws VideoException naming the file when it is missing or not a readable video
	 */
	public static VideoSource open(Path path) throws VideoException {
		if (!Files.exists(path)) {
			throw new VideoException(path, "no such file");
		}
		return openMedia(path);
	}

	/** Opens a media file through FFmpeg with a packet index, a frame cache and read-ahead. */
	public static VideoSource openMedia(Path path) throws VideoException {
		return MediaVideo.open(path);
	}
}
