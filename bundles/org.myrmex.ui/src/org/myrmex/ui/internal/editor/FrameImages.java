// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.myrmex.video.ScreenPixels;
import org.myrmex.video.VideoFrame;

/**
 * Turns decoded video frames into SWT image data (any thread): 32-bit pixels laid out as SWT on GTK keeps its
 * images (cairo's, B, G, R, unused byte), so that making the {@code Image} is one copy with no per-pixel conversion,
 * scaled down to the size they are shown at where that is smaller, or only the part on screen when zoomed in
 * ({@link ScreenPixels}).
 */
public final class FrameImages {
	/** Bytes B, G, R, X read as one big-endian int: blue in the top byte. */
	private static final PaletteData BGRX = new PaletteData(0xFF00, 0xFF0000, 0xFF000000);

	private FrameImages() {
	}

	/** @return the whole frame at its own size */
	public static ImageData toImageData(VideoFrame frame) {
		return toImageData(frame, frame.width(), frame.height());
	}

	/**
	 * @return the frame scaled to {@code width × height} (each pixel the mean of those it covers); sizes above the
	 *         frame's are taken as the frame's own
	 */
	public static ImageData toImageData(VideoFrame frame, int width, int height) {
		int w = Math.max(1, Math.min(width, frame.width()));
		int h = Math.max(1, Math.min(height, frame.height()));
		return new ImageData(w, h, 32, BGRX, 4, ScreenPixels.bgra(frame, w, h));
	}

	/** @return the part of the frame {@code part} names, at its image size */
	static ImageData toImageData(VideoFrame frame, FramePart part) {
		return new ImageData(part.imageWidth(), part.imageHeight(), 32, BGRX, 4, ScreenPixels.bgra(frame, part.x(),
				part.y(), part.width(), part.height(), part.imageWidth(), part.imageHeight()));
	}
}
