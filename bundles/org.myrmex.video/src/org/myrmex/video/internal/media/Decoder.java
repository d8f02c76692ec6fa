// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_CORRUPT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_DISCARD;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BYTE;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;
import static org.bytedeco.ffmpeg.presets.avutil.AVERROR_EAGAIN;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.PointerPointer;
import org.myrmex.video.Ffmpeg;
import org.myrmex.video.VideoException;

/**
 * One FFmpeg demuxer + decoder for the video stream of a file, used by one thread at a time. It reads packets
 * (for the index), seeks to a timestamp and decodes frames in presentation order, telling each frame's
 * timestamp; {@link FrameConverter} turns the current frame into pixels.
 */
final class Decoder implements AutoCloseable {
	/** Returned by {@link #decodeNext()} at the end of the stream. */
	static final long END = Long.MIN_VALUE;

	private final Path path;
	private final AVFormatContext format;
	private final AVCodecContext codec;
	private final AVStream stream;
	private final int streamIndex;
	/** FFmpeg's short name of the container format, e.g. {@code avi} or {@code mov,mp4,m4a,3gp,3g2,mj2}. */
	private final String container;
	private final AVPacket packet = av_packet_alloc();
	private final AVFrame frame = av_frame_alloc();
	private boolean draining;
	private boolean closed;

	private Decoder(Path path, AVFormatContext format, AVCodecContext codec, int streamIndex) {
		this.path = path;
		this.format = format;
		this.codec = codec;
		this.streamIndex = streamIndex;
		this.stream = format.streams(streamIndex);
		this.container = format.iformat().name().getString();
	}

	/**
	 * Opens the first video stream of a file.
	 *
	 * @param threads decoding threads: 1 for random access (frame threading delays every seek), 0 for FFmpeg's
	 *            choice (playback)
	 */
	static Decoder open(Path path, int threads) throws VideoException {
		Ffmpeg.load();
		AVFormatContext format = new AVFormatContext(null);
		check(path, avformat_open_input(format, path.toString(), null, (AVDictionary) null), "not a readable video");
		AVCodecContext codec = null;
		try {
			check(path, avformat_find_stream_info(format, (PointerPointer<?>) null), "not a readable video");
			int index = videoStream(format);
			if (index < 0) {
				throw new VideoException(path, "has no video stream");
			}
			AVCodecParameters parameters = format.streams(index).codecpar();
			AVCodec decoder = avcodec_find_decoder(parameters.codec_id());
			if (decoder == null) {
				throw new VideoException(path, "uses a video codec FFmpeg cannot decode (codec id " + parameters.codec_id() + ")");
			}
			codec = avcodec_alloc_context3(decoder);
			check(path, avcodec_parameters_to_context(codec, parameters), "has unusable codec parameters");
			codec.thread_count(threads);
			check(path, avcodec_open2(codec, decoder, (AVDictionary) null), "cannot open its video decoder");
			if (codec.width() <= 0 || codec.height() <= 0) {
				throw new VideoException(path, "has no frame size (" + codec.width() + "x" + codec.height() + ")");
			}
			return new Decoder(path, format, codec, index);
		} catch (VideoException | RuntimeException e) {
			if (codec != null) {
				avcodec_free_context(codec);
			}
			avformat_close_input(format);
			throw e;
		}
	}

	private static int videoStream(AVFormatContext format) {
		for (int i = 0; i < format.nb_streams(); i++) {
			AVStream s = format.streams(i);
			if (s.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO && (s.disposition() & AV_DISPOSITION_ATTACHED_PIC) == 0) {
				return i;
			}
		}
		return -1;
	}

	Path path() {
		return path;
	}

	int width() {
		return codec.width();
	}

	int height() {
		return codec.height();
	}

	int pixelFormat() {
		return codec.pix_fmt();
	}

	AVRational timeBase() {
		return stream.time_base();
	}

	/** @return the average frame rate the container states, or 0 */
	double statedFps() {
		AVRational rate = stream.avg_frame_rate();
		if (rate.num() <= 0 || rate.den() <= 0) {
			rate = stream.r_frame_rate();
		}
		return rate.num() > 0 && rate.den() > 0 ? (double) rate.num() / rate.den() : 0;
	}

	/**
	 * @return the number of frames the container states, or 0 when it does not say; an AVI counts the empty chunks
	 *         that stand for repeated or dropped frames too ({@link #countsChunks()})
	 */
	long statedFrames() {
		return stream.nb_frames();
	}

	/** @return whether the container's timestamps count chunks, empty ones included, as AVI's do */
	boolean countsChunks() {
		return container.equals("avi");
	}

