// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NV12;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NV21;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV410P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV411P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV444P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVA420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ411P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ444P;

import java.util.Set;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Grey straight from the luma plane of 8-bit YUV frames, expanded from limited to full range exactly as swscale
 * does it ({@link RangeTable}). The expansion runs in OpenCV's vectorised {@code convertTo} on the decoder's own
 * plane, then one copy brings the result to Java: about half the cost of a table pass in Java, and several times
 * faster than swscale, which FFmpeg 6.1 runs without SIMD. Where OpenCV is unavailable or does not reproduce the
 * table on this machine, the table is used. One per converter; not thread-safe.
 */
final class LumaPlane implements AutoCloseable {
	private static final Set<Integer> LIMITED = Set.of(AV_PIX_FMT_YUV420P, AV_PIX_FMT_YUV422P, AV_PIX_FMT_YUV444P,
			AV_PIX_FMT_YUV410P, AV_PIX_FMT_YUV411P, AV_PIX_FMT_YUV440P, AV_PIX_FMT_YUVA420P, AV_PIX_FMT_NV12, AV_PIX_FMT_NV21);
	private static final Set<Integer> FULL = Set.of(AV_PIX_FMT_YUVJ420P, AV_PIX_FMT_YUVJ422P, AV_PIX_FMT_YUVJ444P,
			AV_PIX_FMT_YUVJ411P, AV_PIX_FMT_YUVJ440P);
	private final int width;
	private final int height;
	private BytePointer expanded;
	private Mat target;
	private boolean closed;

	/** Grey frames of this size; {@code vectorised} false always uses the table (for tests). */
	LumaPlane(int width, int height, boolean vectorised) {
		this.width = width;
		this.height = height;
		if (vectorised && OpenCvRange.works()) {
			this.expanded = new BytePointer((long) width * height);
			this.target = new Mat(height, width, OpenCvRange.TYPE, expanded, width);
		}
	}

	/** @return whether grey can be taken from this frame's luma plane */
	static boolean applies(AVFrame frame) {
		return LIMITED.contains(frame.format()) || FULL.contains(frame.format());
	}

	/** Copies the luma plane of a {@code width × height} frame into {@code out}, expanded to full range. */
	void copy(AVFrame frame, byte[] out) {
		if (closed) {
			throw new IllegalStateException("closed");
		}
		int stride = frame.linesize(0);
		BytePointer plane = frame.data(0);
		boolean full = FULL.contains(frame.format()) || frame.color_range() == AVCOL_RANGE_JPEG;
		if (!full && target != null) {
			try (Mat source = new Mat(height, width, OpenCvRange.TYPE, plane, stride)) {
				OpenCvRange.expand(source, target);
			}
			expanded.position(0).get(out, 0, width * height);
			return;
		}
		if (stride == width) {
			plane.get(out, 0, width * height);
		} else {
			for (int row = 0; row < height; row++) {
				plane.position((long) row * stride).get(out, row * width, width);
			}
		}
		if (!full) {
			RangeTable.expand(out);
		}
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (target != null) {
			target.close();
			expanded.close();
		}
	}
}
