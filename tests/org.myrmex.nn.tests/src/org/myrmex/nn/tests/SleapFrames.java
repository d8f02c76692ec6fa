// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.myrmex.video.VideoFrame;
import org.myrmex.video.preprocess.FfmpegCommand;

/**
 * Frames decoded as SLEAP read them when it made its predictions: OpenCV's {@code VideoCapture} converts to BGR with
 * swscale, and a video SLEAP marks {@code grayscale} keeps the first (blue) channel. Here the bundled {@code ffmpeg}
 * converts to {@code bgr24} the same way. Myrmex's own grey frames come from the luma plane and differ by one grey
 * level in a few percent of pixels, which moves confidences by up to ~0.01.
 */
final class SleapFrames {
	private SleapFrames() {
	}

	/** @return frame {@code index} of a video as SLEAP's grey (first BGR channel) or RGB image */
	static VideoFrame read(Path video, int index, int width, int height, boolean grey) throws Exception {
		Process process = new ProcessBuilder(List.of(FfmpegCommand.executable().toString(), "-v", "error", "-i",
				video.toString(), "-vf", "select=eq(n\\," + index + ")", "-vsync", "0", "-frames:v", "1", "-f",
				"rawvideo", "-pix_fmt", "bgr24", "pipe:1")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		byte[] bgr;
		try (InputStream in = process.getInputStream()) {
			bgr = in.readAllBytes();
		}
		if (process.waitFor() != 0 || bgr.length != width * height * 3) {
			throw new IOException("ffmpeg could not decode frame " + index + " of " + video + " (" + bgr.length
					+ " bytes)");
		}
		int n = width * height;
		byte[] pixels = new byte[grey ? n : 3 * n];
		for (int i = 0; i < n; i++) {
			if (grey) {
				pixels[i] = bgr[3 * i];
			} else {
				pixels[3 * i] = bgr[3 * i + 2];
				pixels[3 * i + 1] = bgr[3 * i + 1];
				pixels[3 * i + 2] = bgr[3 * i];
			}
		}
		return new VideoFrame(width, height, grey ? 1 : 3, pixels);
	}
}
