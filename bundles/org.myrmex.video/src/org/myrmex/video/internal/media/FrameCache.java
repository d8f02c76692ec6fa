// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.util.Iterator;
import java.util.LinkedHashMap;

import org.myrmex.video.VideoFrame;

/**
 * Decoded frames by number, least recently used first out. The pixels it holds never add up to more than its limit
 * in bytes: old frames leave before a new one comes in, and a frame larger than the limit is not kept at all (the
 * caller still has it). Thread-safe.
 */
final class FrameCache {
	private final long limit;
	private final LinkedHashMap<Integer, VideoFrame> frames = new LinkedHashMap<>(64, 0.75f, true);
	private long bytes;
	private long peak;

	/**
	 * @param limit the most bytes of pixels held at any time, 0 or more
	 * @throws IllegalArgumentException when {@code limit} is negative
	 */
	FrameCache(long limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("a frame cache limit cannot be negative: " + limit + " bytes");
		}
		this.limit = limit;
	}

	synchronized VideoFrame get(int frame) {
		return frames.get(frame);
	}

	/** @return whether the frame is cached, without making it recently used */
	synchronized boolean contains(int frame) {
		return frames.containsKey(frame);
	}

	synchronized void put(int frame, VideoFrame pixels) {
		VideoFrame old = frames.remove(frame);
		if (old != null) {
			bytes -= old.byteSize();
		}
		long size = pixels.byteSize();
		if (size > limit) {
			return;
		}
		Iterator<VideoFrame> oldest = frames.values().iterator();
		while (bytes + size > limit && oldest.hasNext()) {
			bytes -= oldest.next().byteSize();
			oldest.remove();
		}
		frames.put(frame, pixels);
		bytes += size;
		peak = Math.max(peak, bytes);
	}

	synchronized int size() {
		return frames.size();
	}

	/** @return the bytes of pixels held now */
	synchronized long bytes() {
		return bytes;
	}

	/** @return the most bytes of pixels held at any one time since the cache was made */
	synchronized long peakBytes() {
		return peak;
	}

	/** @return the most bytes of pixels the cache may hold */
	long limit() {
		return limit;
	}

	synchronized void clear() {
		frames.clear();
		bytes = 0;
	}
}
