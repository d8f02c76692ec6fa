// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.myrmex.video.VideoFrame;

/** Turns decoded video frames into SWT image data (any thread). */
public final class FrameImages {
	private static final PaletteData GRAY;
	private static final PaletteData RGB24 = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

	static {
		RGB[] colors = new RGB[256];
		for (int i = 0; i < colors.length; i++) {
			colors[i] = new RGB(i, i, i);
		}
		GRAY = new PaletteData(colors);
	}

	private FrameImages() {
	}

	/**
	 * @return an 8-bit grey-palette image for a one-channel frame, a 24-bit image for an RGB frame; rows padded
	 *         to SWT's 4-byte scanlines
	 */
	public static ImageData toImageData(VideoFrame frame) {
		int width = frame.width();
		int height = frame.height();
		int rowBytes = width * frame.channels();
		int scanline = (rowBytes + 3) & ~3;
		byte[] source = frame.pixels();
		byte[] data;
		if (scanline == rowBytes) {
			data = source.clone();
		} else {
			data = new byte[scanline * height];
			for (int y = 0; y < height; y++) {
				System.arraycopy(source, y * rowBytes, data, y * scanline, rowBytes);
			}
		}
		return frame.channels() == 3 ? new ImageData(width, height, 24, RGB24, 4, data)
				: new ImageData(width, height, 8, GRAY, 4, data);
	}
}
