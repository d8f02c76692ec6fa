// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.model.Instance;
import org.myrmex.model.PointArray;
import org.myrmex.ui.internal.editor.CanvasTransform;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.export.RenderWizard;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * File › Export Video Clip… on the labels editor of {@code tracks/clip.slp}, driven with real input: the rendered
 * frame 0 shows what the editor's canvas shows of frame 0 at 1:1, read back from the screen, within encoding error.
 */
@ExtendWith(EditorTestSetup.class)
class RenderWizardTest {
	private static final String TITLE = "Export Video Clip";

	@TempDir
	Path folder;

	@Test
	void theRenderedFrameIsWhatTheCanvasShows() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Path labels = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		LabelsEditor editor = Gui.open(labels);
		Gui.waitForFrame(editor, 0);
		double[] centre = centre(editor);
		editor.canvas().centreOn(centre[0], centre[1], 1);
		// whole screen pixels between the canvas's left edge and the frame's: the canvas rounds node positions
		// and the frame's position separately, a half-pixel apart at most, which a render has no notion of
		CanvasTransform view = editor.canvas().view();
		view.panBy(Math.round(view.left()) - view.left(), Math.round(view.top()) - view.top());
		Gui.settle();
		Gui.waitForFrame(editor, 0);
		ImageData screen = Gui.capture(editor.canvas().control());
		// screen pixel x shows frame pixel x - left at 1:1 (pixel i covers [i - 0.5, i + 0.5), SLEAP's convention)
		int guessX = (int) -Math.round(view.left());
		int guessY = (int) -Math.round(view.top());

		Path out = folder.resolve("frames.mp4");
		RenderWizard[] opened = new RenderWizard[1];
		Gui.whenShellOpens(TITLE, shell -> {
			opened[0] = (RenderWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
			assertEquals(0, opened[0].page().range()[0].getSelection(), "from the current frame");
			assertEquals(299, opened[0].page().range()[1].getSelection(), "300 frames");
			Gui.focus(opened[0].page().range()[1]);
			Gui.key(SWT.CTRL, 'a');
			Gui.type("9");
			Gui.focus(opened[0].page().output());
			Gui.key(SWT.CTRL, 'a');
			Gui.type(out.toString());
			screenshot(shell);
			Gui.press(Gui.button(shell, "Finish"));
		});
		openWizard();
		assertNotNull(opened[0], "the wizard opened");
		Gui.spinUntil(() -> opened[0].job() != null && opened[0].job().getResult() != null, "the render job");
		IStatus status = opened[0].job().getResult();
		assertTrue(status.isOK(), status.getMessage());

		VideoFrame rendered;
		VideoFrame plain;
		try (VideoSource video = Videos.open(out); VideoSource clip = Videos.open(folder.resolve("clip.mp4"))) {
			assertEquals(10, video.frameCount(), "frames 0 to 9");
			rendered = video.readRgb(0);
			plain = clip.readRgb(0);
		}
		int[] offset = alignment(screen, plain, guessX, guessY);
		Comparison c = compare(screen, rendered, plain, offset);
		System.out.printf(Locale.ROOT, "render vs canvas, frame 0: %d drawn pixels: luma |canvas - video| %.1f, "
				+ "|canvas - render| %.1f; %d 2x2 chroma blocks: canvas chroma %.1f, |canvas - render| %.1f; "
				+ "luma elsewhere %.2f%n", c.drawn, c.lumaSignal, c.luma, c.blocks, c.chromaSignal, c.chroma,
				c.elsewhere);
		Gui.savePng(screen, "render-canvas-frame0");
		ImageData renderedCrop = crop(rendered, offset, screen.width, screen.height);
		Gui.savePng(renderedCrop, "render-video-frame0");
		int zx = (int) Math.round(centre[0]) - offset[0] - 60;
		int zy = (int) Math.round(centre[1]) - offset[1] - 45;
		Gui.savePng(besides(zoom(screen, zx, zy), zoom(renderedCrop, zx, zy)), "render-canvas-vs-video");
		assertTrue(c.drawn > 1500, c.drawn + " pixels drawn: the flies' nodes and edges are on screen");
		assertTrue(c.lumaSignal > 40, "the drawing stands out from the video: " + c.lumaSignal);
		assertTrue(c.luma < c.lumaSignal / 8, "where they draw, canvas and render agree in luma: " + c.luma);
		assertTrue(c.chromaSignal > 30, "the drawing is coloured: " + c.chromaSignal);
		assertTrue(c.chroma < c.chromaSignal / 8, "and in colour at yuv420p's resolution: " + c.chroma);
		assertTrue(c.elsewhere < 3, "the rest is the video's frame, within encoding error: " + c.elsewhere);
	}

