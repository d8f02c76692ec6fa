// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.render.InstanceStyle;
import org.myrmex.video.render.LabelledVideoRenderer;
import org.myrmex.video.render.RenderOptions;

/** Rendered labelled video of {@code tracks/clip.slp}: the frames, the drawing on them, and what is refused. */
class LabelledVideoRendererTest {
	private static final Path CLIP = Fixtures.get("sleap/tracks/clip.slp");
	private static Labels labels;

	@TempDir
	Path dir;

	@BeforeAll
	static void load() throws Exception {
		labels = LabelsFiles.load(CLIP);
	}

	private LabelledVideoRenderer.Request request(List<Integer> frames, RenderOptions options, Path out) {
		return new LabelledVideoRenderer.Request(labels, CLIP, 0, frames, options, out);
	}

	@Test
	void everyFrameOfClipHoldsInstances() {
		assertEquals(IntStream.range(0, 1500).boxed().toList(),
				LabelledVideoRenderer.labelledFrames(labels, labels.getVideos().get(0)));
		assertEquals(CLIP.toAbsolutePath().resolveSibling("clip.000_clip.rendered.mp4"),
				LabelledVideoRenderer.defaultOutput(CLIP, 0, labels.getVideos().get(0)));
	}

	@Test
	void theFramesAreTheVideosWithTheNodesDrawnInTheEditorsColours() throws Exception {
		Path out = dir.resolve("clip.mp4");
		LabelledVideoRenderer.Result result = LabelledVideoRenderer.render(
				request(List.of(0, 1, 2, 3, 4, 5, 6, 7), RenderOptions.defaults(), out), new NullProgressMonitor());
		assertEquals(8, result.frames());
		try (VideoSource rendered = Videos.open(out); VideoSource original = Videos.open(Fixtures.get("sleap/tracks/clip.mp4"))) {
			assertEquals(8, rendered.frameCount());
			assertEquals(1024, rendered.width());
			assertEquals(3, rendered.channels());
			for (int f : new int[] { 0, 7 }) {
				VideoFrame drawn = rendered.readRgb(f);
				VideoFrame plain = original.readRgb(f);
				LabeledFrame frame = frame(f);
				for (Instance instance : frame.getInstances()) {
					PointArray points = instance.getPoints();
					for (int n = 0; n < points.size(); n++) {
						if (!Double.isFinite(points.x(n)) || !points.visible(n) || crowded(frame, instance, n)) {
							continue;
						}
						int x = (int) Math.round(points.x(n) + 0.5);
						int y = (int) Math.round(points.y(n) + 0.5);
						int fill = InstanceStyle.userNode(true, points.complete(n));
						assertColour(fill, drawn, x, y, "frame " + f + " node " + n);
					}
				}
				// far from the flies (the corners of the arena) the frame is the video's, within encoding error
				assertEquals(0, meanDifference(drawn, plain, 0, 0, 100, 100), 3, "frame " + f);
			}
		}
	}

	@Test
	void colouringByNodeFillsEachNodeInItsOwnColour() throws Exception {
		Path out = dir.resolve("nodes.mp4");
		LabelledVideoRenderer.render(request(List.of(0, 1),
				RenderOptions.defaults().withColourBy(RenderOptions.ColourBy.NODE).withNodeRadius(6).withCrf(10), out),
				null);
		try (VideoSource rendered = Videos.open(out)) {
			VideoFrame drawn = rendered.readRgb(0);
			LabeledFrame frame = frame(0);
			Instance fly = frame.getInstances().get(0);
			int checked = 0;
			for (int n = 0; n < fly.getPoints().size(); n++) {
				if (fly.getPoints().visible(n) && !crowded(frame, fly, n)) {
					assertColour(InstanceStyle.colour(n), drawn, (int) Math.round(fly.getPoints().x(n) + 0.5),
							(int) Math.round(fly.getPoints().y(n) + 0.5), "node " + n);
					checked++;
				}
			}
			assertTrue(checked >= 3, "only " + checked + " nodes stand apart");
		}
	}

	@Test
	void trailsFollowTheTracksAndTheFrameNumberIsWritten() throws Exception {
		// a frame where a fly has walked away from where it was some frames before
		int shown = -1;
		int back = 0;
		Instance moved = null;
		for (int f = 100; f < 1500 && moved == null; f += 25) {
			for (int k = 15; k <= 45 && moved == null; k += 15) {
				for (Instance instance : frame(f - k).getInstances()) {
					if (!near(frame(f), centre(instance), 12)) {
						shown = f;
						back = k;
						moved = instance;
						break;
					}
				}
			}
		}
		assertTrue(moved != null, "a fly walks in clip.mp4");
		Path out = dir.resolve("trails.mp4");
		RenderOptions options = RenderOptions.defaults().withTrail(2 * back).withFrameNumbers(true).withCrf(10);
		LabelledVideoRenderer.render(request(List.of(shown), options, out), null);
		Path plainOut = dir.resolve("plain.mp4");
		LabelledVideoRenderer.render(request(List.of(shown), RenderOptions.defaults().withCrf(10), plainOut), null);
		try (VideoSource rendered = Videos.open(out); VideoSource plain = Videos.open(plainOut)) {
			VideoFrame withTrails = rendered.readRgb(0);
			VideoFrame without = plain.readRgb(0);
			// the frame number: a dark box with white text in the top-left corner
			int white = 0;
			for (int y = 4; y < 40; y++) {
				for (int x = 4; x < 140; x++) {
					white += withTrails.get(x, y, 0) > 200 && withTrails.get(x, y, 1) > 200 ? 1 : 0;
				}
			}
			assertTrue(white > 40, white + " white text pixels");
			assertEquals(0, meanDifference(without, plain(shown), 4, 4, 100, 30), 4, "no text without the option");
			// the fly's trail passes through where its centre was then, in its track's colour
			double[] c = centre(moved);
			int colour = InstanceStyle.colour(labels.getTracks().indexOf(moved.getTrack()));
			int x = (int) Math.round(c[0] + 0.5);
			int y = (int) Math.round(c[1] + 0.5);
			assertTrue(distance(withTrails, x, y, colour) < distance(without, x, y, colour) - 40,
					"frame " + shown + ": the trail at " + x + "," + y);
		}
	}

