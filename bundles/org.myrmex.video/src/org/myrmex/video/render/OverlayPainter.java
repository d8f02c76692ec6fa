// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;

import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;

/**
 * Draws one frame's instances with Java2D as the labelling canvas draws them ({@link InstanceStyle}), in output
 * pixels: a point at image (x, y) lies on output pixel (round((x + 0.5) · scale), …), the canvas's rounding at 1:1.
 */
final class OverlayPainter {
	private final RenderOptions options;
	private final Stroke solid;
	private final Stroke dashed;
	private final Stroke outline = new BasicStroke(1);

	OverlayPainter(RenderOptions options) {
		this.options = options;
		this.solid = new BasicStroke(InstanceStyle.EDGE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
		this.dashed = new BasicStroke(InstanceStyle.EDGE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
				InstanceStyle.PREDICTED_DASH, 0);
	}

	static void antialias(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
	}

	/** Draws {@code instance} in {@code colour} (the colour of its track or place; unused when colouring by node). */
	void paint(Graphics2D g, Instance instance, int colour) {
		Skeleton skeleton = instance.getSkeleton();
		PointArray points = instance.getPoints();
		if (points == null || skeleton == null) {
			return;
		}
		boolean predicted = instance instanceof PredictedInstance;
		List<Node> nodes = skeleton.getNodes();
		if (options.edges()) {
			g.setStroke(predicted ? dashed : solid);
			for (Edge edge : skeleton.getEdges()) {
				int from = nodes.indexOf(edge.getSource());
				int to = nodes.indexOf(edge.getDestination());
				if (shown(points, from) && shown(points, to)) {
					g.setColor(colour(colourOf(from, colour)));
					g.draw(new Line2D.Double(x(points, from), y(points, from), x(points, to), y(points, to)));
				}
			}
		}
		int r = options.nodeRadius();
		for (int node = 0; node < points.size(); node++) {
			if (!placed(points, node)) {
				continue;
			}
			double x = x(points, node);
			double y = y(points, node);
			if (predicted) {
				if (points.visible(node)) {
					g.setStroke(solid);
					g.setColor(colour(colourOf(node, colour)));
					g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
				}
				continue;
			}
			int fill = options.colourBy() == RenderOptions.ColourBy.NODE && points.visible(node) ? colourOf(node, colour)
					: InstanceStyle.userNode(points.visible(node), points.complete(node));
			if (points.visible(node)) {
				g.setColor(colour(fill));
				g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r + 1, 2 * r + 1));
				g.setStroke(outline);
				g.setColor(colour(InstanceStyle.OUTLINE));
				g.draw(new Ellipse2D.Double(x - r + 0.5, y - r + 0.5, 2 * r, 2 * r));
			} else {
				g.setStroke(solid);
				g.setColor(colour(fill));
				g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
			}
		}
	}

	/** Draws a track's trail: the centres of its instance over the last frames, oldest first, fading in from 30 %. */
	void paintTrail(Graphics2D g, List<double[]> centres, int colour) {
		g.setStroke(solid);
		for (int i = 1; i < centres.size(); i++) {
			double[] a = centres.get(i - 1);
			double[] b = centres.get(i);
			if (a == null || b == null) {
				continue;
			}
			int alpha = (int) Math.round(255 * (0.3 + 0.7 * i / centres.size()));
			g.setColor(new Color(colour >> 16 & 0xFF, colour >> 8 & 0xFF, colour & 0xFF, alpha));
			g.draw(new Line2D.Double(out(a[0]), out(a[1]), out(b[0]), out(b[1])));
		}
	}

	/** Writes "frame N" in the top-left corner, white on a dark box. */
	void paintFrameNumber(Graphics2D g, int frame, int imageHeight) {
		int size = Math.max(12, imageHeight / 40);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
		String text = "frame " + frame;
		int width = g.getFontMetrics().stringWidth(text);
		g.setColor(new Color(0, 0, 0, 160));
		g.fillRect(4, 4, width + size / 2 + 4, size + size / 2);
		g.setColor(Color.WHITE);
		g.drawString(text, 4 + size / 4 + 2, 4 + size + size / 8);
	}

	/** @return the mean of the instance's visible points, in image coordinates, or null when none is */
	static double[] centre(Instance instance) {
		PointArray points = instance.getPoints();
		double sx = 0;
		double sy = 0;
		int n = 0;
		for (int node = 0; points != null && node < points.size(); node++) {
			if (shown(points, node)) {
				sx += points.x(node);
				sy += points.y(node);
				n++;
			}
		}
		return n == 0 ? null : new double[] { sx / n, sy / n };
	}

	private int colourOf(int node, int colour) {
		return options.colourBy() == RenderOptions.ColourBy.NODE ? InstanceStyle.colour(node) : colour;
	}

	private static Color colour(int rgb) {
		return new Color(rgb);
	}

	/** Image coordinate → output coordinate of the pixel it rounds to, as the canvas rounds at 1:1. */
	private double out(double v) {
		return Math.round((v + 0.5) * options.scale());
	}

	private double x(PointArray points, int node) {
		return out(points.x(node));
	}

	private double y(PointArray points, int node) {
		return out(points.y(node));
	}

	static boolean placed(PointArray points, int node) {
		return node >= 0 && node < points.size() && Double.isFinite(points.x(node)) && Double.isFinite(points.y(node));
	}

	private static boolean shown(PointArray points, int node) {
		return placed(points, node) && points.visible(node);
	}
}
