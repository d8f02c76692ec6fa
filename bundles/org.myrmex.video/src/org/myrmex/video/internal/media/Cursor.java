// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.util.function.BooleanSupplier;

import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;

/**
 * A decoder that knows where it is in the stream. It reaches a frame the cheapest way — decoding on from where it
 * stands, or seeking to the frame's keyframe first — and keeps the frames it passes on the way in the cache
 * (GOP-aware decoding). Used by one thread at a time.
 */
final class Cursor implements AutoCloseable {
	private static final int SEEK_RETRIES = 3;
	private final Decoder decoder;
	private final FrameConverter converter;
	private final PacketIndex index;
	/** The frame the decoder gives next, or -1 when unknown (fresh, after a seek or at the end). */
	private int next = -1;
	/** Frames before this one come from before the last seek's keyframe and are not trusted. */
	private int floor;
	private int seeks;

	Cursor(Decoder decoder, PacketIndex index, ColorMode mode) {
		this.decoder = decoder;
		this.index = index;
		this.converter = new FrameConverter(decoder.width(), decoder.height(), mode);
	}

	/**
	 * Decodes up to frame {@code target}, caching every frame from {@code keepFrom} to it that is not cached yet.
	 *
	 * @param keepFrom the first frame worth keeping; decoding starts at or before it
	 * @param abort    checked after every frame: when true, stops and returns null
	 * @return frame {@code target}, or null when aborted
	 */
	VideoFrame decodeTo(int target, int keepFrom, FrameCache cache, BooleanSupplier abort) throws VideoException {
		while (keepFrom < target && cache.contains(keepFrom)) {
			keepFrom++; // reading on in order: what is cached already need not be decoded again
		}
		int key = index.keyBefore(keepFrom);
		if (next < 0 || next > keepFrom || (key >= 0 && index.keyframe(key) > next)) {
			seek(key);
		}
		for (int retry = 0;; retry++) {
			VideoFrame frame = decodeForward(target, keepFrom, cache, abort);
			if (frame != Overshoot.FRAME) {
				return frame;
			}
			if (retry == SEEK_RETRIES || key < 0) {
				throw new VideoException(decoder.path(), "frame " + target + " could not be decoded (the decoder skipped it)");
			}
			seek(--key);
		}
	}

	private VideoFrame decodeForward(int target, int keepFrom, FrameCache cache, BooleanSupplier abort)
			throws VideoException {
		while (true) {
			if (abort.getAsBoolean()) {
				return null;
			}
			long timestamp = decoder.decodeNext();
			if (timestamp == Decoder.END) {
				next = -1;
				throw new VideoException(decoder.path(), "frame " + target + " could not be decoded (the stream ends before it)");
			}
			int frame = index.frameOf(timestamp);
			if (frame < floor) {
				continue; // unknown timestamp, or a leading picture that referenced frames before the keyframe
			}
			if (frame > target) { // the demuxer landed after the target, or the decoder dropped it
				next = -1;
				return Overshoot.FRAME;
			}
			next = frame + 1;
			if (frame == target || (frame >= keepFrom && !cache.contains(frame))) {
				VideoFrame pixels = converter.convert(decoder.frame());
				cache.put(frame, pixels);
				if (frame == target) {
					return pixels;
				}
			}
		}
	}

	/** @return how many times this cursor has sought */
	int seeks() {
		return seeks;
	}

	private void seek(int key) throws VideoException {
		seeks++;
		decoder.seek(index.seekTarget(Math.max(key, 0)));
		floor = key < 0 ? 0 : index.keyframe(key);
		next = -1;
	}

	@Override
	public void close() {
		converter.close();
		decoder.close();
	}

	/** Marks "passed the target without seeing it". */
	private static final class Overshoot {
		static final VideoFrame FRAME = VideoFrame.wrap(1, 1, 1, new byte[1]);
	}
}
