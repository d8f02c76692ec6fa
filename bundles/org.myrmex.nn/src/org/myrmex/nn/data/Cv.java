// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import static org.bytedeco.opencv.global.opencv_core.CV_32FC;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/** OpenCV operations on {@link FloatImage}s: bilinear affine warps (zero outside the image) and resizing. */
final class Cv {
	private Cv() {
	}

	/**
	 * Warps an image with a forward affine map: output pixel {@code A·p} takes input pixel {@code p}, bilinear,
	 * zero where the source falls outside the image.
	 *
	 * @param forward {@code {a, b, tx, c, d, ty}}: x' = a·x + b·y + tx, y' = c·x + d·y + ty
	 */
	static FloatImage warp(FloatImage image, double[] forward, int outWidth, int outHeight) {
		try (Mat src = toMat(image); Mat dst = new Mat(); Mat m = new Mat(2, 3, CV_64F); Size size = new Size(outWidth,
				outHeight); Scalar zero = new Scalar(0.0)) {
			DoubleBuffer mb = m.createBuffer();
			mb.put(forward);
			opencv_imgproc.warpAffine(src, dst, m, size, opencv_imgproc.INTER_LINEAR, opencv_core.BORDER_CONSTANT, zero);
			return fromMat(dst, outWidth, outHeight, image.channels());
		}
	}

	/** @return the image resized bilinearly (half-pixel centres, as TensorFlow 2's resize) */
	static FloatImage resize(FloatImage image, int outWidth, int outHeight) {
		try (Mat src = toMat(image); Mat dst = new Mat(); Size size = new Size(outWidth, outHeight)) {
			opencv_imgproc.resize(src, dst, size, 0, 0, opencv_imgproc.INTER_LINEAR);
			return fromMat(dst, outWidth, outHeight, image.channels());
		}
	}

	/** @return the image mirrored left/right ({@code horizontal}) or up/down */
	static FloatImage flip(FloatImage image, boolean horizontal) {
		try (Mat src = toMat(image); Mat dst = new Mat()) {
			opencv_core.flip(src, dst, horizontal ? 1 : 0);
			return fromMat(dst, image.width(), image.height(), image.channels());
		}
	}

	/** @return every value raised to {@code exponent} (values ≥ 0) */
	static FloatImage pow(FloatImage image, double exponent) {
		try (Mat src = toMat(image); Mat dst = new Mat()) {
			opencv_core.pow(src, exponent, dst);
			return fromMat(dst, image.width(), image.height(), image.channels());
		}
	}

	private static Mat toMat(FloatImage image) {
		Mat mat = new Mat(image.height(), image.width(), CV_32FC(image.channels()));
		FloatBuffer buffer = mat.createBuffer();
		buffer.put(image.data());
		return mat;
	}

	private static FloatImage fromMat(Mat mat, int width, int height, int channels) {
		float[] data = new float[width * height * channels];
		FloatBuffer buffer = mat.createBuffer();
		buffer.get(data);
		return new FloatImage(width, height, channels, data);
	}
}