	@Test
	void cancellingLeavesNoFile() throws Exception {
		Path out = dir.resolve("cancelled.mp4");
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int worked;

			@Override
			public void worked(int work) {
				if (++worked == 3) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> LabelledVideoRenderer.render(request(IntStream.range(0, 50).boxed().toList(),
						RenderOptions.defaults(), out), monitor));
		assertEquals(List.of(), list(dir), "nothing written, no partial file");
	}

	@Test
	void badRequestsAreRefusedNamingTheFile() throws Exception {
		Path missing = dir.resolve("no/such/folder/out.mp4");
		VideoException e = assertThrows(VideoException.class,
				() -> LabelledVideoRenderer.render(request(List.of(0), RenderOptions.defaults(), missing), null));
		assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"),
				e.getMessage());
		e = assertThrows(VideoException.class, () -> LabelledVideoRenderer
				.render(request(List.of(1499, 1500), RenderOptions.defaults(), dir.resolve("late.mp4")), null));
		assertTrue(e.getMessage().contains("clip.mp4") && e.getMessage().contains("frame 1500 is out of range"),
				e.getMessage());
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
				() -> new LabelledVideoRenderer.Request(labels, CLIP, 1, List.of(0), RenderOptions.defaults(), missing));
		assertEquals(CLIP + " has 1 videos, no video 1", bad.getMessage());
		assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withScale(0));
		assertThrows(IllegalArgumentException.class, () -> RenderOptions.ColourBy.of("rainbow"));
		assertEquals(List.of(), list(dir));
	}

	/** Whether another point lies within 14 px of node {@code n} (its disc may be drawn over). */
	private static boolean crowded(LabeledFrame frame, Instance instance, int n) {
		double x = instance.getPoints().x(n);
		double y = instance.getPoints().y(n);
		for (Instance other : frame.getInstances()) {
			PointArray points = other.getPoints();
			for (int m = 0; m < points.size(); m++) {
				if ((other != instance || m != n) && Double.isFinite(points.x(m))
						&& Math.hypot(points.x(m) - x, points.y(m) - y) < 14) {
					return true;
				}
			}
		}
		return false;
	}

	private static VideoFrame plain(int index) throws Exception {
		try (VideoSource clip = Videos.open(Fixtures.get("sleap/tracks/clip.mp4"))) {
			return clip.readRgb(index);
		}
	}

	private static double[] centre(Instance instance) {
		PointArray points = instance.getPoints();
		double sx = 0;
		double sy = 0;
		int n = 0;
		for (int i = 0; i < points.size(); i++) {
			if (Double.isFinite(points.x(i)) && points.visible(i)) {
				sx += points.x(i);
				sy += points.y(i);
				n++;
			}
		}
		return new double[] { sx / n, sy / n };
	}

	/** Whether a point of {@code frame} lies within {@code radius} of {@code c}. */
	private static boolean near(LabeledFrame frame, double[] c, double radius) {
		for (Instance instance : frame.getInstances()) {
			PointArray points = instance.getPoints();
			for (int i = 0; i < points.size(); i++) {
				if (Double.isFinite(points.x(i)) && Math.hypot(points.x(i) - c[0], points.y(i) - c[1]) < radius) {
					return true;
				}
			}
		}
		return false;
	}

	/** Sum of |channel − rgb's channel| of the 3×3 mean around (x, y). */
	private static double distance(VideoFrame frame, int x, int y, int rgb) {
		double d = 0;
		for (int c = 0; c < 3; c++) {
			double sum = 0;
			for (int dy = -1; dy <= 1; dy++) {
				for (int dx = -1; dx <= 1; dx++) {
					sum += frame.get(x + dx, y + dy, c);
				}
			}
			d += Math.abs(sum / 9 - (rgb >> (16 - 8 * c) & 0xFF));
		}
		return d;
	}

	private static LabeledFrame frame(int index) {
		return labels.getLabeledFrames().stream().filter(f -> f.getFrameIndex() == index).findFirst().orElseThrow();
	}

	/** The 3×3 mean around (x, y) is {@code rgb}, within what yuv420p at this quality keeps of a small disc. */
	private static void assertColour(int rgb, VideoFrame frame, int x, int y, String what) {
		for (int c = 0; c < 3; c++) {
			double sum = 0;
			for (int dy = -1; dy <= 1; dy++) {
				for (int dx = -1; dx <= 1; dx++) {
					sum += frame.get(x + dx, y + dy, c);
				}
			}
			int expected = rgb >> (16 - 8 * c) & 0xFF;
			assertEquals(expected, sum / 9, 40, what + " channel " + c + " at " + x + "," + y);
		}
	}

	private static double meanDifference(VideoFrame a, VideoFrame b, int x0, int y0, int w, int h) {
		double sum = 0;
		for (int y = y0; y < y0 + h; y++) {
			for (int x = x0; x < x0 + w; x++) {
				for (int c = 0; c < 3; c++) {
					sum += Math.abs(a.get(x, y, c) - b.get(x, y, c));
				}
			}
		}
		return sum / (w * h * 3.0);
	}

	private static List<Path> list(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}
}
