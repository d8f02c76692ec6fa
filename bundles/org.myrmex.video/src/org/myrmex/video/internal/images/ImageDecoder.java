// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.images;

import static org.bytedeco.opencv.global.opencv_core.CV_8U;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.nio.file.Path;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;

/**
 * Decodes encoded images (PNG, JPEG, BMP, TIFF …) with OpenCV into 8-bit grey or RGB frames. Stateless and
 * thread-safe.
 */
final class ImageDecoder {
	/** The size and channels of an encoded image. */
	record Shape(int width, int height, int channels) {
	}

	private ImageDecoder() {
	}

	/**
	 * @return the size of the image and the channels it stores: 1 for grey (with or without alpha), 3 for colour
	 * @param what what the bytes are, for messages: "" for an image file, e.g. "the image of frame 3 " otherwise
	 * @throws VideoException naming {@code file} when the bytes are not an image OpenCV decodes
	 */
	static Shape shape(byte[] encoded, Path file, String what) throws VideoException {
		try (Mat image = decodeMat(encoded, opencv_imgcodecs.IMREAD_UNCHANGED, file, what)) {
			return new Shape(image.cols(), image.rows(), image.channels() <= 2 ? 1 : 3);
		}
	}

	/**
	 * Decodes an image.
	 *
	 * @param storedChannels the channels of the video: 1 decodes grey directly, 3 decodes colour first, so that
	 *                       grey is always OpenCV's BT.601 luma of the colour pixels
	 * @param bgr            whether OpenCV's colour order is blue, green, red as usual for image files; false for
	 *                       the images SLEAP embeds, which it encodes from RGB arrays and reads back unswapped
	 * @throws VideoException naming {@code file} when the bytes are not an image OpenCV decodes
	 */
	static VideoFrame decode(byte[] encoded, int storedChannels, ColorMode mode, boolean bgr, Path file,
			String what) throws VideoException {
		if (storedChannels == 1) {
			try (Mat grey = decodeMat(encoded, opencv_imgcodecs.IMREAD_GRAYSCALE, file, what)) {
				return toFrame(grey).to(mode);
			}
		}
		try (Mat colour = decodeMat(encoded, opencv_imgcodecs.IMREAD_COLOR, file, what); Mat converted = new Mat()) {
			int code;
			if (mode == ColorMode.GRAY) {
				code = bgr ? opencv_imgproc.COLOR_BGR2GRAY : opencv_imgproc.COLOR_RGB2GRAY;
			} else if (bgr) {
				code = opencv_imgproc.COLOR_BGR2RGB;
			} else {
				return toFrame(colour);
			}
			opencv_imgproc.cvtColor(colour, converted, code);
			return toFrame(converted);
		}
	}

	private static Mat decodeMat(byte[] encoded, int flags, Path file, String what) throws VideoException {
		if (encoded.length == 0) {
			throw new VideoException(file, what + "is empty, not an image");
		}
		Mat image;
		try (BytePointer data = new BytePointer(encoded); Mat buffer = new Mat(1, encoded.length, CV_8UC1, data)) {
			image = opencv_imgcodecs.imdecode(buffer, flags);
		} catch (RuntimeException e) {
			throw new VideoException(file, what + "is not an image OpenCV can decode (" + e.getMessage() + ")", e);
		}
		if (image == null || image.empty()) {
			if (image != null) {
				image.close();
			}
			throw new VideoException(file, what + "is not an image OpenCV can decode (corrupt or an unknown format)");
		}
		return image;
	}

	private static VideoFrame toFrame(Mat image) {
		if (image.depth() != CV_8U) {
			throw new IllegalStateException("OpenCV returned depth " + image.depth() + " for an 8-bit decode");
		}
		byte[] pixels = new byte[image.cols() * image.rows() * image.channels()];
		if (image.isContinuous()) {
			image.data().get(pixels);
		} else {
			try (Mat copy = image.clone()) {
				copy.data().get(pixels);
			}
		}
		return VideoFrame.wrap(image.cols(), image.rows(), image.channels(), pixels);
	}
}
