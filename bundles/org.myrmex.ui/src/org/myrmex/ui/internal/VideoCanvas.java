// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;

/** Draws one video frame, fitted to the canvas, with the frame's instances on top (edges, then nodes). */
final class VideoCanvas {
	private static final int[][] TRACK_COLORS = { { 230, 80, 60 }, { 60, 160, 230 }, { 90, 200, 90 }, { 240, 190, 40 },
			{ 190, 90, 220 }, { 40, 200, 200 } };

	private final Canvas canvas;
	private final Labels labels;
	private Image image;
	private List<Instance> instances = List.of();

	VideoCanvas(Composite parent, Labels labels) {
		this.labels = labels;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addDisposeListener(event -> disposeImage());
	}

	Canvas control() {
		return canvas;
	}

	/** Shows a new frame and its instances. */
	void show(ImageData frame, List<Instance> frameInstances) {
		disposeImage();
		image = new Image(canvas.getDisplay(), frame);
		instances = List.copyOf(frameInstances);
		canvas.redraw();
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		gc.fillRectangle(area);
		if (image == null) {
			return;
		}
		Rectangle bounds = image.getBounds();
		double scale = Math.min((double) area.width / bounds.width, (double) area.height / bounds.height);
		int width = (int) Math.round(bounds.width * scale);
		int height = (int) Math.round(bounds.height * scale);
		int left = (area.width - width) / 2;
		int top = (area.height - height) / 2;
		gc.setInterpolation(SWT.HIGH);
		gc.drawImage(image, 0, 0, bounds.width, bounds.height, left, top, width, height);
		gc.setAntialias(SWT.ON);
		for (Instance instance : instances) {
			drawInstance(gc, instance, scale, left, top);
		}
	}

	private void drawInstance(GC gc, Instance instance, double scale, int left, int top) {
		PointArray points = instance.getPoints();
		Skeleton skeleton = instance.getSkeleton();
		if (points == null || skeleton == null) {
			return;
		}
		int trackIndex = instance.getTrack() == null ? 0 : Math.max(0, labels.getTracks().indexOf(instance.getTrack()));
		int[] rgb = TRACK_COLORS[trackIndex % TRACK_COLORS.length];
		Color color = new Color(rgb[0], rgb[1], rgb[2]);
		gc.setForeground(color);
		gc.setBackground(color);
		gc.setLineWidth(2);
		for (Edge edge : skeleton.getEdges()) {
			int from = skeleton.getNodes().indexOf(edge.getSource());
			int to = skeleton.getNodes().indexOf(edge.getDestination());
			if (shown(points, from) && shown(points, to)) {
				gc.drawLine(screen(points.x(from), scale, left), screen(points.y(from), scale, top),
						screen(points.x(to), scale, left), screen(points.y(to), scale, top));
			}
		}
		for (int node = 0; node < points.size(); node++) {
			if (shown(points, node)) {
				gc.fillOval(screen(points.x(node), scale, left) - 3, screen(points.y(node), scale, top) - 3, 7, 7);
			}
		}
	}

	private static boolean shown(PointArray points, int node) {
		return node >= 0 && node < points.size() && points.visible(node) && !Double.isNaN(points.x(node));
	}

	/** Image pixel centres are integers (SLEAP's convention), so pixel i covers [i-0.5, i+0.5). */
	private static int screen(double coordinate, double scale, int offset) {
		return offset + (int) Math.round((coordinate + 0.5) * scale);
	}
}
