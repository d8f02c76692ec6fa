// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes grey or colour (B, G, R) frames to an H.264 MP4 with libx264 (yuv420p, SLEAP's settings: preset superfast,
 * crf 23 by default). The file appears under its final name only when {@link #finish()} succeeds; {@link #close()}
 * without finishing removes the partial file.
 */
public final class H264Writer implements AutoCloseable {
	private final Path target;
	private final Path temp;
	private final int width;
	private final int height;
	private final int channels;
	private final FFmpegFrameRecorder recorder;
	private final Frame frame;
	private boolean finished;

	/**
	 * Starts a new video.
	 *
	 * @param gop frames between key frames (1 = all-intra, instant seeking)
	 * @throws VideoException when libx264 is missing or the encoder cannot start
	 */
	public H264Writer(Path target, int width, int height, double fps, int crf, int gop) throws VideoException {
		this(target, width, height, fps, crf, gop, 1);
	}

	/**
	 * Starts a new video of grey ({@code channels} 1, {@link #write}) or colour ({@code channels} 3,
	 * {@link #writeBgr}) frames.
	 *
	 * @throws VideoException when libx264 is missing or the encoder cannot start
	 */
	public H264Writer(Path target, int width, int height, double fps, int crf, int gop, int channels)
			throws VideoException {
		if (channels != 1 && channels != 3) {
			throw new IllegalArgumentException(channels + " channels (only 1 or 3)");
		}
		if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
			throw new IllegalArgumentException("frame size " + width + "x" + height + " must be positive and even");
		}
		if (fps <= 0 || gop <= 0 || crf < 0 || crf > 51) {
			throw new IllegalArgumentException("fps " + fps + ", gop " + gop + ", crf " + crf + " out of range");
		}
		if (!Ffmpeg.hasLibx264()) {
			throw new VideoException(target, "cannot encode H.264: this FFmpeg build has no libx264 encoder");
		}
		this.target = target;
		this.temp = target.resolveSibling("." + target.getFileName() + ".part.mp4");
		this.width = width;
		this.height = height;
		this.channels = channels;
		this.frame = new Frame(width, height, Frame.DEPTH_UBYTE, channels);
		this.recorder = new FFmpegFrameRecorder(temp.toFile(), width, height, 0);
		recorder.setFormat("mp4");
		recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
		recorder.setVideoCodecName("libx264");
		recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
		recorder.setFrameRate(fps);
		recorder.setGopSize(gop);
		recorder.setVideoBitrate(0);
		recorder.setVideoOption("preset", "superfast");
		recorder.setVideoOption("crf", Integer.toString(crf));
		try {
			recorder.start();
		} catch (FrameRecorder.Exception | RuntimeException e) {
			discard();
			throw new VideoException(target, "cannot start the H.264 encoder (" + e.getMessage() + ")", e);
		}
	}

	/** Encodes the next frame: {@code width*height} grey bytes, row-major. */
	public void write(byte[] gray) throws VideoException {
		encode(gray, 1, avutil.AV_PIX_FMT_GRAY8);
	}

	/** Encodes the next frame: {@code width*height*3} bytes B, G, R, row-major (a Java2D 3-byte BGR image's). */
	public void writeBgr(byte[] bgr) throws VideoException {
		encode(bgr, 3, avutil.AV_PIX_FMT_BGR24);
	}

	private void encode(byte[] pixels, int bytesPerPixel, int pixelFormat) throws VideoException {
		if (bytesPerPixel != channels) {
			throw new IllegalStateException("this writer takes " + channels + "-channel frames");
		}
		int row = width * channels;
		if (pixels.length != row * height) {
			throw new IllegalArgumentException(pixels.length + " bytes do not fill " + width + "x" + height + "x"
					+ channels);
		}
		ByteBuffer buffer = (ByteBuffer) frame.image[0];
		for (int y = 0; y < height; y++) { // imageStride: bytes per row, channels included, padded to 8
			buffer.put(y * frame.imageStride, pixels, y * row, row);
		}
		try {
			recorder.record(frame, pixelFormat);
		} catch (FrameRecorder.Exception | RuntimeException e) {
			throw new VideoException(target, "cannot encode frame (" + e.getMessage() + ")", e);
		}
	}

	/** Flushes the encoder and moves the finished video to its name, atomically. */
	public void finish() throws VideoException {
		try {
			recorder.stop();
			recorder.release();
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			finished = true;
		} catch (java.io.IOException | RuntimeException e) {
			throw new VideoException(target, "cannot finish the video (" + e.getMessage() + ")", e);
		}
	}

	private void discard() {
		try {
			recorder.release();
		} catch (FrameRecorder.Exception | RuntimeException e) {
			// the encoder is gone either way
		}
		try {
			Files.deleteIfExists(temp);
		} catch (java.io.IOException e) {
			// a stray hidden .part file is harmless
		}
	}

	@Override
	public void close() {
		if (!finished) {
			discard();
		}
		frame.close();
	}
}
