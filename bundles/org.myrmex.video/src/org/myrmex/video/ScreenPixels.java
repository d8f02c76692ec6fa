// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC4;
import static org.bytedeco.opencv.global.opencv_core.copyMakeBorder;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGRA;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_RGB2BGRA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.WARP_INVERSE_MAP;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import java.nio.DoubleBuffer;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Video frames made ready for a screen, off the UI thread: scaled down to the size they are shown at and laid out
 * as 32-bit pixels, so that a toolkit only copies them. A 4K frame shown 1100 pixels wide becomes a twelfth of its
 * pixels here, in a few milliseconds of OpenCV, instead of being converted whole and scaled on every paint.
 * <p>
 * Only the part of the frame on screen need be converted (zoomed in). Scaling averages the frame pixels each screen
 * pixel covers (thin legs do not flicker away): whole blocks of {@code k × k} pixels first (OpenCV's fast area
 * averaging), then bilinear for the remaining factor below 2. Pixel centres stay where they belong: screen pixel
 * {@code x} shows frame position {@code x0 + (x + ½) · partWidth / width}.
 */
public final class ScreenPixels {
	private ScreenPixels() {
	}

	/**
	 * Returns {@code frame} scaled to {@code width × height} as 4 bytes per pixel, B, G, R, 255, rows without padding:
	 * a 32-bit image as it lies in memory on little-endian machines (cairo's RGB24 and ARGB32 images, which SWT on GTK
	 * copies without converting). Grey frames give B = G = R.
	 *
	 * @param width  at most the frame's width (the screen scales up, not this)
	 * @param height at most the frame's height
	 * @throws IllegalArgumentException when the size is not positive or larger than the frame
	 */
	public static byte[] bgra(VideoFrame frame, int width, int height) {
		return bgra(frame, 0, 0, frame.width(), frame.height(), width, height);
	}

	/**
	 * As {@link #bgra(VideoFrame, int, int)} for the part of the frame from ({@code x}, {@code y}), {@code
	 * partWidth × partHeight} pixels: what a zoomed-in view shows, without converting the rest.
	 *
	 * @throws IllegalArgumentException when the part is not inside the frame, or the size is not positive or larger
	 *         than the part
	 */
	public static byte[] bgra(VideoFrame frame, int x, int y, int partWidth, int partHeight, int width, int height) {
		int frameWidth = frame.width();
		int frameHeight = frame.height();
		if (x < 0 || y < 0 || partWidth <= 0 || partHeight <= 0 || x + partWidth > frameWidth
				|| y + partHeight > frameHeight) {
			throw new IllegalArgumentException("the part " + partWidth + "x" + partHeight + " at " + x + "," + y
					+ " is not inside the " + frameWidth + "x" + frameHeight + " frame");
		}
		if (width <= 0 || height <= 0 || width > partWidth || height > partHeight) {
			throw new IllegalArgumentException("cannot show " + partWidth + "x" + partHeight + " pixels at " + width
					+ "x" + height + " (1 pixel up to their own size)");
		}
		int channels = frame.channels();
		byte[] pixels = frame.array();
		byte[] out = new byte[width * height * 4];
		int row = partWidth * channels;
		try (BytePointer in = new BytePointer((long) row * partHeight);
				Mat source = new Mat(partHeight, partWidth, channels == 1 ? CV_8UC1 : CV_8UC3, in);
				Mat scaled = new Mat();
				BytePointer bgra = new BytePointer((long) out.length);
				Mat target = new Mat(height, width, CV_8UC4, bgra)) {
			if (partWidth == frameWidth) {
				in.put(pixels, y * row, row * partHeight);
			} else {
				for (int r = 0; r < partHeight; r++) {
					in.position((long) r * row).put(pixels, ((y + r) * frameWidth + x) * channels, row);
				}
				in.position(0);
			}
			Mat shown = source;
			if (width != partWidth || height != partHeight) {
				scale(source, scaled, width, height);
				shown = scaled;
			}
			cvtColor(shown, target, channels == 1 ? COLOR_GRAY2BGRA : COLOR_RGB2BGRA);
			bgra.get(out);
		}
		return out;
	}

	/** Scales {@code source} down to {@code width × height} into {@code target}. */
	private static void scale(Mat source, Mat target, int width, int height) {
		int frameWidth = source.cols();
		int frameHeight = source.rows();
		double fx = (double) frameWidth / width;
		double fy = (double) frameHeight / height;
		int k = (int) Math.floor(Math.min(fx, fy));
		try (Mat padded = new Mat(); Mat blocks = new Mat()) {
			Mat from = source;
			if (k >= 2) {
				// OpenCV averages k × k blocks on its fast path only when k divides both sides: repeat the edge
				int paddedWidth = (frameWidth + k - 1) / k * k;
				int paddedHeight = (frameHeight + k - 1) / k * k;
				Mat whole = source;
				if (paddedWidth != frameWidth || paddedHeight != frameHeight) {
					copyMakeBorder(source, padded, 0, paddedHeight - frameHeight, 0, paddedWidth - frameWidth,
							BORDER_REPLICATE);
					whole = padded;
				}
				try (Size size = new Size(paddedWidth / k, paddedHeight / k)) {
					resize(whole, blocks, size, 0, 0, INTER_AREA);
				}
				from = blocks;
			}
			double step = k >= 2 ? k : 1;
			double ax = fx / step;
			double ay = fy / step;
			if (ax == 1 && ay == 1 && from.cols() == width && from.rows() == height) {
				from.copyTo(target);
				return;
			}
			// bilinear, mapping each target pixel centre back: from x = (x + ½) · ax − ½
			try (Mat map = new Mat(2, 3, CV_64F); Size size = new Size(width, height); Scalar edge = new Scalar()) {
				DoubleBuffer m = map.createBuffer();
				m.put(new double[] { ax, 0, 0.5 * ax - 0.5, 0, ay, 0.5 * ay - 0.5 });
				warpAffine(from, target, map, size, INTER_LINEAR | WARP_INVERSE_MAP, BORDER_REPLICATE, edge);
			}
		}
	}
}
