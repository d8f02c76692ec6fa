// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;
import org.myrmex.video.preprocess.FfmpegCommand;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.Preprocessor;
import org.myrmex.video.tests.Fixtures;

/**
 * The same H.264 stream (centered_pair_small, with B-frames) moved into other containers gives the same frames at
 * the same numbers, by sequential and by random access; where a container cannot say which frame is which, the
 * file is refused with the way out, and pre-processing makes it exact.
 */
class ContainersTest {
	private static final String PAIR = "sleap/videos/centered_pair_small.mp4";
	/** Hashes of the MP4's grey frames, in order. */
	private static int[] reference;

	@TempDir
	static Path dir;
	@TempDir
	Path indexes;

	@BeforeAll
	static void hashTheMp4() throws Exception {
		try (MediaVideo video = MediaVideo.open(Fixtures.get(PAIR), new MediaSettings(dir.resolve("idx"), 64L << 20, 30, false))) {
			reference = hashes(video);
		}
		assertEquals(1100, reference.length);
	}

	private static int[] hashes(MediaVideo video) throws VideoException {
		int[] hashes = new int[video.frameCount()];
		try (FrameReader reader = video.sequential(0, ColorMode.GRAY)) {
			for (int i = 0; reader.hasNext(); i++) {
				hashes[i] = Arrays.hashCode(reader.next().pixels());
			}
		}
		return hashes;
	}

	private static Path ffmpeg(String output, String... options) throws Exception {
		Path target = dir.resolve(output);
		List<String> command = new ArrayList<>(List.of(FfmpegCommand.executable().toString(), "-nostdin", "-v",
				"error", "-y", "-i", Fixtures.get(PAIR).toString()));
		command.addAll(List.of(options));
		command.add(target.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), "ffmpeg made no " + output + ": " + log);
		return target;
	}

	private MediaVideo open(Path file) throws VideoException {
		return MediaVideo.open(file, new MediaSettings(indexes, 64L << 20, 30, false));
	}

	/** Random reads (and a sequential pass started mid-GOP) give the frames of a full sequential pass. */
	private static void assertRandomAccessAgrees(MediaVideo video, int[] expected) throws VideoException {
		Random random = new Random(7);
		for (int n = 0; n < 25; n++) {
			int frame = random.nextInt(expected.length);
			assertEquals(expected[frame], Arrays.hashCode(video.readGray(frame).pixels()), "frame " + frame);
		}
		int start = expected.length / 2 + 3;
		try (FrameReader reader = video.sequential(start, ColorMode.GRAY)) {
			for (int frame = start; frame < start + 20; frame++) {
				assertEquals(expected[frame], Arrays.hashCode(reader.next().pixels()), "frame " + frame + " read on");
			}
		}
	}

	@Test
	void matroskaQuickTimeAndTransportStreamGiveTheMp4sFrames() throws Exception {
		for (String name : List.of("pair.mkv", "pair.mov", "pair.ts")) {
			try (MediaVideo video = open(ffmpeg(name, "-c", "copy"))) {
				assertEquals(1100, video.frameCount(), name);
				assertEquals(15.0, video.fps(), 1e-9, name);
				assertArrayEquals(reference, hashes(video), name);
				assertRandomAccessAgrees(video, reference);
			}
		}
	}

	@Test
	void aviWithoutReorderedFramesIsExact() throws Exception {
		for (String codec : List.of("mjpeg", "libx264")) {
			Path avi = ffmpeg("pair-" + codec + ".avi", "-frames:v", "200", "-c:v", codec, "-bf", "0", "-g", "25");
			try (MediaVideo video = open(avi)) {
				assertEquals(200, video.frameCount(), codec);
				assertRandomAccessAgrees(video, hashes(video));
			}
		}
	}

	@Test
	void aviWithBFramesIsRefusedAndPreprocessingMakesItExact() throws Exception {
		Path avi = ffmpeg("pair-bframes.avi", "-c", "copy");
		VideoException refused = assertThrows(VideoException.class, () -> open(avi));
		assertTrue(refused.getMessage().contains("pair-bframes.avi"), refused.getMessage());
		assertTrue(refused.getMessage().contains("B-frames") && refused.getMessage().contains("myrmex preprocess"),
				refused.getMessage());

		// lossless re-encoding: the frames come out in display order, numbered as in the MP4
		Preprocessor.run(List.of(avi), dir.resolve("fixed"), PreprocessOptions.defaults().withCrf(0).withPreset("ultrafast"),
				new NullProgressMonitor());
		try (MediaVideo fixed = open(dir.resolve("fixed/pair-bframes_preprocessed.mp4"))) {
			assertArrayEquals(reference, hashes(fixed));
			assertRandomAccessAgrees(fixed, reference);
		}
	}

	/** FFmpeg 6.1's program-stream demuxer guesses a missing timestamp as the one before it for this file. */
	@Test
	void programStreamWithARepeatedTimestampIsRefused() throws Exception {
		Path mpg = ffmpeg("pair.mpg", "-c:v", "mpeg2video", "-q:v", "3");
		VideoException refused = assertThrows(VideoException.class, () -> open(mpg));
		assertTrue(refused.getMessage().contains("the same timestamp"), refused.getMessage());
		assertTrue(refused.getMessage().contains("myrmex preprocess"), refused.getMessage());
	}
}
