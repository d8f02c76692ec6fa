// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.preprocess.Crop;
import org.myrmex.video.preprocess.FfmpegCommand;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.PreprocessResult;
import org.myrmex.video.preprocess.Preprocessor;
import org.myrmex.video.preprocess.Scale;

class PreprocessorTest {
	static final String ROBOT = "sleap/videos/small_robot_3_frame.mp4";
	static final String PAIR = "sleap/videos/centered_pair_small.mp4";

	static PreprocessResult preprocess(Path input, Path out, PreprocessOptions options) throws Exception {
		List<PreprocessResult> results = Preprocessor.run(List.of(input), out, options, new NullProgressMonitor());
		assertEquals(1, results.size());
		return results.get(0);
	}

	/** @return every file in a folder, hidden ones included */
	static List<String> files(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	/** @return {packets, key-frame packets} of the video stream */
	static int[] keyframes(Path video) throws Exception {
		int packets = 0;
		int keys = 0;
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
			grabber.start();
			for (AVPacket packet = grabber.grabPacket(); packet != null; packet = grabber.grabPacket()) {
				if (packet.stream_index() == grabber.getVideoStream()) {
					packets++;
					keys += (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0 ? 1 : 0;
				}
				avcodec.av_packet_unref(packet);
			}
		}
		return new int[] { packets, keys };
	}

	@Test
	void defaultsKeepEveryFrameAndLeaveTheInputAlone(@TempDir Path dir) throws Exception {
		Path input = Fixtures.get(ROBOT);
		byte[] before = Files.readAllBytes(input);
		PreprocessResult result = preprocess(input, dir, PreprocessOptions.defaults());
		assertEquals(dir.resolve("small_robot_3_frame_preprocessed.mp4"), result.output());
		assertEquals(List.of("small_robot_3_frame_preprocessed.mp4"), files(dir));
		try (VideoSource in = Videos.open(input); VideoSource out = Videos.open(result.output())) {
			assertEquals(in.frameCount(), out.frameCount());
			assertEquals(3, result.frames());
			assertEquals(560, out.width());
			assertEquals(320, out.height());
		}
		assertArrayEquals(before, Files.readAllBytes(input));
	}

	@Test
	void cropKeepsTheBox(@TempDir Path dir) throws Exception {
		Path input = Fixtures.get(ROBOT);
		PreprocessResult result = preprocess(input, dir, PreprocessOptions.defaults().withCrop(new Crop(100, 40, 200, 120)));
		try (VideoSource in = Videos.open(input); VideoSource out = Videos.open(result.output())) {
			assertEquals(200, out.width());
			assertEquals(120, out.height());
			VideoFrame original = in.readGray(1);
			VideoFrame cropped = out.readGray(1);
			double difference = 0;
			for (int y = 0; y < 120; y++) {
				for (int x = 0; x < 200; x++) {
					difference += Math.abs(cropped.get(x, y) - original.get(100 + x, 40 + y));
				}
			}
			assertTrue(difference / (200 * 120) < 4, "mean difference " + difference / (200 * 120));
		}
	}

	@Test
	void grayscaleDropsColourAndScaleResizes(@TempDir Path dir) throws Exception {
		Path input = Fixtures.get(ROBOT);
		PreprocessResult result = preprocess(input, dir,
				PreprocessOptions.defaults().withGrayscale(true).withScale(Scale.by(0.5)));
		assertEquals(280, result.width());
		try (VideoSource in = Videos.open(input); VideoSource out = Videos.open(result.output())) {
			assertEquals(280, out.width());
			assertEquals(160, out.height());
		}
		assertTrue(maxChannelSpread(input) > 40, "the input is colour");
		assertTrue(maxChannelSpread(result.output()) <= 2, "the output is grey");
	}

	/** @return the largest difference between the R, G and B of one pixel of frame 0, decoded by ffmpeg itself */
	private static int maxChannelSpread(Path video) throws Exception {
		Process ffmpeg = new ProcessBuilder(FfmpegCommand.executable().toString(), "-v", "error", "-i", video.toString(),
				"-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-").start();
		byte[] rgb = ffmpeg.getInputStream().readAllBytes();
		assertEquals(0, ffmpeg.waitFor());
		int spread = 0;
		for (int i = 0; i + 2 < rgb.length; i += 3) {
			int r = rgb[i] & 0xff;
			int g = rgb[i + 1] & 0xff;
			int b = rgb[i + 2] & 0xff;
			spread = Math.max(spread, Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)));
		}
		return spread;
	}

	@Test
	void allIntraMakesEveryFrameAKeyframe(@TempDir Path dir) throws Exception {
		Path input = Fixtures.get(PAIR);
		PreprocessOptions options = PreprocessOptions.defaults().withCrop(new Crop(0, 0, 96, 96));
		Path intra = preprocess(input, dir, options.allIntra().withSuffix("_intra")).output();
		Path shortGop = preprocess(input, dir, options.shortGop().withSuffix("_short")).output();
		Path plain = preprocess(input, dir, options).output();
		assertArrayEquals(new int[] { 1100, 1100 }, keyframes(intra));
		int[] shortKeys = keyframes(shortGop);
		assertEquals(1100, shortKeys[0]);
		assertTrue(shortKeys[1] >= 110 && shortKeys[1] < 1100, shortKeys[1] + " key frames in 1100");
		int[] plainKeys = keyframes(plain);
		assertEquals(1100, plainKeys[0]);
		assertTrue(plainKeys[1] < 110, plainKeys[1] + " key frames in 1100 with libx264's own interval");
	}

	@Test
	void takesTheVideosOfAFolder(@TempDir Path dir) throws Exception {
		Path folder = Files.createDirectory(dir.resolve("in"));
		Files.copy(Fixtures.get(ROBOT), folder.resolve("a.mp4"));
		Files.writeString(folder.resolve("notes.txt"), "not a video");
		Path out = dir.resolve("out");
		List<PreprocessResult> results = Preprocessor.run(List.of(folder), out,
				PreprocessOptions.defaults().withSuffix(""), new NullProgressMonitor());
		assertEquals(1, results.size());
		assertEquals(List.of("a.mp4"), files(out));
	}

	@Test
	void overwritesAnOutputOnlyWhenAllowed(@TempDir Path dir) throws Exception {
		Path input = Fixtures.get(ROBOT);
		Path output = dir.resolve("small_robot_3_frame_preprocessed.mp4");
		Files.writeString(output, "older");
		Exception refused = assertThrows(Exception.class, () -> preprocess(input, dir, PreprocessOptions.defaults()));
		assertEquals(output + ": the output exists; allow overwriting to replace it", refused.getMessage());
		assertEquals("older", Files.readString(output));
		preprocess(input, dir, PreprocessOptions.defaults().withOverwrite(true));
		try (VideoSource out = Videos.open(output)) {
			assertEquals(3, out.frameCount());
		}
		assertEquals(List.of(output.getFileName().toString()), files(dir));
	}

	@Test
	void theNextEncodingRemovesWhatAKilledOneLeft(@TempDir Path dir) throws Exception {
		// what a process killed with kill -9 while encoding leaves: its ffmpeg's hidden temporary file
		Files.writeString(dir.resolve(".small_robot_3_frame_preprocessed.mp4.123456789.part"), "half a video");
		Files.writeString(dir.resolve(".other.mp4.42.part"), "another output's");
		preprocess(Fixtures.get(ROBOT), dir, PreprocessOptions.defaults());
		assertEquals(List.of(".other.mp4.42.part", "small_robot_3_frame_preprocessed.mp4"), files(dir));
	}

	@Test
	void cancellingLeavesNoFile(@TempDir Path dir) throws Exception {
		// cancels at the first progress tick of the encoder, after every check has passed
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private boolean encoding;

			@Override
			public void setTaskName(String name) {
				encoding = name.endsWith(".mp4");
			}

			@Override
			public void internalWorked(double work) {
				if (encoding) {
					setCanceled(true);
				}
			}

			@Override
			public void worked(int work) {
				internalWorked(work);
			}
		};
		Path input = Fixtures.get(PAIR);
		assertThrows(OperationCanceledException.class,
				() -> Preprocessor.run(List.of(input), dir, PreprocessOptions.defaults().allIntra(), monitor));
		assertEquals(List.of(), files(dir));
	}
}
