// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

/**
 * Frames of a video in order, from a start frame (playback, inference, export). Not thread-safe; close it when
 * done.
 */
public interface FrameReader extends AutoCloseable {

	/** @return the number of the frame the next {@link #next()} returns */
	int position();

	/** @return whether another frame follows */
	boolean hasNext();

	/** @return the next frame */
	VideoFrame next() throws VideoException;

	/**
	 * Decodes the next frame into a buffer the caller reuses (no allocation per frame: for long sequential passes
	 * such as inference over a whole video).
	 *
	 * @param target {@code width × height × channels} bytes of the reader's colour mode
	 * @return the number of the frame written
	 */
	default int nextInto(byte[] target) throws VideoException {
		int frame = position();
		next().copyTo(target, 0);
		return frame;
	}

	@Override
	void close();

	/** A reader for sources that are random-access anyway (images, HDF5): one {@code read} per frame. */
	final class ByIndex implements FrameReader {
		private final VideoSource source;
		private final ColorMode mode;
		private int next;

		ByIndex(VideoSource source, int start, ColorMode mode) {
			this.source = source;
			this.mode = mode;
			this.next = start;
		}

		@Override
		public int position() {
			return next;
		}

		@Override
		public boolean hasNext() {
			return next < source.frameCount();
		}

		@Override
		public VideoFrame next() throws VideoException {
			source.checkIndex(next);
			return source.read(next++, mode);
		}

		@Override
		public void close() {
			// the source stays open
		}
	}
}
