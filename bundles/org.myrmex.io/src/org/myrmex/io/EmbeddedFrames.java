// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.io.IOException;

import org.myrmex.model.Video;

/**
 * The images {@link SlpWriter#writePackage} embeds in a {@code .pkg.slp}: which frames of each video, and each one
 * encoded as PNG. The video bundle implements it by decoding the videos; tests supply images directly.
 */
public interface EmbeddedFrames {
	/**
	 * @return the frame indices of {@code video} to embed, ascending (e.g. its labelled frames); empty to keep the
	 *         video as a reference to its file
	 */
	int[] frameIndices(Video video);

	/**
	 * @return frame {@code frameIndex} of {@code video} encoded as PNG
	 * @throws IOException when the frame cannot be read or encoded; the save then fails and the file is untouched
	 */
	byte[] encodedPng(Video video, int frameIndex) throws IOException;
}
