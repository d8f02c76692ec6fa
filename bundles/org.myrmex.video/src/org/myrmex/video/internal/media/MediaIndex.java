// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import org.bytedeco.ffmpeg.global.avutil;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;

/** Gets a media file's packet index (from the disk cache or by scanning it) and checks the file is whole. */
final class MediaIndex {
	/** Empty chunks an AVI may end with after its last frame (the B-frame delay), counted by its header. */
	private static final int AVI_TRAILING_CHUNKS = 4;
	private MediaIndex() {
	}

	/** @return the index of the decoder's file; the decoder is left at the start of the stream */
	static PacketIndex of(Decoder decoder, IndexStore store) throws VideoException {
		PacketIndex index = store.load(decoder.path());
		if (index == null) {
			PacketStats stats = new PacketStats();
			index = PacketIndex.scan(decoder, stats);
			checkWhole(decoder, index, stats);
			checkAddressable(decoder, index, stats);
			store.save(decoder.path(), index);
		}
		if (index.frameCount() == 0) {
			throw new VideoException(decoder.path(), "has no video frames");
		}
		decoder.seek(index.seekTarget(0));
		return index;
	}

	/** Checks that every frame the container lists can be read and that decoding can start somewhere. */
	static void checkWhole(Decoder decoder, PacketIndex index, PacketStats stats) throws VideoException {
		long stated = decoder.statedFrames();
		// an AVI's count includes empty chunks, which its timestamps count too; a B-frame delay leaves a few at the end
		long read = decoder.countsChunks() && stats.packets > 0 ? stats.lastDts - stats.firstDts + 1 + AVI_TRAILING_CHUNKS
				: stats.packets;
		if (!stats.ended || stats.lastCorrupt || (stated > 0 && read < stated)) {
			throw new VideoException(decoder.path(), "is truncated or damaged: "
					+ (stated > 0 && read < stated ? "the container lists " + stated + " frames but only "
							+ stats.packets + " can be read" : "its last frame is cut short"));
		}
		if (stats.packets > 0 && index.keyframes().length == 0) {
			throw new VideoException(decoder.path(), "has no keyframe to start decoding from");
		}
	}

	/** Checks that every frame has a timestamp of its own, so that each decoded frame is known exactly. */
	private static void checkAddressable(Decoder decoder, PacketIndex index, PacketStats stats) throws VideoException {
		String problem = addressProblem(decoder, index, stats);
		if (problem != null) {
			throw new VideoException(decoder.path(), problem + ", so no frame can be found exactly; re-encode it to"
					+ " MP4 with 'myrmex preprocess' or File > Pre-process Videos...");
		}
	}

	/** @return why frames of this file cannot be told apart by their timestamps, or {@code null} when they can */
	static String addressProblem(Decoder decoder, PacketIndex index, PacketStats stats) {
		if (stats.dtsJumpBack >= 0) {
			return "has timestamps that jump back at packet " + stats.dtsJumpBack + " (joined recordings?)";
		}
		int repeated = index.firstRepeatedTimestamp();
		if (repeated >= 0) {
			return "gives frames " + repeated + " and " + (repeated + 1) + " the same timestamp";
		}
		if (stats.withoutPts > 0 && decoder.reorders()) {
			return "stores frames out of display order (B-frames) without presentation times, as AVI does";
		}
		return null;
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
