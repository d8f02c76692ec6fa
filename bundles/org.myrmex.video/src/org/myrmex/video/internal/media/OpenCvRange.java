// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The range expansion of {@link RangeTable} as one vectorised OpenCV {@code convertTo}: {@code round(y × α + β)},
 * saturated. α and β are chosen so that every one of the 256 samples lands at least 0.0068 away from a rounding
 * edge, far more than float rounding (with or without fused multiply-add) can move it. It is still checked once
 * against the table on this machine before it is used.
 */
public final class OpenCvRange {
	static final int TYPE = CV_8UC1;
	private static final double ALPHA = 1.164384;
	private static final double BETA = -18.6302;
	private static final boolean WORKS = check();

	private OpenCvRange() {
	}

	/** @return whether OpenCV loads and reproduces {@link RangeTable} for all 256 samples */
	public static boolean works() {
		return WORKS;
	}

	/** Expands {@code source} into {@code target} (both 8-bit, one channel, same size). */
	static void expand(Mat source, Mat target) {
		source.convertTo(target, TYPE, ALPHA, BETA);
	}

	private static boolean check() {
		// rows of 173 samples 176 bytes apart: OpenCV converts each row on its own, so row ends take its tail path
		int rows = 3;
		int columns = 173;
		int step = 176;
		int size = rows * step;
		try (BytePointer ramp = new BytePointer(size); BytePointer result = new BytePointer(size);
				Mat source = new Mat(rows, columns, TYPE, ramp, step); Mat target = new Mat(rows, columns, TYPE, result, step)) {
			for (int i = 0; i < size; i++) {
				ramp.put(i, (byte) (i * 7));
			}
			expand(source, target);
			for (int i = 0; i < size; i++) {
				if (i % step < columns && (result.get(i) & 0xff) != RangeTable.toFull(i * 7 & 0xff)) {
					return false;
				}
			}
			return true;
		} catch (LinkageError | RuntimeException e) {
			return false;
		}
	}
}
