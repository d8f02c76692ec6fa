// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.av_free;
import static org.bytedeco.ffmpeg.global.avutil.av_malloc;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_DEFAULT;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoFrame;

/**
 * Converts decoded frames to 8-bit full-range grey or RGB with swscale (grey is the luma plane expanded to full
 * range, as {@code ffmpeg -pix_fmt gray} gives). One per decoder; not thread-safe.
 */
final class FrameConverter implements AutoCloseable {
	private final int width;
	private final int height;
	private final ColorMode mode;
	private final int rowBytes;
	private final BytePointer pixels;
	private final PointerPointer<BytePointer> target;
	private final IntPointer stride;
	private final LumaPlane luma;
	private SwsContext context;
	private PointerPointer<AVFrame> source;
	private AVFrame sourceFrame;
	private boolean closed;
	/** For tests: always convert with swscale. */
	boolean swscaleOnly;

	FrameConverter(int width, int height, ColorMode mode) {
		this(width, height, mode, true);
	}

	/** @param vectorised false to expand grey with the Java table instead of OpenCV (for tests) */
	FrameConverter(int width, int height, ColorMode mode, boolean vectorised) {
		this.width = width;
		this.height = height;
		this.mode = mode;
		this.luma = mode == ColorMode.GRAY ? new LumaPlane(width, height, vectorised) : null;
		// rows padded to 64 bytes in an aligned buffer: swscale picks its SIMD or C code by alignment, and the two
		// round differently, so every conversion must see the same alignment to give the same pixels
		this.rowBytes = (width * mode.channels() + 63) & ~63;
		this.pixels = new BytePointer(av_malloc((long) rowBytes * height)).capacity((long) rowBytes * height);
		// swscale reads four plane pointers and strides
		this.target = new PointerPointer<BytePointer>(4).put(0, pixels);
		this.stride = new IntPointer(rowBytes, 0, 0, 0);
	}

	ColorMode mode() {
		return mode;
	}

	/** @return the frame's pixels in this converter's mode, in a new array */
	VideoFrame convert(AVFrame frame) {
		byte[] out = new byte[width * height * mode.channels()];
		convertInto(frame, out);
		return VideoFrame.wrap(width, height, mode.channels(), out);
	}

	/** Converts into {@code out}, which holds {@code width × height × channels} bytes. */
	void convertInto(AVFrame frame, byte[] out) {
		if (luma != null && !swscaleOnly && frame.width() == width && frame.height() == height
				&& LumaPlane.applies(frame)) {
			luma.copy(frame, out);
			return;
		}
		context = sws_getCachedContext(context, frame.width(), frame.height(), frame.format(), width, height,
				mode == ColorMode.GRAY ? AV_PIX_FMT_GRAY8 : AV_PIX_FMT_RGB24, SWS_BILINEAR, null, null, (DoublePointer) null);
		if (context == null) {
			throw new IllegalStateException("swscale cannot convert pixel format " + frame.format() + " to " + mode);
		}
		if (frame.color_range() == AVCOL_RANGE_JPEG) {
			// swscale takes range from the pixel format alone (yuvj420p is full, yuv420p limited); VP9 and others
			// flag full range on a plain format, which it would expand a second time. Told before every frame:
			// told once per context, the second frame came out expanded again (ColourRangeTest)
			IntPointer coefficients = sws_getCoefficients(SWS_CS_DEFAULT);
			sws_setColorspaceDetails(context, coefficients, 1, coefficients, 1, 0, 1 << 16, 1 << 16);
		}
		if (sourceFrame != frame) {
			// AVFrame starts with its data[] pointers, so a pointer to the frame is a pointer to them
			source = new PointerPointer<>(frame);
			sourceFrame = frame;
		}
		sws_scale(context, source, frame.linesize(), 0, frame.height(), target, stride);
		int row = width * mode.channels();
		if (row == rowBytes) {
			pixels.position(0).get(out, 0, out.length);
		} else {
			for (int y = 0; y < height; y++) {
				pixels.position((long) y * rowBytes).get(out, y * row, row);
			}
		}
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (context != null) {
			sws_freeContext(context);
			context = null;
		}
		if (luma != null) {
			luma.close();
		}
		av_free(pixels.position(0));
		target.close();
		stride.close();
	}
}
