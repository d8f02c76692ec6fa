// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.myrmex.video.ColorMode;
import org.myrmex.video.Ffmpeg;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;

/**
 * Frame-exact access to a media file (MP4, AVI, MKV, MOV …) through FFmpeg. Frames are numbered from 0 and
 * returned as full-range grey images. Thread-safe: calls are serialised.
 */
public final class MediaVideo implements VideoSource {
	private final Path path;
	private final FFmpegFrameGrabber grabber;
	private final int frameCount;
	private final int width;
	private final int height;
	private final double fps;
	private int nextFrame = -1;

	private MediaVideo(Path path, FFmpegFrameGrabber grabber) {
		this.path = path;
		this.grabber = grabber;
		this.frameCount = grabber.getLengthInVideoFrames();
		this.width = grabber.getImageWidth();
		this.height = grabber.getImageHeight();
		this.fps = grabber.getFrameRate();
	}

	/**
	 * Opens a video file.
	 *
	 * @throws VideoException when the file is missing or FFmpeg cannot read a video stream from it
	 */
	public static MediaVideo open(Path path) throws VideoException {
		if (!Files.isRegularFile(path)) {
			throw new VideoException(path, "no such file");
		}
		Ffmpeg.load();
		FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(path.toFile());
		grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
		// frame threading makes random access slower; one decoding thread per source
		grabber.setVideoOption("threads", "1");
		try {
			grabber.start();
		} catch (FrameGrabber.Exception | RuntimeException e) {
			closeQuietly(grabber);
			throw new VideoException(path, "not a readable video (" + e.getMessage() + ")", e);
		}
		if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0 || grabber.getLengthInVideoFrames() <= 0) {
			closeQuietly(grabber);
			throw new VideoException(path, "has no video frames");
		}
		return new MediaVideo(path, grabber);
	}

	public Path path() {
		return path;
	}

	public int frameCount() {
		return frameCount;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public double fps() {
		return fps;
	}

	/**
	 * Decodes one frame.
	 *
	 * @param index the frame number, 0 ≤ index &lt; {@link #frameCount()}
	 * @throws VideoException when the index is out of range or the frame cannot be decoded
	 */
	@Override
	public int channels() {
		return 1;
	}

	@Override
	public synchronized VideoFrame read(int index, ColorMode mode) throws VideoException {
		if (index < 0 || index >= frameCount) {
			throw new VideoException(path, "frame " + index + " is out of range (the video has " + frameCount + " frames)");
		}
		try {
			if (index != nextFrame) {
				grabber.setVideoFrameNumber(index);
			}
			Frame frame = grabber.grabImage();
			if (frame == null || frame.image == null) {
				nextFrame = -1;
				throw new VideoException(path, "frame " + index + " could not be decoded");
			}
			nextFrame = index + 1;
			return toGray(frame).to(mode);
		} catch (FrameGrabber.Exception | RuntimeException e) {
			nextFrame = -1;
			throw new VideoException(path, "frame " + index + " could not be decoded (" + e.getMessage() + ")", e);
		}
	}

	private VideoFrame toGray(Frame frame) {
		ByteBuffer buffer = (ByteBuffer) frame.image[0];
		int stride = frame.imageStride;
		byte[] pixels = new byte[width * height];
		for (int y = 0; y < height; y++) {
			buffer.get(y * stride, pixels, y * width, width);
		}
		return VideoFrame.wrap(width, height, 1, pixels);
	}

	private static void closeQuietly(FFmpegFrameGrabber grabber) {
		try {
			grabber.close();
		} catch (FrameGrabber.Exception e) {
			// nothing more to release
		}
	}

	@Override
	public synchronized void close() {
		closeQuietly(grabber);
	}
}
