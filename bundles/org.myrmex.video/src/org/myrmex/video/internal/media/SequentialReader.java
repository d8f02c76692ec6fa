// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.nio.file.Path;

import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;

/**
 * The playback path: its own multi-threaded decoder, started at the keyframe before the first frame and read
 * straight on. Frames are checked against the packet index, so a dropped frame is an error, never a shift.
 */
final class SequentialReader implements FrameReader {
	private final Decoder decoder;
	private final FrameConverter converter;
	private final PacketIndex index;
	private final ColorMode mode;
	private final int floor;
	private int next;

	SequentialReader(Path path, PacketIndex index, ColorMode nativeMode, int start, ColorMode mode) throws VideoException {
		this.decoder = Decoder.open(path, 0);
		this.index = index;
		this.mode = mode;
		this.next = start;
		this.converter = new FrameConverter(decoder.width(), decoder.height(), nativeMode);
		int key = index.keyBefore(start);
		this.floor = key < 0 ? 0 : index.keyframe(key);
		try {
			decoder.seek(key < 0 ? index.pts(0) : index.seekTimestamp(key));
		} catch (VideoException e) {
			close();
			throw e;
		}
	}

	@Override
	public int position() {
		return next;
	}

	@Override
	public boolean hasNext() {
		return next < index.frameCount();
	}

	@Override
	public VideoFrame next() throws VideoException {
		decodeNext();
		return converter.convert(decoder.frame()).to(mode);
	}

	@Override
	public int nextInto(byte[] target) throws VideoException {
		if (mode != converter.mode()) {
			return FrameReader.super.nextInto(target);
		}
		if (target.length != decoder.width() * decoder.height() * mode.channels()) {
			throw new IllegalArgumentException(target.length + " bytes do not hold a " + decoder.width() + "x"
					+ decoder.height() + " " + mode + " frame");
		}
		int frame = decodeNext();
		converter.convertInto(decoder.frame(), target);
		return frame;
	}

	/** Decodes up to the next frame in order, which is then the decoder's current frame; @return its number */
	private int decodeNext() throws VideoException {
		if (!hasNext()) {
			throw new VideoException(decoder.path(), "has no frame " + next + " (it has " + index.frameCount() + " frames)");
		}
		while (true) {
			long timestamp = decoder.decodeNext();
			if (timestamp == Decoder.END) {
				throw new VideoException(decoder.path(), "frame " + next + " could not be decoded (the stream ends before it)");
			}
			int frame = index.frameOf(timestamp);
			if (frame < floor || frame < next) {
				continue;
			}
			if (frame > next) {
				throw new VideoException(decoder.path(), "frame " + next + " could not be decoded (the decoder skipped it)");
			}
			return next++;
		}
	}

	@Override
	public void close() {
		converter.close();
		decoder.close();
	}
}
