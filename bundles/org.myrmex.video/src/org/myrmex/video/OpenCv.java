// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_core;

/** OpenCV (with OpenBLAS), used for image processing such as optical flow; loads its natives on first use. */
public final class OpenCv {
	private OpenCv() {
	}

	/** @return OpenCV's version, e.g. "4.9.0", as reported by the loaded native library */
	public static String version() {
		Loader.load(opencv_core.class);
		return opencv_core.getVersionString().getString().trim();
	}
}
