// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.myrmex.video.VideoFrame;

/** Turns decoded video frames into SWT image data. */
final class FrameImages {
	private static final PaletteData GRAY;

	static {
		RGB[] colors = new RGB[256];
		for (int i = 0; i < colors.length; i++) {
			colors[i] = new RGB(i, i, i);
		}
		GRAY = new PaletteData(colors);
	}

	private FrameImages() {
	}

	/** @return an 8-bit indexed image with a grey palette; rows padded to SWT's 4-byte scanlines */
	static ImageData toImageData(VideoFrame frame) {
		int width = frame.width();
		int height = frame.height();
		int scanline = (width + 3) & ~3;
		byte[] source = frame.pixels();
		byte[] data = new byte[scanline * height];
		for (int y = 0; y < height; y++) {
			System.arraycopy(source, y * width, data, y * scanline, width);
		}
		return new ImageData(width, height, 8, GRAY, 4, data);
	}
}
