// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import org.bytedeco.ffmpeg.global.avutil;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;

/** Gets a media file's packet index (from the disk cache or by scanning it) and checks the file is whole. */
final class MediaIndex {
	private MediaIndex() {
	}

	/** @return the index of the decoder's file; the decoder is left at the start of the stream */
	static PacketIndex of(Decoder decoder, IndexStore store) throws VideoException {
		PacketIndex index = store.load(decoder.path());
		if (index == null) {
			boolean[] complete = new boolean[1];
			index = PacketIndex.scan(decoder, complete);
			check(decoder, index, complete[0]);
			store.save(decoder.path(), index);
		}
		if (index.frameCount() == 0) {
			throw new VideoException(decoder.path(), "has no video frames");
		}
		decoder.seek(index.keyframes().length > 0 ? index.seekTimestamp(0) : index.pts(0));
		return index;
	}

	private static void check(Decoder decoder, PacketIndex index, boolean complete) throws VideoException {
		long stated = decoder.statedFrames();
		if (!complete || (stated > 0 && index.frameCount() < stated)) {
			throw new VideoException(decoder.path(), "is truncated or damaged: "
					+ (stated > 0 ? "the container lists " + stated + " frames but " : "") + "only " + index.frameCount()
					+ " can be read");
		}
		if (index.frameCount() > 0 && index.keyframes().length == 0) {
			throw new VideoException(decoder.path(), "has no keyframe to start decoding from");
		}
	}

	/**
	 * Decodes frame 0 to tell grey from colour the way SLEAP does: grey when the stream's pixel format is grey or
	 * the first frame's red and blue channels are equal everywhere.
	 */
	static int channels(Decoder decoder, PacketIndex index) throws VideoException {
		int format = decoder.pixelFormat();
		if (format == avutil.AV_PIX_FMT_GRAY8 || format == avutil.AV_PIX_FMT_GRAY16LE || format == avutil.AV_PIX_FMT_GRAY16BE) {
			return 1;
		}
		VideoFrame first;
		try (Cursor probe = new Cursor(Decoder.open(decoder.path(), 1), index, ColorMode.RGB)) {
			first = probe.decodeTo(0, 0, new FrameCache(Long.MAX_VALUE), () -> false);
		}
		for (int y = 0; y < first.height(); y++) {
			for (int x = 0; x < first.width(); x++) {
				if (first.get(x, y, 0) != first.get(x, y, 2)) {
					return 3;
				}
			}
		}
		return 1;
	}
}
