// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.util.Arrays;

/**
 * Where every frame of a video stream is: frame n is the packet with the n-th smallest presentation timestamp,
 * and decoding it starts at the last keyframe at or before it. Built once per file by reading packets without
 * decoding ({@link #scan}); immutable.
 */
final class PacketIndex {
	private final long[] pts;
	private final int[] keyframes;
	private final long[] keySeek;

	/**
	 * @param pts      the frames' presentation timestamps, ascending
	 * @param keyframes the frame numbers of the keyframes, ascending
	 * @param keySeek  for each keyframe, where to seek so the demuxer lands on it: its pts, or its byte position
	 *        where the decoder {@linkplain Decoder#seeksByByte() seeks by byte}
	 */
	PacketIndex(long[] pts, int[] keyframes, long[] keySeek) {
		this.pts = pts;
		this.keyframes = keyframes;
		this.keySeek = keySeek;
	}

	/**
	 * Builds the index from a freshly opened decoder (reads all packets, decodes nothing). Packets before the first
	 * keyframe, and pictures shown before it, are left out: a recording cut mid-GOP starts with frames nothing can
	 * decode, so its frame 0 is its first keyframe, as FFmpeg's command line sees it.
	 */
	static PacketIndex scan(Decoder decoder, PacketStats stats) {
		return scan(decoder, stats, () -> {
		});
	}

	/** As {@link #scan(Decoder, PacketStats)}, running {@code perPacket} after each packet (it may throw to stop). */
	static PacketIndex scan(Decoder decoder, PacketStats stats, Runnable perPacket) {
		LongList pts = new LongList();
		LongList keyPts = new LongList();
		LongList keyTargets = new LongList();
		boolean bytes = decoder.seeksByByte();
		decoder.scanPackets((p, key, position) -> {
			if (key || keyPts.size() > 0) {
				pts.add(p);
			}
			if (key) {
				keyPts.add(p);
				// seeking backward to the keyframe's own presentation time lands on it: demuxers index keyframes by
				// presentation time or by a decoding time at or before it (seeking to the dts can land a GOP early);
				// by byte, a keyframe whose position is unknown is reached by decoding from the start of the file
				keyTargets.add(bytes ? Math.max(0, position) : p);
			}
			perPacket.run();
		}, stats);
		long first = keyPts.size() > 0 ? keyPts.get(0) : Long.MIN_VALUE;
		long[] sorted = Arrays.stream(pts.toArray()).filter(p -> p >= first).sorted().toArray();
		int[] keyframes = new int[keyPts.size()];
		for (int k = 0; k < keyframes.length; k++) {
			keyframes[k] = Arrays.binarySearch(sorted, keyPts.get(k));
		}
		return sortedByFrame(sorted, keyframes, keyTargets.toArray());
	}

	private static PacketIndex sortedByFrame(long[] pts, int[] keyframes, long[] keySeek) {
		Integer[] order = new Integer[keyframes.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> Integer.compare(keyframes[a], keyframes[b]));
		int[] k = new int[order.length];
		long[] s = new long[order.length];
		for (int i = 0; i < order.length; i++) {
			k[i] = keyframes[order[i]];
			s[i] = keySeek[order[i]];
		}
		return new PacketIndex(pts, k, s);
	}

	int frameCount() {
		return pts.length;
	}

	long pts(int frame) {
		return pts[frame];
	}

	long[] allPts() {
		return pts.clone();
	}

	int[] keyframes() {
		return keyframes.clone();
	}

	long[] keySeek() {
		return keySeek.clone();
	}

	/** @return the frame with this presentation timestamp, or -1 when no frame has it */
	int frameOf(long timestamp) {
		int i = Arrays.binarySearch(pts, timestamp);
		return i >= 0 ? i : -1;
	}

	/**
	 * @return the first frame whose presentation timestamp the next frame repeats, or -1 when every frame has its
	 *         own (a demuxer that guesses missing timestamps, as for MPEG program streams, can repeat one)
	 */
	int firstRepeatedTimestamp() {
		for (int i = 1; i < pts.length; i++) {
			if (pts[i] == pts[i - 1]) {
				return i - 1;
			}
		}
		return -1;
	}

	/** @return the position in {@link #keyframes()} of the last keyframe at or before {@code frame}, or -1 */
	int keyBefore(int frame) {
		int i = Arrays.binarySearch(keyframes, frame);
		return i >= 0 ? i : -i - 2;
	}

	/** @return the frame number of keyframe {@code k} */
	int keyframe(int k) {
		return keyframes[k];
	}

	/** @return where to seek for keyframe {@code k} ({@link Decoder#seek(long)}) */
	long seekTarget(int k) {
		return keySeek[k];
	}

	/** @return whether the gaps between frames vary by more than one tick (variable frame rate) */
	boolean variableFrameRate() {
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		for (int i = 1; i < pts.length; i++) {
			long gap = pts[i] - pts[i - 1];
			min = Math.min(min, gap);
			max = Math.max(max, gap);
		}
		return pts.length > 2 && max - min > 1;
	}

	/** A growable list of longs. */
	private static final class LongList {
		private long[] values = new long[1024];
		private int size;

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		long get(int i) {
			return values[i];
		}

		int size() {
			return size;
		}

		long[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}
}
