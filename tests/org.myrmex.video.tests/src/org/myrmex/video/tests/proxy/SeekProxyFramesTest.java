// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.proxy.SeekProxy;

/**
 * Frame {@code k} of a seek proxy is frame {@code k} of its source, smaller: close to the source frame resized with
 * OpenCV ({@code INTER_AREA}), and, where the picture moves, far closer to it than to frames {@code k ± 1} and
 * {@code k ± 5}.
 */
class SeekProxyFramesTest {
	/** Mean absolute difference allowed against the resized grey source frame, in grey levels. */
	private static final double SAME_GREY_FRAME = 3.0;
	/**
	 * The same for RGB samples of a textured colour scene shrunk to under half its size, where the proxy's lossy
	 * chroma (4:2:0 at crf 26) costs more: about 5 levels on small_robot.mp4 at 256 pixels.
	 */
	private static final double SAME_COLOUR_FRAME = 6.0;
	/**
	 * How a grey proxy frame must compare with its source frame: within {@link #SAME_GREY_FRAME} levels overall and,
	 * where the picture moves, 3 times closer to it than to the frames 1 and 5 before and after.
	 */
	private static final Tolerance GREY = new Tolerance(SAME_GREY_FRAME, new int[] { -5, -1, 1, 5 }, 3);
	/**
	 * The textured colour scene: close to the source frame in every RGB sample, no comparison with neighbours (its
	 * few moving samples are edges, which the encoder blurs as much as the robot moves in 5 frames; the order of
	 * frames is checked on the grey videos).
	 */
	private static final Tolerance COLOUR = new Tolerance(SAME_COLOUR_FRAME, new int[0], 0);

	private record Tolerance(double difference, int[] neighbours, double separation) {
	}
	/** A sample that differs by more than this between frames k and its neighbour counts as moving. */
	private static final int MOVED = 24;
	/** Moving samples a comparison with a neighbouring frame needs. */
	private static final int ENOUGH_MOVED = 50;

	@TempDir
	Path cache;

	@Test
	void clipProxyIsHalfSizeWithTheSameFrames() throws Exception {
		Path video = Fixtures.require("sleap/tracks/clip.mp4");
		try (SeekProxy proxy = SeekProxy.build(video, cache, 512, new NullProgressMonitor())) {
			assertEquals(1500, proxy.frameCount());
			assertEquals(512, proxy.width());
			assertEquals(512, proxy.height());
			assertEquals(0.5, proxy.scale());
			assertEquals(1, proxy.channels(), "a grey source gets a grey proxy");
			// the ants move in 1019, 1170 and 1339; most of clip.mp4 is still
			assertSameFrames(video, proxy, frames(new int[] { 1019, 1170, 1339 }, 7, 1500, 11), GREY, 4);
		}
	}

	@Test
	void smallVideoKeepsItsSizeAndFrames() throws Exception {
		Path video = Fixtures.require(SeekProxyTest.PAIR);
		try (SeekProxy proxy = SeekProxy.build(video, cache, 512, new NullProgressMonitor())) {
			assertEquals(1100, proxy.frameCount());
			assertEquals(384, proxy.width(), "never upscaled");
			assertEquals(384, proxy.height());
			assertEquals(1.0, proxy.scale());
			assertSameFrames(video, proxy, frames(new int[0], 10, 1100, 12), GREY, 8);
		}
	}

	@Test
	void colourVideoGetsAColourProxyWithTheSameFrames() throws Exception {
		Path video = Fixtures.require(SeekProxyTest.ROBOT);
		try (SeekProxy proxy = SeekProxy.build(video, cache, 256, new NullProgressMonitor())) {
			assertEquals(166, proxy.frameCount());
			assertEquals(3, proxy.channels());
			assertSameFrames(video, proxy, frames(new int[] { 0, 165 }, 6, 166, 13), COLOUR, 0);
		}
	}

	/** @return the given frames and {@code random} more, drawn with a fixed seed */
	private static int[] frames(int[] fixed, int random, int frameCount, long seed) {
		int[] drawn = new Random(seed).ints(random, 0, frameCount).toArray();
		return IntStream.concat(Arrays.stream(fixed), Arrays.stream(drawn)).distinct().toArray();
	}

	private static void assertSameFrames(Path video, SeekProxy proxy, int[] frames, Tolerance tolerance,
			int minComparisons)
			throws Exception {
		int comparisons = 0;
		double worst = 0;
		try (VideoSource source = Videos.open(video)) {
			ColorMode mode = ColorMode.ofChannels(source.channels());
			for (int k : frames) {
				VideoFrame small = proxy.frame(k);
				assertEquals(source.channels(), small.channels());
				assertEquals(proxy.width(), small.width());
				assertEquals(proxy.height(), small.height());
				byte[] pixels = small.pixels();
				byte[] same = resized(source.read(k, mode), proxy.width(), proxy.height());
				double difference = mad(pixels, same, null);
				worst = Math.max(worst, difference);
				assertTrue(difference < tolerance.difference(), video.getFileName() + " frame " + k + ": the proxy differs by "
						+ difference + " grey levels from the resized source frame");
				for (int d : tolerance.neighbours()) {
					if (k + d < 0 || k + d >= source.frameCount()) {
						continue;
					}
					byte[] other = resized(source.read(k + d, mode), proxy.width(), proxy.height());
					boolean[] moved = new boolean[same.length];
					int count = 0;
					for (int i = 0; i < same.length; i++) {
						moved[i] = Math.abs((same[i] & 0xff) - (other[i] & 0xff)) > MOVED;
						count += moved[i] ? 1 : 0;
					}
					if (count < ENOUGH_MOVED) {
						continue; // nothing moved: the two frames look the same at this size
					}
					comparisons++;
					double own = mad(pixels, same, moved);
					double neighbour = mad(pixels, other, moved);
					assertTrue(own * tolerance.separation() < neighbour, video.getFileName() + " frame " + k + ": where the"
							+ " picture moves the proxy differs by " + own + " from frame " + k + " and by " + neighbour
							+ " from frame " + (k + d));
				}
			}
		}
		assertTrue(comparisons >= minComparisons, "only " + comparisons + " comparisons with moving neighbours");
		System.out.printf("%s: %d frames within %.2f levels of the resized source, %d comparisons with moving"
				+ " neighbours%n", video.getFileName(), frames.length, worst, comparisons);
	}

	/** @return the frame resized with OpenCV's area interpolation, as a frame is shrunk for display */
	private static byte[] resized(VideoFrame frame, int width, int height) {
		byte[] out = new byte[width * height * frame.channels()];
		try (BytePointer data = new BytePointer(frame.pixels());
				Mat source = new Mat(frame.height(), frame.width(), opencv_core.CV_8UC(frame.channels()), data);
				Mat target = new Mat();
				Size size = new Size(width, height)) {
			opencv_imgproc.resize(source, target, size, 0, 0, opencv_imgproc.INTER_AREA);
			target.data().get(out);
		}
		return out;
	}

	/** @return the mean absolute difference over the samples {@code where} is true (all when null) */
	private static double mad(byte[] a, byte[] b, boolean[] where) {
		long sum = 0;
		long n = 0;
		for (int i = 0; i < a.length; i++) {
			if (where == null || where[i]) {
				sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
				n++;
			}
		}
		return (double) sum / n;
	}
}
