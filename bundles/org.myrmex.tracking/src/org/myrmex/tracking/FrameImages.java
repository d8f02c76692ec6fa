// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

import java.io.IOException;

import org.myrmex.model.Video;

/** Grey frames for the flow tracker. */
public interface FrameImages {

	/** One 8-bit grey frame, row-major. */
	record GreyFrame(byte[] pixels, int width, int height) {
		public GreyFrame {
			if (pixels.length != width * height) {
				throw new IllegalArgumentException(pixels.length + " pixels for a " + width + "×" + height + " frame");
			}
		}
	}

	/** @throws IOException naming the video and the frame */
	GreyFrame read(Video video, int frameIndex) throws IOException;
}
