// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import org.myrmex.video.VideoFrame;

/** The output image: a video frame, scaled, as Java2D's 3-byte BGR, even-sized for yuv420p. */
final class RenderCanvas {
	private final BufferedImage image;
	private final BufferedImage source;
	private final byte[] bytes;
	private final byte[] sourceBytes;
	private byte[] pixels;

	RenderCanvas(int width, int height, double scale) {
		int w = even((int) Math.round(width * scale));
		int h = even((int) Math.round(height * scale));
		image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
		bytes = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		source = scale == 1 ? image : new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		sourceBytes = ((DataBufferByte) source.getRaster().getDataBuffer()).getData();
	}

	private static int even(int v) {
		return Math.max(2, v + (v & 1));
	}

	int width() {
		return image.getWidth();
	}

	int height() {
		return image.getHeight();
	}

	/** Puts {@code frame} (grey or RGB, the video's size) into the image, scaled to it. */
	void show(VideoFrame frame) {
		int n = frame.width() * frame.height();
		if (pixels == null || pixels.length != n * frame.channels()) {
			pixels = new byte[n * frame.channels()];
		}
		frame.copyTo(pixels, 0);
		if (frame.channels() == 1) {
			for (int i = 0, o = 0; i < n; i++, o += 3) {
				sourceBytes[o] = sourceBytes[o + 1] = sourceBytes[o + 2] = pixels[i];
			}
		} else {
			for (int i = 0; i < 3 * n; i += 3) {
				sourceBytes[i] = pixels[i + 2];
				sourceBytes[i + 1] = pixels[i + 1];
				sourceBytes[i + 2] = pixels[i];
			}
		}
		if (source != image) {
			Graphics2D g = image.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
					RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(source, 0, 0, image.getWidth(), image.getHeight(), null);
			g.dispose();
		}
	}

	Graphics2D graphics() {
		Graphics2D g = image.createGraphics();
		OverlayPainter.antialias(g);
		return g;
	}

	byte[] bytes() {
		return bytes;
	}
}
