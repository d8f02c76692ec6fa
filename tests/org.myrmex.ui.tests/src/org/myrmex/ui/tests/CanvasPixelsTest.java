// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.ui.internal.editor.CanvasTransform;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * From 1:1 up the canvas shows the frame's own pixels where they belong, also after a pan past the part of the frame
 * converted for the view (the editor converts only the part around what is on screen): read back from the screen.
 */
@ExtendWith(EditorTestSetup.class)
class CanvasPixelsTest {
	@TempDir
	Path folder;

	@Test
	void zoomedInAndPannedTheScreenShowsTheFramesPixels() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Path file = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		VideoFrame frame;
		try (VideoSource clip = Videos.open(folder.resolve("clip.mp4"))) {
			frame = clip.read(0, ColorMode.GRAY);
		}
		LabelsEditor editor = Gui.open(file);
		Canvas canvas = editor.canvas().control();

		editor.canvas().centreOn(200, 200, 4);
		Gui.settle();
		Gui.waitForFrame(editor, 0);
		assertShowsFrame(editor, frame, "4x zoom on 200,200");

		Point size = canvas.getSize();
		Gui.drag(canvas, 2, size.x - 20, size.y - 20, 20, 20); // the middle button pans: far to the lower right
		Gui.waitForFrame(editor, 0);
		assertTrue(editor.canvas().view().toImageX(size.x / 2.0) > 200 + (size.x - 40) / 4.0 - 1, "panned");
		assertShowsFrame(editor, frame, "4x zoom after a pan past the converted part");

		editor.canvas().oneToOne();
		Gui.settle();
		Gui.waitForFrame(editor, 0);
		assertShowsFrame(editor, frame, "1:1");
		Gui.screenshot(editor.getSite().getShell(), "canvas-one-to-one");
	}

	/** Reads the canvas back from the screen: most sampled pixels must be the frame pixel under them. */
	private static void assertShowsFrame(LabelsEditor editor, VideoFrame frame, String where) {
		Canvas canvas = editor.canvas().control();
		Rectangle area = canvas.getClientArea();
		ImageData screen = Gui.capture(canvas);
		CanvasTransform view = editor.canvas().view();
		int checked = 0;
		int same = 0;
		for (int y = 5; y < area.height - 5; y += 23) {
			for (int x = 5; x < area.width - 5; x += 29) {
				// frame pixel i covers [i - 0.5, i + 0.5) (SLEAP's convention)
				double fx = view.toImageX(x + 0.5) + 0.5;
				double fy = view.toImageY(y + 0.5) + 0.5;
				boolean nearEdge = Math.abs(fx - Math.round(fx)) < 0.2 || Math.abs(fy - Math.round(fy)) < 0.2;
				if (nearEdge || fx < 0 || fy < 0 || fx >= frame.width() || fy >= frame.height()) {
					continue; // between two frame pixels, or off the frame
				}
				RGB rgb = screen.palette.getRGB(screen.getPixel(x, y));
				checked++;
				same += rgb.red == rgb.green && rgb.green == rgb.blue && rgb.red == frame.get((int) fx, (int) fy) ? 1 : 0;
			}
		}
		assertTrue(checked > 150, where + ": " + checked + " pixels checked");
		// the flies' nodes and edges cover some samples; a frame drawn a pixel off would miss most of them
		assertTrue(same > checked * 0.95, where + ": " + same + " of " + checked + " screen pixels show the frame's");
	}
}
