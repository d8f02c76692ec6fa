// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.myrmex.model.Instance;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;

/**
 * The video canvas: one frame ({@link FrameLayer}), zoomed and panned, with its instances on top, and the mouse
 * gestures of labelling. Wheel zooms around the cursor; dragging the background (or with the middle button) pans;
 * dragging a node moves it; Alt-dragging an instance moves all of it; right-click on a node toggles its
 * visibility; double-click on a predicted instance makes a user instance of it. Edits go to the
 * {@link CanvasHost}, which makes them undoable commands; the canvas only previews a drag while it lasts.
 */
public final class VideoCanvas {
	/** How close, in screen pixels, the pointer must be to a node to grab it. */
	static final int GRAB_DISTANCE = 9;
	private static final double WHEEL_ZOOM = 1.25;

	private enum Drag {
		NONE, PAN, NODE, INSTANCE
	}

	private final Canvas canvas;
	private final CanvasHost host;
	private final CanvasTransform view = new CanvasTransform();
	private final InstancePainter painter = new InstancePainter();
	private final FrameLayer frame;
	/** The video frame's size (the image may be smaller and is drawn stretched over it). */
	private int imageWidth;
	private int imageHeight;
	/** Asks for the current frame again as {@link #wantedPart()}; null: nobody to ask. */
	private Runnable sharper;
	/** The part last asked of {@link #sharper} for the image shown, so a paint does not ask twice. */
	private FramePart asked;
	private String message;
	private Drag drag = Drag.NONE;
	private Instance dragged;
	private int draggedNode = -1;
	private int pressX;
	private int pressY;
	private int lastX;
	private int lastY;
	private double[] menuPoint;

