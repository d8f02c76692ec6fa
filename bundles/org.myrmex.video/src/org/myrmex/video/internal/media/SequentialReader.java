// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_clone;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;

/**
 * The playback path: its own multi-threaded decoder, started at the keyframe before the first frame and read
 * straight on. Demuxing and decoding run on a thread of their own, a few frames ahead of the caller, who only
 * converts pixels, so the two overlap. Frames are checked against the packet index, so a dropped frame is an
 * error, never a shift.
 */
final class SequentialReader implements FrameReader {
	private static final int AHEAD = 4;
	private final Path path;
	private final Decoder decoder;
	private final FrameConverter converter;
	private final PacketIndex index;
	private final ColorMode mode;
	private final int floor;
	private final BlockingQueue<Decoded> queue = new ArrayBlockingQueue<>(AHEAD);
	private final Thread thread;
	private volatile boolean closed;
	private int next;

	/** A decoded frame (a reference the caller frees) or the error that ended decoding. */
	private record Decoded(int number, AVFrame frame, VideoException error) {
	}

	SequentialReader(Path path, PacketIndex index, ColorMode nativeMode, int start, ColorMode mode) throws VideoException {
		this.path = path;
		this.decoder = Decoder.open(path, 0);
		this.index = index;
		this.mode = mode;
		this.next = start;
		this.converter = new FrameConverter(decoder.width(), decoder.height(), nativeMode);
		int key = index.keyBefore(start);
		this.floor = key < 0 ? 0 : index.keyframe(key);
		try {
			decoder.seek(index.seekTarget(Math.max(key, 0)));
		} catch (VideoException e) {
			converter.close();
			decoder.close();
			throw e;
		}
		this.thread = new Thread(() -> decodeAhead(start), "Myrmex sequential " + path.getFileName());
		thread.setDaemon(true);
		thread.start();
	}

	private void decodeAhead(int start) {
		int expected = start;
		try {
			while (!closed && expected < index.frameCount()) {
				long timestamp = decoder.decodeNext();
				if (timestamp == Decoder.END) {
					throw new VideoException(path, "frame " + expected + " could not be decoded (the stream ends before it)");
				}
				int frame = index.frameOf(timestamp);
				if (frame < floor || frame < expected) {
					continue;
				}
				if (frame > expected) {
					throw new VideoException(path, "frame " + expected + " could not be decoded (the decoder skipped it)");
				}
				queue.put(new Decoded(expected++, av_frame_clone(decoder.frame()), null));
			}
		} catch (VideoException e) {
			offer(new Decoded(expected, null, e));
		} catch (RuntimeException e) {
			offer(new Decoded(expected, null, new VideoException(path, "frame " + expected + " could not be decoded ("
					+ e.getMessage() + ")", e)));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void offer(Decoded item) {
		try {
			queue.put(item);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
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
		Decoded decoded = take();
		try {
			return converter.convert(decoded.frame()).to(mode);
		} finally {
			av_frame_free(decoded.frame());
		}
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
		Decoded decoded = take();
		try {
			converter.convertInto(decoded.frame(), target);
			return decoded.number();
		} finally {
			av_frame_free(decoded.frame());
		}
	}

	private Decoded take() throws VideoException {
		if (closed) {
			throw new VideoException(path, "is closed");
		}
		if (!hasNext()) {
			throw new VideoException(path, "has no frame " + next + " (it has " + index.frameCount() + " frames)");
		}
		try {
			Decoded decoded = queue.take();
			if (decoded.error() != null) {
				next = index.frameCount();
				throw decoded.error();
			}
			next++;
			return decoded;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new VideoException(path, "reading was interrupted");
		}
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		thread.interrupt();
		do {
			drain();
			try {
				thread.join(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		} while (thread.isAlive());
		drain();
		converter.close();
		decoder.close();
	}

	private void drain() {
		for (Decoded left = queue.poll(); left != null; left = queue.poll()) {
			if (left.frame() != null) {
				av_frame_free(left.frame());
			}
		}
	}
}
