// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.render;

import java.util.List;

import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;

/** Reads the frames in order: a run of consecutive frames sequentially, a lone frame by seeking. */
final class FrameSequence implements AutoCloseable {
	private final VideoSource source;
	private final List<Integer> frames;
	/** Grey for grey videos: no RGB expansion by the decoder, the canvas repeats the grey value itself. */
	private final ColorMode mode;
	private FrameReader reader;
	private int at;

	FrameSequence(VideoSource source, List<Integer> frames) {
		this.source = source;
		this.frames = frames;
		this.mode = source.channels() == 1 ? ColorMode.GRAY : ColorMode.RGB;
	}

	VideoFrame read(int frame) throws VideoException {
		boolean runs = at + 1 < frames.size() && frames.get(at + 1) == frame + 1;
		at++;
		if (reader != null && reader.position() == frame && reader.hasNext()) {
			return reader.next();
		}
		if (runs) {
			close();
			reader = source.sequential(frame, mode);
			return reader.next();
		}
		return source.read(frame, mode);
	}

	@Override
	public void close() {
		if (reader != null) {
			reader.close();
			reader = null;
		}
	}
}
