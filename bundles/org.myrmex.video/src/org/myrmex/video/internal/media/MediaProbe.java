// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.nio.file.Path;

import org.myrmex.video.VideoException;

/**
 * What FFmpeg's command line will find in a media file: its frame count and frame size, from one pass over its
 * packets (nothing decoded, nothing cached). Unlike {@link MediaVideo} it accepts files whose frames cannot be
 * addressed exactly (AVI with B-frames, repeated timestamps): re-encoding them is how they become usable.
 *
 * @param frames the number of video frames
 * @param width  frame width in pixels
 * @param height frame height in pixels
 * @param timestampsReliable whether every frame has a presentation timestamp of its own (false for AVI with
 *        B-frames, or where the demuxer repeats a guessed timestamp)
 */
public record MediaProbe(int frames, int width, int height, boolean timestampsReliable) {

	/** @throws VideoException naming the file when it is not a readable, whole video */
	public static MediaProbe of(Path path) throws VideoException {
		try (Decoder decoder = Decoder.open(path, 1)) {
			boolean[] complete = new boolean[1];
			PacketIndex index = PacketIndex.scan(decoder, complete);
			MediaIndex.checkWhole(decoder, index, complete[0]);
			if (index.frameCount() == 0) {
				throw new VideoException(path, "has no video frames");
			}
			return new MediaProbe(index.frameCount(), decoder.width(), decoder.height(),
					MediaIndex.addressProblem(decoder, index) == null);
		}
	}
}
