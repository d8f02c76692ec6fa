// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.KeyPointVector;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_features2d.BRISK;
import org.bytedeco.opencv.opencv_objdetect.HOGDescriptor;
import org.myrmex.video.VideoFrame;

/**
 * One frame's appearance as numbers, through OpenCV: a HOG descriptor of the frame shrunk to 64 × 64 (1764 values),
 * or its BRISK keypoint descriptors (on the frame shrunk to 256 pixels wide) for a bag of visual words. Not
 * thread-safe: one per thread.
 */
final class FrameFeatures implements AutoCloseable {
	/** Side of the shrunk frame HOG describes. */
	static final int HOG_SIDE = 64;
	/** Width of the shrunk frame BRISK describes. */
	static final int BRISK_WIDTH = 256;
	private final HOGDescriptor hog = new HOGDescriptor(new Size(HOG_SIDE, HOG_SIDE), new Size(16, 16),
			new Size(8, 8), new Size(8, 8), 9);
	private final BRISK brisk = BRISK.create();

	/** @return the HOG descriptor of the grey frame */
	float[] hog(VideoFrame frame) {
		try (Mat grey = grey(frame); Mat small = new Mat(); Size size = new Size(HOG_SIDE, HOG_SIDE);
				FloatPointer values = new FloatPointer()) {
			opencv_imgproc.resize(grey, small, size, 0, 0, opencv_imgproc.INTER_AREA);
			hog.compute(small, values);
			float[] out = new float[(int) values.limit()];
			values.get(out);
			return out;
		}
	}

	/** @return the BRISK descriptors of the grey frame, 64 values per keypoint (bytes as numbers), maybe none */
	float[][] brisk(VideoFrame frame) {
		int height = Math.max(1, Math.round(frame.height() * (float) BRISK_WIDTH / frame.width()));
		try (Mat grey = grey(frame); Mat small = new Mat(); Size size = new Size(BRISK_WIDTH, height);
				KeyPointVector points = new KeyPointVector(); Mat descriptors = new Mat(); Mat none = new Mat();
				Mat floats = new Mat()) {
			opencv_imgproc.resize(grey, small, size, 0, 0, opencv_imgproc.INTER_AREA);
			brisk.detectAndCompute(small, none, points, descriptors);
			if (descriptors.rows() == 0) {
				return new float[0][];
			}
			descriptors.convertTo(floats, CV_32F);
			FloatBuffer buffer = floats.createBuffer();
			float[][] out = new float[floats.rows()][floats.cols()];
			for (float[] row : out) {
				buffer.get(row);
			}
			return out;
		}
	}

	private static Mat grey(VideoFrame frame) {
		Mat mat = new Mat(frame.height(), frame.width(), CV_8UC1);
		byte[] pixels = frame.pixels();
		if (frame.channels() == 1) {
			ByteBuffer buffer = mat.createBuffer();
			buffer.put(pixels, 0, frame.width() * frame.height());
			return mat;
		}
		byte[] grey = new byte[frame.width() * frame.height()];
		for (int i = 0; i < grey.length; i++) {
			int c = frame.channels() * i;
			grey[i] = (byte) ((299 * (pixels[c] & 0xff) + 587 * (pixels[c + 1] & 0xff) + 114 * (pixels[c + 2] & 0xff))
					/ 1000);
		}
		ByteBuffer buffer = mat.createBuffer();
		buffer.put(grey);
		return mat;
	}

	@Override
	public void close() {
		hog.close();
		brisk.close();
	}
}
