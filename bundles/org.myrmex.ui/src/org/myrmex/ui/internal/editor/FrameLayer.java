// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * The frame's pixels on the canvas, under the instances: the image shown, the part of the frame it holds ({@link
 * FramePart}), drawn where the view puts each frame pixel, and what the view wants converted next. An exact frame
 * comes converted off the UI thread for the view — scaled to the zoom below 1:1, only the part around what is on
 * screen when zoomed in — so a paint only copies it; a preview is the seek proxy's small frame, stretched. A view
 * painted twice (a drag, a hover, a selection) gets its visible pixels copied, magnified where zoomed in, once into
 * an image that later repaints only copy. Images stay about the screen's size whatever the video's, which matters
 * because SWT's {@code GC.drawImage} reads its whole source image back on every draw. UI thread only.
 */
final class FrameLayer {
	private final Display display;
	private final CanvasTransform view;
	private Image image;
	private FramePart part;
	private boolean preview;
	/** What a view painted twice shows of {@link #image}, and where. */
	private Image copied;
	private Point copiedAt;
	/** The view {@link #copied} was made for: zoom, left, top, canvas width and height. */
	private double[] copiedFor;
	/** The view of the last paint that drew {@link #image} 1:1 or magnified. */
	private double[] lastView;

	FrameLayer(Display display, CanvasTransform view) {
		this.display = display;
		this.view = view;
	}

	/** Shows {@code data}, which holds {@code shown} of the frame: an exact frame or a seek-proxy preview. */
	void show(ImageData data, FramePart shown, boolean isPreview) {
		clear();
		image = new Image(display, data);
		part = shown;
		preview = isPreview;
	}

	/** Shows nothing and frees the images. */
	void clear() {
		if (image != null) {
			image.dispose();
			image = null;
		}
		if (copied != null) {
			copied.dispose();
			copied = null;
		}
		preview = false;
		copiedFor = null;
		lastView = null;
	}

	boolean hasImage() {
		return image != null;
	}

	/** @return whether a seek-proxy preview is shown */
	boolean preview() {
		return preview;
	}

	/**
	 * @return what of a {@code width × height} frame to convert for the view on {@code area}: the frame pixels on
	 *         screen and half a screen more on each side (panning a little needs nothing new), the whole frame when
	 *         all of it is on screen; scaled to the zoom below 1:1, at their own size from 1:1 up
	 */
	FramePart wanted(Rectangle area, int width, int height) {
		int[] visible = visible(area, width, height);
		int x0 = 0;
		int y0 = 0;
		int x1 = width;
		int y1 = height;
		if (visible != null) {
			int marginX = (visible[2] - visible[0]) / 2;
			int marginY = (visible[3] - visible[1]) / 2;
			x0 = Math.max(0, visible[0] - marginX);
			y0 = Math.max(0, visible[1] - marginY);
			x1 = Math.min(width, visible[2] + marginX);
			y1 = Math.min(height, visible[3] + marginY);
		}
		double scale = Math.min(1, view.scale());
		return new FramePart(x0, y0, x1 - x0, y1 - y0, Math.max(1, Math.min(x1 - x0, (int) Math.round((x1 - x0) * scale))),
				Math.max(1, Math.min(y1 - y0, (int) Math.round((y1 - y0) * scale))));
	}

	/**
	 * @return whether the exact frame shown serves the view: it holds every frame pixel on screen, at about the
	 *         zoom's resolution (no finer than 1.25 times, no coarser than one pixel less); true for a preview or no
	 *         image
	 */
	boolean sharp(Rectangle area, int width, int height) {
		if (image == null || preview) {
			return true;
		}
		int[] visible = visible(area, width, height);
		if (visible != null && !part.covers(visible[0], visible[1], visible[2], visible[3])) {
			return false;
		}
		double have = part.resolution();
		double need = wanted(area, width, height).resolution();
		return have >= need - 1.0 / part.width() && have <= need * 1.25 + 1.0 / part.width();
	}