	/**
	 * Receives each video packet's presentation timestamp (its decoding timestamp where the container stores no
	 * presentation time, {@code AV_NOPTS_VALUE} where it stores neither), whether it is a keyframe, and where it
	 * starts in the file ({@code -1} if unknown).
	 */
	interface PacketVisitor {
		void packet(long pts, boolean key, long position);
	}

	/**
	 * Reads every remaining video packet without decoding, telling each to {@code visitor} and summing them up in
	 * {@code stats}.
	 */
	void scanPackets(PacketVisitor visitor, PacketStats stats) {
		while (true) {
			int result = av_read_frame(format, packet);
			if (result < 0) {
				stats.ended = result == AVERROR_EOF;
				return;
			}
			try {
				if (packet.stream_index() == streamIndex && (packet.flags() & AV_PKT_FLAG_DISCARD) == 0) {
					boolean hasPts = packet.pts() != AV_NOPTS_VALUE;
					stats.add(packet.dts() == AV_NOPTS_VALUE ? Long.MIN_VALUE : packet.dts(), hasPts,
							(packet.flags() & AV_PKT_FLAG_CORRUPT) != 0);
					visitor.packet(hasPts ? packet.pts() : packet.dts(), (packet.flags() & AV_PKT_FLAG_KEY) != 0,
							packet.pos());
				}
			} finally {
				av_packet_unref(packet);
			}
		}
	}

	/** @return whether the decoder shows frames in another order than it decodes them (B-frames) */
	boolean reorders() {
		return codec.has_b_frames() > 0;
	}

	/**
	 * @return whether keyframes are sought by byte position: in MPEG transport and program streams timestamps
	 *         are not reliable enough to land on a given keyframe
	 */
	boolean seeksByByte() {
		return container.equals("mpegts") || container.equals("mpeg");
	}

	/**
	 * Seeks to a keyframe and resets the decoder: to the byte position {@code target} where {@link #seeksByByte()},
	 * else to the last keyframe at or before the timestamp {@code target} (stream time base).
	 */
	void seek(long target) throws VideoException {
		checkOpen();
		int result = seeksByByte() ? av_seek_frame(format, -1, target, AVSEEK_FLAG_BYTE)
				: av_seek_frame(format, streamIndex, target, AVSEEK_FLAG_BACKWARD);
		check(path, result, "cannot seek");
		avcodec_flush_buffers(codec);
		draining = false;
	}

	/**
	 * Decodes the next frame in presentation order.
	 *
	 * @return its timestamp (stream time base), or {@link #END} after the last frame
	 */
	long decodeNext() throws VideoException {
		checkOpen();
		while (true) {
			int received = avcodec_receive_frame(codec, frame);
			if (received == 0) {
				long pts = frame.best_effort_timestamp();
				return pts != AV_NOPTS_VALUE ? pts : frame.pts();
			}
			if (received == AVERROR_EOF) {
				return END;
			}
			if (received != AVERROR_EAGAIN()) {
				throw new VideoException(path, "cannot decode a frame (" + message(received) + ")");
			}
			if (draining) {
				return END;
			}
			feedPacket();
		}
	}

	private void feedPacket() throws VideoException {
		while (true) {
			int read = av_read_frame(format, packet);
			if (read < 0) {
				draining = true;
				avcodec_send_packet(codec, null);
				return;
			}
			try {
				if (packet.stream_index() == streamIndex) {
					int sent = avcodec_send_packet(codec, packet);
					if (sent < 0 && sent != AVERROR_EAGAIN()) {
						throw new VideoException(path, "has a video packet FFmpeg cannot decode (" + message(sent) + ")");
					}
					return;
				}
			} finally {
				av_packet_unref(packet);
			}
		}
	}

	/** @return the frame the last {@link #decodeNext()} returned; valid until the next call */
	AVFrame frame() {
		return frame;
	}

	private void checkOpen() throws VideoException {
		if (closed) {
			throw new VideoException(path, "is closed");
		}
	}

	private static void check(Path path, int result, String problem) throws VideoException {
		if (result < 0) {
			throw new VideoException(path, problem + " (" + message(result) + ")");
		}
	}

	static String message(int error) {
		byte[] text = new byte[256];
		av_strerror(error, text, text.length);
		int n = 0;
		while (n < text.length && text[n] != 0) {
			n++;
		}
		return new String(text, 0, n, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		av_frame_free(frame);
		av_packet_free(packet);
		avcodec_free_context(codec);
		avformat_close_input(format);
	}
}
