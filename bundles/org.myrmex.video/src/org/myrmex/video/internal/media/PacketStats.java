// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

/**
 * What one pass over a file's video packets found besides the index ({@link Decoder#scanPackets}): whether the
 * file is whole, and whether its timestamps tell every frame apart.
 */
final class PacketStats {
	/** Whether the pass reached the end of the file without a read error. */
	boolean ended;
	/** Whether the last packet was cut short (a file truncated in the middle of a frame). */
	boolean lastCorrupt;
	/** Video packets read. */
	int packets;
	/** Packets without a presentation timestamp (AVI stores none). */
	int withoutPts;
	/** Decoding timestamps of the first and last packet, for containers that count frames by them (AVI). */
	long firstDts = Long.MIN_VALUE;
	long lastDts = Long.MIN_VALUE;
	/** The first packet whose decoding timestamp goes back (joined recordings), or -1. */
	int dtsJumpBack = -1;

	void add(long dts, boolean hasPts, boolean corrupt) {
		if (dts != Long.MIN_VALUE) {
			if (lastDts != Long.MIN_VALUE && dts < lastDts && dtsJumpBack < 0) {
				dtsJumpBack = packets;
			}
			if (firstDts == Long.MIN_VALUE) {
				firstDts = dts;
			}
			lastDts = dts;
		}
		if (!hasPts) {
			withoutPts++;
		}
		lastCorrupt = corrupt;
		packets++;
	}
}
