// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.util.LinkedHashMap;
import java.util.Map;

import org.myrmex.video.VideoFrame;

/** Decoded frames by number, least recently used first out, bounded in bytes. Thread-safe. */
final class FrameCache {
	private final long budget;
	private final LinkedHashMap<Integer, VideoFrame> frames = new LinkedHashMap<>(64, 0.75f, true);
	private long bytes;

	/** @param budget the most bytes of pixels kept */
	FrameCache(long budget) {
		this.budget = budget;
	}

	synchronized VideoFrame get(int frame) {
		return frames.get(frame);
	}

	/** @return whether the frame is cached, without making it recently used */
	synchronized boolean contains(int frame) {
		return frames.containsKey(frame);
	}

	synchronized void put(int frame, VideoFrame pixels) {
		VideoFrame old = frames.put(frame, pixels);
		bytes += pixels.byteSize() - (old == null ? 0 : old.byteSize());
		var oldest = frames.entrySet().iterator();
		while (bytes > budget && oldest.hasNext()) {
			Map.Entry<Integer, VideoFrame> entry = oldest.next();
			if (entry.getKey() != frame) {
				bytes -= entry.getValue().byteSize();
				oldest.remove();
			}
		}
	}

	synchronized int size() {
		return frames.size();
	}

	synchronized void clear() {
		frames.clear();
		bytes = 0;
	}
}
