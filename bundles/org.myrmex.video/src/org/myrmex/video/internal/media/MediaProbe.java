// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
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

	/**
	 * @param monitor checked for cancellation while the packets are read
	 * @throws VideoException naming the file when it is not a readable, whole video
	 * @throws OperationCanceledException when cancelled
	 */
	public static MediaProbe of(Path path, IProgressMonitor monitor) throws VideoException {
		try (Decoder decoder = Decoder.open(path, 1)) {
			PacketStats stats = new PacketStats();
			int[] packets = { 0 };
			PacketIndex index = PacketIndex.scan(decoder, stats, () -> {
				if (++packets[0] % 256 == 0 && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
			});
			MediaIndex.checkWhole(decoder, index, stats);
			if (index.frameCount() == 0) {
				throw new VideoException(path, "has no video frames");
			}
			return new MediaProbe(index.frameCount(), decoder.width(), decoder.height(),
					MediaIndex.addressProblem(decoder, index, stats) == null);
		}
	}
}