	/** @return the pixels of a {@code width × height} frame on screen, {x0, y0, x1, y1} (ends exclusive), or null */
	private int[] visible(Rectangle area, int width, int height) {
		double scale = view.scale();
		int x0 = Math.max(0, (int) Math.floor(-view.left() / scale));
		int y0 = Math.max(0, (int) Math.floor(-view.top() / scale));
		int x1 = Math.min(width, (int) Math.ceil((area.width - view.left()) / scale));
		int y1 = Math.min(height, (int) Math.ceil((area.height - view.top()) / scale));
		return x1 > x0 && y1 > y0 ? new int[] { x0, y0, x1, y1 } : null;
	}

	/**
	 * Draws only the part of the image that is on screen, whatever the zoom, each image pixel where its frame pixels
	 * are. An image at the zoom's size is copied pixel for pixel; a larger one (zoomed out a moment ago) or a preview
	 * is scaled by cairo until the right one comes.
	 */
	void draw(GC gc, Rectangle area) {
		if (image == null) {
			return;
		}
		double scale = view.scale();
		Rectangle pixels = image.getBounds();
		double sx = (double) pixels.width / part.width(); // image pixels per frame pixel
		double sy = (double) pixels.height / part.height();
		int px0 = Math.max(0, (int) Math.floor((-view.left() / scale - part.x()) * sx));
		int py0 = Math.max(0, (int) Math.floor((-view.top() / scale - part.y()) * sy));
		int px1 = Math.min(pixels.width, (int) Math.ceil(((area.width - view.left()) / scale - part.x()) * sx));
		int py1 = Math.min(pixels.height, (int) Math.ceil(((area.height - view.top()) / scale - part.y()) * sy));
		if (px1 <= px0 || py1 <= py0) {
			return;
		}
		int left = (int) Math.round(view.left() + (part.x() + px0 / sx) * scale);
		int top = (int) Math.round(view.top() + (part.y() + py0 / sy) * scale);
		int right = (int) Math.round(view.left() + (part.x() + px1 / sx) * scale);
		int bottom = (int) Math.round(view.top() + (part.y() + py1 / sy) * scale);
		if (!preview && scale / sx >= 0.99) {
			drawCopied(gc, area, new Rectangle(px0, py0, px1 - px0, py1 - py0),
					new Rectangle(left, top, right - left, bottom - top));
			return;
		}
		// reduced (zoomed out a moment ago) or a stretched preview: smoothed
		gc.setInterpolation(SWT.LOW);
		gc.drawImage(image, px0, py0, px1 - px0, py1 - py0, left, top, right - left, bottom - top);
	}

	/**
	 * Draws image pixels {@code from} 1:1 or magnified (nearest: each pixel a crisp square) onto {@code to}; from the
	 * second paint of a view on, from a copy of what is on screen made once (an image SWT made itself, which it
	 * draws several times faster here than one made from image data: 1 ms against up to 14 ms at 871×871).
	 */
	private void drawCopied(GC gc, Rectangle area, Rectangle from, Rectangle to) {
		double[] at = { view.scale(), view.left(), view.top(), area.width, area.height };
		if (copied != null && Arrays.equals(at, copiedFor)) {
			gc.drawImage(copied, copiedAt.x, copiedAt.y);
			return;
		}
		if (!Arrays.equals(at, lastView)) { // a view painted once (scrubbing, panning): not worth a copy
			lastView = at;
			gc.setInterpolation(SWT.NONE);
			gc.drawImage(image, from.x, from.y, from.width, from.height, to.x, to.y, to.width, to.height);
			return;
		}
		if (copied != null) {
			copied.dispose();
		}
		copied = new Image(display, to.width, to.height);
		GC copy = new GC(copied);
		copy.setInterpolation(SWT.NONE);
		copy.drawImage(image, from.x, from.y, from.width, from.height, 0, 0, to.width, to.height);
		copy.dispose();
		copiedAt = new Point(to.x, to.y);
		copiedFor = at;
		gc.drawImage(copied, to.x, to.y);
	}
}
