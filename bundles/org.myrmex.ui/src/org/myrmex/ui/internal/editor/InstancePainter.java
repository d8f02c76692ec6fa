// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.video.render.InstanceStyle;

/**
 * Draws instances as the seed's labellers know them, in {@link InstanceStyle}'s colours and sizes (which rendered
 * videos share): edges in the instance's track colour; user nodes <b>red</b> until verified, <b>light blue</b> once
 * verified, <b>grey</b> (hollow) when marked not visible; predicted instances dashed with hollow nodes. The selected
 * instance gets a dashed box around it.
 */
final class InstancePainter {
	/** Node radius in screen pixels. */
	static final int RADIUS = InstanceStyle.RADIUS;
	private static final int[] DASH = { (int) InstanceStyle.PREDICTED_DASH[0], (int) InstanceStyle.PREDICTED_DASH[1] };

	private boolean nodeNames;

	void setNodeNames(boolean show) {
		nodeNames = show;
	}

	boolean nodeNames() {
		return nodeNames;
	}

	/** @return the colour of track {@code index} (or of the {@code index}-th untracked instance) */
	static RGB trackColour(int index) {
		return rgb(InstanceStyle.colour(index));
	}

	private static RGB rgb(int colour) {
		return new RGB(colour >> 16 & 0xFF, colour >> 8 & 0xFF, colour & 0xFF);
	}

	/**
	 * Draws {@code instance} with {@code points} (its own, or a drag preview) in {@code colour}.
	 */
	void paint(GC gc, CanvasTransform view, Instance instance, PointArray points, RGB colour, boolean selected) {
		Skeleton skeleton = instance.getSkeleton();
		if (points == null || skeleton == null) {
			return;
		}
		boolean predicted = instance instanceof PredictedInstance;
		List<Node> nodes = skeleton.getNodes();
		Color edgeColour = new Color(colour);
		gc.setForeground(edgeColour);
		gc.setLineWidth(InstanceStyle.EDGE_WIDTH);
		if (predicted) {
			gc.setLineDash(DASH);
		} else {
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		for (Edge edge : skeleton.getEdges()) {
			int from = nodes.indexOf(edge.getSource());
			int to = nodes.indexOf(edge.getDestination());
			if (shown(points, from) && shown(points, to)) {
				gc.drawLine(sx(view, points, from), sy(view, points, from), sx(view, points, to), sy(view, points, to));
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		for (int node = 0; node < points.size(); node++) {
			if (!placed(points, node)) {
				continue;
			}
			int x = sx(view, points, node);
			int y = sy(view, points, node);
			if (predicted) {
				if (points.visible(node)) {
					gc.setForeground(edgeColour);
					gc.drawOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
				}
				continue;
			}
			Color fillColour = new Color(rgb(InstanceStyle.userNode(points.visible(node), points.complete(node))));
			if (points.visible(node)) {
				gc.setBackground(fillColour);
				gc.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS + 1, 2 * RADIUS + 1);
				gc.setForeground(new Color(rgb(InstanceStyle.OUTLINE)));
				gc.setLineWidth(1);
				gc.drawOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
				gc.setLineWidth(InstanceStyle.EDGE_WIDTH);
			} else {
				gc.setForeground(fillColour);
				gc.drawOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
			}
		}
		if (nodeNames) {
			drawNames(gc, view, nodes, points);
		}
		if (selected) {
			drawSelection(gc, view, points, edgeColour);
		}
	}

	private static void drawNames(GC gc, CanvasTransform view, List<Node> nodes, PointArray points) {
		gc.setForeground(new Color(255, 255, 255));
		for (int node = 0; node < points.size() && node < nodes.size(); node++) {
			if (shown(points, node)) {
				gc.drawText(nodes.get(node).getName(), sx(view, points, node) + RADIUS + 2,
						sy(view, points, node) - RADIUS - 2, true);
			}
		}
	}

	private static void drawSelection(GC gc, CanvasTransform view, PointArray points, Color colour) {
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = Integer.MIN_VALUE;
		int maxY = Integer.MIN_VALUE;
		for (int node = 0; node < points.size(); node++) {
			if (placed(points, node)) {
				minX = Math.min(minX, sx(view, points, node));
				minY = Math.min(minY, sy(view, points, node));
				maxX = Math.max(maxX, sx(view, points, node));
				maxY = Math.max(maxY, sy(view, points, node));
			}
		}
		if (minX > maxX) {
			return;
		}
		int margin = RADIUS + 6;
		gc.setForeground(colour);
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_DOT);
		gc.drawRectangle(minX - margin, minY - margin, maxX - minX + 2 * margin, maxY - minY + 2 * margin);
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	/** @return the screen position of node {@code node}, or null when it has no coordinates */
	static Point screen(CanvasTransform view, PointArray points, int node) {
		return placed(points, node) ? new Point(sx(view, points, node), sy(view, points, node)) : null;
	}

	static boolean placed(PointArray points, int node) {
		return node >= 0 && node < points.size() && Double.isFinite(points.x(node)) && Double.isFinite(points.y(node));
	}

	private static boolean shown(PointArray points, int node) {
		return placed(points, node) && points.visible(node);
	}

	private static int sx(CanvasTransform view, PointArray points, int node) {
		return (int) Math.round(view.toScreenX(points.x(node)));
	}

	private static int sy(CanvasTransform view, PointArray points, int node) {
		return (int) Math.round(view.toScreenY(points.y(node)));
	}
}