	private static void openWizard() throws Exception {
		ICommandService commands = Gui.window().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(
				commands.getCommand("org.eclipse.ui.file.export"),
				Map.of("exportWizardId", "org.myrmex.ui.wizards.exportVideoClip"));
		Gui.window().getService(IHandlerService.class).executeCommand(command, null);
	}

	private static void screenshot(Shell shell) {
		try {
			Gui.screenshot(shell, "render-wizard");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static double[] centre(LabelsEditor editor) {
		double sx = 0;
		double sy = 0;
		int n = 0;
		for (Instance instance : editor.shownInstances()) {
			PointArray points = instance.getPoints();
			for (int i = 0; i < points.size(); i++) {
				if (Double.isFinite(points.x(i))) {
					sx += points.x(i);
					sy += points.y(i);
					n++;
				}
			}
		}
		return new double[] { sx / n, sy / n };
	}

	/** The offset (screen + offset = frame pixel) near the guess at which the screen best shows the plain frame. */
	private static int[] alignment(ImageData screen, VideoFrame frame, int guessX, int guessY) {
		int[] best = null;
		double bestError = Double.MAX_VALUE;
		for (int dy = -2; dy <= 2; dy++) {
			for (int dx = -2; dx <= 2; dx++) {
				double error = 0;
				int n = 0;
				for (int y = 3; y < screen.height; y += 7) {
					for (int x = 3; x < screen.width; x += 5) {
						int fx = x + guessX + dx;
						int fy = y + guessY + dy;
						if (fx >= 0 && fy >= 0 && fx < frame.width() && fy < frame.height()) {
							error += Math.abs(screen.palette.getRGB(screen.getPixel(x, y)).green - frame.get(fx, fy, 1));
							n++;
						}
					}
				}
				if (n > 200 && error / n < bestError) {
					bestError = error / n;
					best = new int[] { guessX + dx, guessY + dy };
				}
			}
		}
		return best;
	}

	/**
	 * Where the canvas or the render draws: mean |luma difference| of canvas and render per pixel (and of canvas and
	 * plain video: the drawing's contrast), and of their chroma over 2×2 blocks — yuv420p keeps chroma at half
	 * resolution, so that is the encoding's own resolution for colour.
	 */
	private record Comparison(int drawn, double lumaSignal, double luma, int blocks, double chromaSignal,
			double chroma, double elsewhere) {
	}

	private static Comparison compare(ImageData screen, VideoFrame rendered, VideoFrame plain, int[] offset) {
		int drawn = 0;
		int others = 0;
		int blocks = 0;
		double lumaSignal = 0;
		double luma = 0;
		double chromaSignal = 0;
		double chroma = 0;
		double elsewhere = 0;
		for (int by = 0; by + 1 < plain.height(); by += 2) {
			for (int bx = 0; bx + 1 < plain.width(); bx += 2) {
				double[] canvasBlock = new double[2];
				double[] renderBlock = new double[2];
				int inside = 0;
				boolean marked = false;
				for (int fy = by; fy < by + 2; fy++) {
					for (int fx = bx; fx < bx + 2; fx++) {
						int x = fx - offset[0];
						int y = fy - offset[1];
						if (x < 0 || y < 0 || x >= screen.width || y >= screen.height) {
							continue;
						}
						RGB c = screen.palette.getRGB(screen.getPixel(x, y));
						double[] s = ycc(c.red, c.green, c.blue);
						double[] r = ycc(rendered.get(fx, fy, 0), rendered.get(fx, fy, 1), rendered.get(fx, fy, 2));
						double[] p = ycc(plain.get(fx, fy, 0), plain.get(fx, fy, 1), plain.get(fx, fy, 2));
						boolean here = Math.abs(s[0] - p[0]) > 30 || Math.abs(r[0] - p[0]) > 30 || chromatic(s)
								|| chromatic(r);
						if (here) {
							drawn++;
							lumaSignal += Math.abs(s[0] - p[0]);
							luma += Math.abs(s[0] - r[0]);
						} else {
							others++;
							elsewhere += Math.abs(s[0] - r[0]);
						}
						marked |= here;
						inside++;
						for (int k = 0; k < 2; k++) {
							canvasBlock[k] += s[k + 1] / 4;
							renderBlock[k] += r[k + 1] / 4;
						}
					}
				}
				if (marked && inside == 4) {
					blocks++;
					chromaSignal += (Math.abs(canvasBlock[0]) + Math.abs(canvasBlock[1])) / 2;
					chroma += (Math.abs(canvasBlock[0] - renderBlock[0]) + Math.abs(canvasBlock[1] - renderBlock[1])) / 2;
				}
			}
		}
		return new Comparison(drawn, lumaSignal / Math.max(1, drawn), luma / Math.max(1, drawn), blocks,
				chromaSignal / Math.max(1, blocks), chroma / Math.max(1, blocks), elsewhere / Math.max(1, others));
	}

	private static boolean chromatic(double[] ycc) {
		return Math.abs(ycc[1]) > 20 || Math.abs(ycc[2]) > 20;
	}

	/** BT.601 full-range Y, Cb, Cr (Cb and Cr centred on 0). */
	private static double[] ycc(int r, int g, int b) {
		double y = 0.299 * r + 0.587 * g + 0.114 * b;
		return new double[] { y, 0.564 * (b - y), 0.713 * (r - y) };
	}

	/** {@code left} and {@code right} side by side, 8 pixels apart: to look at. */
	private static ImageData besides(ImageData left, ImageData right) {
		ImageData both = new ImageData(left.width + 8 + right.width, left.height, 32,
				new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < left.height; y++) {
			for (int x = 0; x < both.width; x++) {
				ImageData from = x < left.width ? left : x >= left.width + 8 ? right : null;
				int sx = x < left.width ? x : x - left.width - 8;
				both.setPixel(x, y, from == null ? 0xFFFFFF : from.getPixel(sx, y));
			}
		}
		return both;
	}

	/** 120 × 90 pixels from (x, y), each drawn 6 × 6: to look at. */
	private static ImageData zoom(ImageData image, int x0, int y0) {
		ImageData zoomed = new ImageData(720, 540, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < 540; y++) {
			for (int x = 0; x < 720; x++) {
				int sx = x0 + x / 6;
				int sy = y0 + y / 6;
				if (sx >= 0 && sy >= 0 && sx < image.width && sy < image.height) {
					RGB c = image.palette.getRGB(image.getPixel(sx, sy));
					zoomed.setPixel(x, y, c.red << 16 | c.green << 8 | c.blue);
				}
			}
		}
		return zoomed;
	}

	private static ImageData crop(VideoFrame frame, int[] offset, int width, int height) {
		ImageData image = new ImageData(width, height, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int fx = x + offset[0];
				int fy = y + offset[1];
				if (fx >= 0 && fy >= 0 && fx < frame.width() && fy < frame.height()) {
					image.setPixel(x, y, frame.get(fx, fy, 0) << 16 | frame.get(fx, fy, 1) << 8 | frame.get(fx, fy, 2));
				}
			}
		}
		return image;
	}
}
