// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.nio.file.Path;

/**
 * Frames of one video, numbered from 0: a media file, an image sequence, an HDF5 dataset or the frames a labels
 * package embeds. Every frame is returned exactly (the frame sequential decoding gives at that position), 8-bit
 * full range, grey or RGB. Implementations are thread-safe: the UI and background jobs may read at once.
 * Open one with {@link Videos}.
 */
public interface VideoSource extends AutoCloseable {

	/** @return the file (or folder) the frames come from */
	Path path();

	int frameCount();

	int width();

	int height();

	/** @return the channels the video stores: 1 (grey) or 3 (colour) */
	int channels();

	/** @return frames per second; the average for variable-frame-rate media, 0 where the source has no rate */
	double fps();

	/**
	 * Returns one frame.
	 *
	 * @param index the frame number, 0 ≤ index &lt; {@link #frameCount()}
	 * @throws VideoException when the index is out of range or the frame cannot be decoded
	 */
	VideoFrame read(int index, ColorMode mode) throws VideoException;

	/** @return frame {@code index} as grey */
	default VideoFrame readGray(int index) throws VideoException {
		return read(index, ColorMode.GRAY);
	}

	/** @return frame {@code index} as RGB */
	default VideoFrame readRgb(int index) throws VideoException {
		return read(index, ColorMode.RGB);
	}

	/**
	 * Opens a sequential reader (the playback path) that returns frames {@code start, start + 1, …} in order. It
	 * does not disturb random access and must be closed.
	 */
	default FrameReader sequential(int start, ColorMode mode) throws VideoException {
		checkIndex(start);
		return new FrameReader.ByIndex(this, start, mode);
	}

	/** @throws VideoException naming the file when {@code index} is not a frame of this video */
	default void checkIndex(int index) throws VideoException {
		if (index < 0 || index >= frameCount()) {
			throw new VideoException(path(), "frame " + index + " is out of range (the video has " + frameCount()
					+ " frames)");
		}
	}

	/** Releases decoders and caches. Idempotent. */
	@Override
	void close();
}
