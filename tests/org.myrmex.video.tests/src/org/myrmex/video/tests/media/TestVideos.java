// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.myrmex.video.preprocess.FfmpegCommand;

/** Small H.264 videos made for one test: variable frame rate, no frames. */
final class TestVideos {
	private TestVideos() {
	}

	/**
	 * Writes {@code frames} 64×48 grey frames whose grey level is the frame number × 4, with gaps between them of
	 * one, two or three 1/30 s ticks in turn (a variable-frame-rate file).
	 */
	static void variableFrameRate(Path target, int frames) throws Exception {
		try (FFmpegFrameRecorder recorder = recorder(target); Frame frame = new Frame(64, 48, Frame.DEPTH_UBYTE, 1)) {
			recorder.start();
			long micros = 0;
			for (int i = 0; i < frames; i++) {
				ByteBuffer pixels = (ByteBuffer) frame.image[0];
				for (int p = 0; p < frame.imageStride * 48; p++) {
					pixels.put(p, (byte) (i * 4));
				}
				recorder.setTimestamp(micros);
				recorder.record(frame, avutil.AV_PIX_FMT_GRAY8);
				micros += (1 + i % 3) * 1_000_000L / 30;
			}
			recorder.stop();
		}
	}

	/**
	 * Runs the bundled {@code ffmpeg -nostdin -v error ARGUMENTS} and asserts that it succeeded.
	 *
	 * @return what it wrote to standard output (raw frames when asked for {@code -})
	 */
	static byte[] ffmpeg(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(FfmpegCommand.executable().toString(), "-nostdin", "-v", "error"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).start();
		byte[] output = process.getInputStream().readAllBytes();
		String log = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + log);
		return output;
	}

	/** Writes an MP4 with an H.264 video stream and no frames. */
	static void noFrames(Path target) throws Exception {
		try (FFmpegFrameRecorder recorder = recorder(target)) {
			recorder.start();
			recorder.stop();
		}
	}

	private static FFmpegFrameRecorder recorder(Path target) {
		FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toFile(), 64, 48, 0);
		recorder.setFormat("mp4");
		recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
		recorder.setVideoCodecName("libx264");
		recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
		recorder.setFrameRate(30);
		recorder.setGopSize(10);
		recorder.setVideoOption("preset", "superfast");
		recorder.setVideoOption("crf", "10");
		return recorder;
	}
}
