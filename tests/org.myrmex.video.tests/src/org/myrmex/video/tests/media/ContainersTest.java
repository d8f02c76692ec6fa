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
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.Preprocessor;

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
		return ffmpeg(Fixtures.get(PAIR), output, options);
	}

	private static Path ffmpeg(Path input, String output, String... options) throws Exception {
		Path target = dir.resolve(output);
		List<String> arguments = new ArrayList<>(List.of("-y", "-i", input.toString()));
		arguments.addAll(List.of(options));
		arguments.add(target.toString());
		TestVideos.ffmpeg(arguments.toArray(String[]::new));
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
		assertRefusedThenFixed(avi, "B-frames", reference);
	}

	@Test
	void rawH264StreamIsRefusedAndPreprocessingMakesItExact() throws Exception {
		Path raw = ffmpeg("pair.h264", "-c", "copy", "-bsf:v", "h264_mp4toannexb");
		assertRefusedThenFixed(raw, "the same timestamp", reference);
	}

	@Test
	void joinedRecordingsAreRefusedAndPreprocessingKeepsBothInOrder() throws Exception {
		byte[] ts = java.nio.file.Files.readAllBytes(ffmpeg("part.ts", "-c", "copy"));
		Path joined = java.nio.file.Files.write(dir.resolve("joined.ts"), ts);
		java.nio.file.Files.write(joined, ts, java.nio.file.StandardOpenOption.APPEND);
		int[] twice = new int[2 * reference.length];
		System.arraycopy(reference, 0, twice, 0, reference.length);
		System.arraycopy(reference, 0, twice, reference.length, reference.length);
		assertRefusedThenFixed(joined, "jump back", twice);
	}

	/**
	 * The file is refused naming itself, the reason and the way out; lossless pre-processing then gives a video
	 * whose frames, in display order, are {@code expected}.
	 */
	private void assertRefusedThenFixed(Path file, String reason, int[] expected) throws Exception {
		VideoException refused = assertThrows(VideoException.class, () -> open(file));
		String message = refused.getMessage();
		assertTrue(message.contains(file.getFileName().toString()) && message.contains(reason)
				&& message.contains("myrmex preprocess"), message);
		Path fixedFolder = dir.resolve("fixed-" + file.getFileName());
		Preprocessor.run(List.of(file), fixedFolder, PreprocessOptions.defaults().withCrf(0).withPreset("ultrafast"),
				new NullProgressMonitor());
		String name = file.getFileName().toString();
		try (MediaVideo fixed = open(fixedFolder.resolve(name.substring(0, name.lastIndexOf('.')) + "_preprocessed.mp4"))) {
			assertArrayEquals(expected, hashes(fixed));
			assertRandomAccessAgrees(fixed, expected);
		}
	}

	/** A transport stream cut 2000 packets in starts mid-GOP: its frame 0 is its first keyframe, the MP4's 300. */
	@Test
	void transportStreamCutMidGopStartsAtItsFirstKeyframe() throws Exception {
		byte[] ts = java.nio.file.Files.readAllBytes(ffmpeg("whole.ts", "-c", "copy"));
		Path cut = java.nio.file.Files.write(dir.resolve("cut.ts"), Arrays.copyOfRange(ts, 188 * 2000, ts.length));
		try (MediaVideo video = open(cut)) {
			assertEquals(800, video.frameCount());
			int[] expected = Arrays.copyOfRange(reference, 300, 1100);
			assertArrayEquals(expected, hashes(video));
			assertRandomAccessAgrees(video, expected);
		}
	}

	@Test
	void truncatedAviIsRefused() throws Exception {
		byte[] avi = java.nio.file.Files.readAllBytes(ffmpeg("whole.avi", "-frames:v", "300", "-c:v", "mjpeg"));
		Path truncated = java.nio.file.Files.write(dir.resolve("truncated.avi"), Arrays.copyOf(avi, avi.length / 2));
		VideoException refused = assertThrows(VideoException.class, () -> open(truncated));
		assertTrue(refused.getMessage().contains("truncated.avi: is truncated or damaged"), refused.getMessage());
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
