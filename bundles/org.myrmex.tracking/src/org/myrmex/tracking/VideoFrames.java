// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.myrmex.model.Video;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/** The grey frames of a labels file's videos, opened when first asked for, for the flow tracker. Must be closed. */
public final class VideoFrames implements FrameImages, AutoCloseable {
	private final Path labelsFile;
	private final Map<Video, VideoSource> open = new HashMap<>();

	/** @param labelsFile the file the labels came from, to find videos stored by relative or foreign paths */
	public VideoFrames(Path labelsFile) {
		this.labelsFile = labelsFile;
	}

	@Override
	public GreyFrame read(Video video, int frameIndex) throws IOException {
		try {
			VideoSource source = open.get(video);
			if (source == null) {
				source = Videos.open(video, labelsFile);
				open.put(video, source);
			}
			VideoFrame frame = source.readGray(frameIndex);
			return new GreyFrame(frame.pixels(), frame.width(), frame.height());
		} catch (VideoException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		for (VideoSource source : open.values()) {
			source.close();
		}
		open.clear();
	}
}