	VideoCanvas(Composite parent, CanvasHost host) {
		this.host = host;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		frame = new FrameLayer(canvas.getDisplay(), view);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> {
			if (view.fitted()) {
				fit();
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.MenuDetect, this::menuDetect);
		// Tab and Shift+Tab cycle instances (a key binding), they do not move the focus away
		canvas.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = false;
			}
		});
		canvas.addDisposeListener(event -> frame.clear());
	}

	public Canvas control() {
		return canvas;
	}

	/** @return how image coordinates map to the canvas (for tests and the zoom commands) */
	public CanvasTransform view() {
		return view;
	}

	InstancePainter painter() {
		return painter;
	}

	/** Shows a decoded frame, whole at its own size; the first frame (or a new size) is fitted to the canvas. */
	void showImage(ImageData data) {
		showImage(data, data.width, data.height, false);
	}

	/**
	 * Shows {@code data} stretched over a whole frame of {@code width} × {@code height}: a seek-proxy preview
	 * ({@code preview}), or the exact frame at its size or scaled down. Edits wait for the exact frame.
	 */
	void showImage(ImageData data, int width, int height, boolean isPreview) {
		showImage(data, new FramePart(0, 0, width, height, data.width, data.height), width, height, isPreview);
	}

	/** Shows {@code data}, which holds {@code shown}, a part of a frame of {@code width} × {@code height}. */
	void showImage(ImageData data, FramePart shown, int width, int height, boolean isPreview) {
		frame.show(data, shown, isPreview);
		asked = null;
		message = null;
		setImageSize(width, height);
		canvas.redraw();
	}

	/**
	 * Sets who asks for the current frame again when the view needs another part or size of it than the one shown
	 * ({@link #wantedPart()}); called on the UI thread after a paint.
	 */
	void onSharperImageWanted(Runnable ask) {
		sharper = ask;
	}

	/**
	 * @return what of the frame to convert for the current view: the frame pixels on screen and half a screen
	 *         more on each side (panning a little needs nothing new), the whole frame when all of it is on screen;
	 *         scaled to the zoom below 1:1, at their own size from 1:1 up; null while the frame's size is unknown
	 */
	FramePart wantedPart() {
		return imageWidth <= 0 || imageHeight <= 0 ? null
				: frame.wanted(canvas.getClientArea(), imageWidth, imageHeight);
	}

	/**
	 * @return whether the exact frame shown serves the view: it holds every frame pixel on screen, at about the
	 *         zoom's resolution; true for a preview, a message or no image
	 */
	public boolean imageSharp() {
		return frame.sharp(canvas.getClientArea(), imageWidth, imageHeight);
	}

	/** @return whether a seek-proxy preview is on the canvas (the exact frame is still decoding) */
	public boolean showingPreview() {
		return frame.preview();
	}

	/** Shows a message instead of the frame (the frame cannot be decoded, the video is missing …). */
	void showMessage(String text, int width, int height) {
		frame.clear();
		message = text;
		setImageSize(width, height);
		canvas.redraw();
	}

	/** @return the size of the frame on the canvas, in frame pixels: {width, height} (for tests) */
	public int[] imageSize() {
		return new int[] { imageWidth, imageHeight };
	}

	/** @return the message shown instead of a frame, or null */
	public String message() {
		return message;
	}

	private void setImageSize(int width, int height) {
		boolean changed = width != imageWidth || height != imageHeight;
		imageWidth = width;
		imageHeight = height;
		if (changed || view.fitted()) {
			fit();
		}
	}

	/** Fits the frame to the canvas (and keeps it fitted while the canvas is resized). */
	public void fit() {
		Rectangle area = canvas.getClientArea();
		view.fit(imageWidth, imageHeight, area.width, area.height);
		canvas.redraw();
	}

	/** One frame pixel per screen pixel. */
	public void oneToOne() {
		Rectangle area = canvas.getClientArea();
		view.oneToOne(area.width, area.height);
		canvas.redraw();
	}

	/** Zooms by {@code factor} around the canvas centre. */
	public void zoom(double factor) {
		Rectangle area = canvas.getClientArea();
		view.zoomAt(factor, area.width / 2.0, area.height / 2.0);
		canvas.redraw();
	}

	/** Centres on frame point ({@code x}, {@code y}) at {@code scale} screen pixels per frame pixel. */
	public void centreOn(double x, double y, double scale) {
		Rectangle area = canvas.getClientArea();
		view.centreOn(x, y, scale, area.width, area.height);
		canvas.redraw();
	}

	public void setNodeNames(boolean show) {
		painter.setNodeNames(show);
		canvas.redraw();
	}

	public boolean nodeNames() {
		return painter.nodeNames();
	}

	void redraw() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/**
	 * @return the frame point where the context menu was last asked for, then forgets it; null when the menu
	 *         was not opened on the canvas
	 */
	double[] takeMenuPoint() {
		double[] point = menuPoint;
		menuPoint = null;
		return point;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		gc.fillRectangle(area);
		frame.draw(gc, area);
		gc.setAntialias(SWT.ON);
		List<Instance> instances = host.shownInstances();
		for (int i = 0; i < instances.size(); i++) {
			Instance instance = instances.get(i);
			int track = host.trackIndex(instance.getTrack());
			RGB colour = InstancePainter.trackColour(track >= 0 ? track : i);
			painter.paint(gc, view, instance, previewPoints(instance), colour, instance == host.selected());
		}
		gc.setAntialias(SWT.DEFAULT);
		if (message != null) {
			drawMessage(gc, area);
		}
		askForSharperImage();
	}

	/** After a zoom or a pan, asks (once per part) for the frame as the new view wants it. */
	private void askForSharperImage() {
		if (sharper == null || imageSharp()) {
			return;
		}
		FramePart wanted = wantedPart();
		if (!wanted.equals(asked)) {
			asked = wanted;
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed() && sharper != null) {
					sharper.run();
				}
			});
		}
	}

	/** Draws the message in a dark box, its lines wrapped to the canvas's width. */
	private void drawMessage(GC gc, Rectangle area) {
		TextLayout layout = new TextLayout(gc.getDevice());
		try {
			layout.setFont(gc.getFont());
			layout.setText(message);
			layout.setWidth(Math.max(64, area.width - 32));
			Rectangle extent = layout.getBounds();
			int x = Math.max(16, (area.width - extent.width) / 2);
			int y = Math.max(8, area.height / 3);
			gc.setBackground(new Color(40, 40, 40));
			gc.fillRectangle(x - 8, y - 6, extent.width + 16, extent.height + 12);
			gc.setForeground(new Color(255, 220, 120));
			layout.draw(gc, x, y);
		} finally {
			layout.dispose();
		}
	}

	/** @return the points to draw for {@code instance}: its own, or where the drag in progress puts them */
	private PointArray previewPoints(Instance instance) {
		PointArray points = instance.getPoints();
		if (instance != dragged || points == null || (lastX == pressX && lastY == pressY)) {
			return points;
		}
		if (drag == Drag.NODE) {
			org.myrmex.model.Point point = points.get(draggedNode);
			return points.with(draggedNode, new org.myrmex.model.Point(view.toImageX(lastX), view.toImageY(lastY), true,
					true, point.score()));
		}
		if (drag == Drag.INSTANCE) {
			return points.translated((lastX - pressX) / view.scale(), (lastY - pressY) / view.scale());
		}
		return points;
	}

	private void wheel(Event event) {
		view.zoomAt(event.count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, event.x, event.y);
		canvas.redraw();
	}

	private void mouseDown(Event event) {
		canvas.setFocus();
		if (frame.preview() && event.button != 2) {
			return; // nobody labels on a proxy frame: the exact one is a moment away
		}
		pressX = lastX = event.x;
		pressY = lastY = event.y;
		if (event.button == 2) {
			drag = Drag.PAN;
			return;
		}
		if (event.button != 1) { // button 3 toggles a node in menuDetect, which may come first
			return;
		}
		Hit hit = hitNode(event.x, event.y);
		if ((event.stateMask & SWT.ALT) != 0) {
			Instance instance = hit != null ? hit.instance : hitInstance(event.x, event.y);
			if (instance != null) {
				host.select(instance);
				if (instance instanceof UserInstance) {
					drag = Drag.INSTANCE;
					dragged = instance;
				}
				return;
			}
		} else if (hit != null) {
			host.select(hit.instance);
			if (hit.instance instanceof UserInstance) {
				drag = Drag.NODE;
				dragged = hit.instance;
				draggedNode = hit.node;
			}
			return;
		}
		Instance instance = hitInstance(event.x, event.y);
		host.select(instance);
		drag = Drag.PAN;
	}

	private void mouseMove(Event event) {
		if (drag == Drag.NONE) {
			hover(event.x, event.y);
			return;
		}
		if (drag == Drag.PAN) {
			view.panBy(event.x - lastX, event.y - lastY);
		}
		lastX = event.x;
		lastY = event.y;
		canvas.redraw();
	}

	private void mouseUp(Event event) {
		Drag ended = drag;
		Instance instance = dragged;
		int node = draggedNode;
		lastX = event.x;
		lastY = event.y;
		drag = Drag.NONE;
		dragged = null;
		draggedNode = -1;
		boolean moved = event.x != pressX || event.y != pressY;
		if (ended == Drag.NODE && moved) {
			host.moveNode(instance, node, view.toImageX(event.x), view.toImageY(event.y));
		} else if (ended == Drag.INSTANCE && moved) {
			host.moveInstance(instance, (event.x - pressX) / view.scale(), (event.y - pressY) / view.scale());
		}
		canvas.redraw();
	}

	private void doubleClick(Event event) {

		if (event.button != 1) {
			return;
		}
		Hit hit = hitNode(event.x, event.y);
		Instance instance = hit != null ? hit.instance : hitInstance(event.x, event.y);
		if (instance instanceof PredictedInstance predicted) {
			host.convertToUser(predicted);
		}
	}

	/** A right-click on a user node toggles its visibility instead of opening the menu. */
	private void menuDetect(Event event) {
		Point local = canvas.toControl(event.x, event.y);
		if (frame.preview()) {
			event.doit = false;
			return;
		}
		Hit hit = event.detail == SWT.MENU_MOUSE ? hitNode(local.x, local.y) : null;
		if (hit != null && hit.instance instanceof UserInstance) {
			event.doit = false;
			host.select(hit.instance);
			host.toggleNodeVisibility(hit.instance, hit.node);
			return;
		}
		menuPoint = new double[] { view.toImageX(local.x), view.toImageY(local.y) };
	}

	private void hover(int x, int y) {
		Hit hit = hitNode(x, y);
		Instance instance = hit != null ? hit.instance : hitInstance(x, y);
		String tip = null;
		if (instance instanceof PredictedInstance predicted) {
			tip = String.format("Predicted instance, score %.3f%s", predicted.getScore(),
					hit == null ? "" : String.format("; %s score %.3f", nodeName(hit), hit.instance.getPoints().score(hit.node)));
		} else if (hit != null) {
			tip = nodeName(hit);
		}
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	private static String nodeName(Hit hit) {
		var nodes = hit.instance.getSkeleton().getNodes();
		return hit.node < nodes.size() ? nodes.get(hit.node).getName() : "node " + hit.node;
	}

	private record Hit(Instance instance, int node) {
	}

	/** @return the node nearest to the pointer within {@link #GRAB_DISTANCE}; user instances win ties */
	private Hit hitNode(int x, int y) {
		Hit best = null;
		double bestDistance = GRAB_DISTANCE + 0.5;
		for (Instance instance : host.shownInstances()) {
			PointArray points = instance.getPoints();
			if (points == null) {
				continue;
			}
			for (int node = 0; node < points.size(); node++) {
				if (!InstancePainter.placed(points, node)) {
					continue;
				}
				double d = Math.hypot(view.toScreenX(points.x(node)) - x, view.toScreenY(points.y(node)) - y);
				boolean better = d < bestDistance || (d == bestDistance && instance instanceof UserInstance);
				if (better) {
					best = new Hit(instance, node);
					bestDistance = d;
				}
			}
		}
		return best;
	}

	/** @return the instance whose box (with a margin) holds the pointer, the smallest box winning */
	private Instance hitInstance(int x, int y) {
		Instance best = null;
		double bestArea = Double.MAX_VALUE;
		double margin = GRAB_DISTANCE / view.scale();
		double ix = view.toImageX(x);
		double iy = view.toImageY(y);
		for (Instance instance : host.shownInstances()) {
			PointArray points = instance.getPoints();
			double minX = Double.MAX_VALUE;
			double minY = Double.MAX_VALUE;
			double maxX = -Double.MAX_VALUE;
			double maxY = -Double.MAX_VALUE;
			for (int node = 0; points != null && node < points.size(); node++) {
				if (InstancePainter.placed(points, node)) {
					minX = Math.min(minX, points.x(node));
					minY = Math.min(minY, points.y(node));
					maxX = Math.max(maxX, points.x(node));
					maxY = Math.max(maxY, points.y(node));
				}
			}
			if (minX <= maxX && ix >= minX - margin && ix <= maxX + margin && iy >= minY - margin
					&& iy <= maxY + margin) {
				double area = (maxX - minX + 2 * margin) * (maxY - minY + 2 * margin);
				if (area < bestArea) {
					best = instance;
					bestArea = area;
				}
			}
		}
		return best;
	}
}
