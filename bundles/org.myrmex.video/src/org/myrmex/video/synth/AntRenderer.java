// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/**
 * Draws synthetic ants, dark on a light textured arena floor (a petri dish lit from above), into 8-bit
 * grey frames with Java2D antialiasing. Works headless. Each ant is drawn from its {@link AntPose} alone
 * with the proportions of {@link AntBodyPlan}, so the labels lie on the drawing: ellipses for head, thorax,
 * petiole and gaster centred on the body axis through the nodes, legs as thick lines through their knee
 * and ending at their foot nodes, plus antennae and mandibles that carry no label.
 *
 * <p>Coordinates follow SLEAP: a node at (x, y) is drawn centred on pixel (round(x), round(y)).
 * Rendering is deterministic: the same seed, frame index and poses give the same bytes. Immutable and
 * safe to use from several threads.
 */
public final class AntRenderer {

	private static final int BODY_GREY = 36;
	private static final int HIGHLIGHT_GREY = 84;
	private static final int LEG_GREY = 52;
	private static final int ANTENNA_GREY = 60;
	private static final float SHADOW_ALPHA = 0.13f;
	private static final float LEG_SHADOW_ALPHA = 0.08f;
	private static final int SENSOR_NOISE = 3;

	private final int width;
	private final int height;
	private final long seed;
	private final byte[] floor;

	/**
	 * @param width  frame width, pixels
	 * @param height frame height, pixels
	 * @param seed   seeds the floor texture and the per-frame sensor noise
	 */
	public AntRenderer(int width, int height, long seed) {
		if (width < 1) {
			throw new IllegalArgumentException("width must be positive: " + width);
		}
		if (height < 1) {
			throw new IllegalArgumentException("height must be positive: " + height);
		}
		this.width = width;
		this.height = height;
		this.seed = seed;
		this.floor = paintFloor(width, height, seed);
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** Renders one frame as a new {@link BufferedImage#TYPE_BYTE_GRAY} image. */
	public BufferedImage render(int frameIndex, List<AntPose> ants) {
		if (frameIndex < 0) {
			throw new IllegalArgumentException("frameIndex must not be negative: " + frameIndex);
		}
		if (ants == null) {
			throw new IllegalArgumentException("ants must not be null");
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		byte[] pixels = pixels(image);
		System.arraycopy(floor, 0, pixels, 0, floor.length);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
			// Java2D pixel (i, j) covers [i, i + 1); SLEAP's covers [i - 0.5, i + 0.5)
			g.translate(0.5, 0.5);
			for (AntPose ant : ants) {
				drawShadow(g, new Body(ant));
			}
			for (AntPose ant : ants) {
				drawAnt(g, new Body(ant));
			}
		} finally {
			g.dispose();
		}
		addSensorNoise(pixels, frameIndex);
		return image;
	}

	/** Renders one frame as {@code width * height} grey bytes, row by row. */
	public byte[] renderGray(int frameIndex, List<AntPose> ants) {
		return pixels(render(frameIndex, ants));
	}

	private static byte[] pixels(BufferedImage image) {
		return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
	}

	private static void drawShadow(Graphics2D g, Body body) {
		double l = body.length;
		AffineTransform offset = AffineTransform.getTranslateInstance(0.035 * l, 0.045 * l);
		g.setColor(new Color(0f, 0f, 0f, SHADOW_ALPHA));
		for (Shape part : body.segments(1.12)) {
			g.fill(offset.createTransformedShape(part));
		}
		g.setColor(new Color(0f, 0f, 0f, LEG_SHADOW_ALPHA));
		g.setStroke(new BasicStroke(width(1.2 * AntBodyPlan.FEMUR_WIDTH * l, 1.3), BasicStroke.CAP_ROUND,
				BasicStroke.JOIN_ROUND));
		for (int leg = 0; leg < 6; leg++) {
			g.draw(offset.createTransformedShape(body.legPath(leg)));
		}
	}

	private static void drawAnt(Graphics2D g, Body body) {
		double l = body.length;
		g.setColor(grey(LEG_GREY));
		BasicStroke femur = new BasicStroke(width(AntBodyPlan.FEMUR_WIDTH * l, 1.3), BasicStroke.CAP_ROUND,
				BasicStroke.JOIN_ROUND);
		BasicStroke tibia = new BasicStroke(width(AntBodyPlan.TIBIA_WIDTH * l, 1.0), BasicStroke.CAP_ROUND,
				BasicStroke.JOIN_ROUND);
		for (int leg = 0; leg < 6; leg++) {
			g.setStroke(femur);
			g.draw(new Line2D.Double(body.coxa(leg), body.knee(leg)));
			g.setStroke(tibia);
			g.draw(new Line2D.Double(body.knee(leg), body.foot(leg)));
		}
		g.setColor(grey(ANTENNA_GREY));
		g.setStroke(new BasicStroke(width(AntBodyPlan.ANTENNA_WIDTH * l, 0.9), BasicStroke.CAP_ROUND,
				BasicStroke.JOIN_ROUND));
		g.draw(body.antenna(+1));
		g.draw(body.antenna(-1));
		g.setColor(grey(BODY_GREY));
		g.setStroke(tibia);
		g.draw(body.mandibles());

		g.setColor(grey(BODY_GREY + 4));
		g.setStroke(new BasicStroke(width(AntBodyPlan.NECK_WIDTH * l, 1.5), BasicStroke.CAP_ROUND,
				BasicStroke.JOIN_ROUND));
		g.draw(body.neck());
		g.setStroke(new BasicStroke(width(0.03 * l, 1.2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(body.waist());

		fillShaded(g, body.gaster(1), body.gasterCentre, body.gasterDirection, AntBodyPlan.GASTER_HALF_LENGTH * l);
		drawGasterBands(g, body);
		fillShaded(g, body.petiole(1), body.petioleCentre, body.gasterDirection,
				AntBodyPlan.PETIOLE_HALF_LENGTH * l);
		fillShaded(g, body.propodeum(1), body.propodeumCentre, body.forward, AntBodyPlan.PROPODEUM_HALF_LENGTH * l);
		fillShaded(g, body.pronotum(1), body.pronotumCentre, body.forward, AntBodyPlan.PRONOTUM_HALF_LENGTH * l);
		fillShaded(g, body.head(1), body.headCentre, body.headDirection, AntBodyPlan.HEAD_HALF_LENGTH * l);
		// eyes: small darker spots on the sides of the head
		g.setColor(grey(18));
		for (int side = -1; side <= 1; side += 2) {
			Point2D eye = body.onHead(0.005, side * 0.045);
			double r = StrictMath.max(0.7, 0.016 * l);
			g.fill(new Ellipse2D.Double(eye.getX() - r, eye.getY() - r, 2 * r, 2 * r));
		}
	}

	/** A dark segment with a soft highlight towards its front-left, as lit from the upper left. */
	private static void fillShaded(Graphics2D g, Shape shape, Point2D centre, double[] direction, double halfLength) {
		float radius = (float) StrictMath.max(1.0, 1.15 * halfLength);
		Point2D.Float light = new Point2D.Float(
				(float) (centre.getX() + (0.25 * direction[0] - 0.2) * halfLength),
				(float) (centre.getY() + (0.25 * direction[1] - 0.25) * halfLength));
		g.setPaint(new RadialGradientPaint(light, radius, new float[] {0f, 0.55f, 1f},
				new Color[] {grey(HIGHLIGHT_GREY), grey(BODY_GREY + 10), grey(BODY_GREY)},
				MultipleGradientPaint.CycleMethod.NO_CYCLE));
		g.fill(shape);
	}

	/** Faint lighter seams between the gaster's segments. */
	private static void drawGasterBands(Graphics2D g, Body body) {
		double l = body.length;
		Shape clip = g.getClip();
		g.clip(body.gaster(1));
		g.setColor(grey(BODY_GREY + 22));
		g.setStroke(new BasicStroke(width(0.012 * l, 0.6)));
		for (double d : new double[] {0.66, 0.74, 0.82}) {
			Point2D a = body.onGaster(d, -0.2);
			Point2D b = body.onGaster(d + 0.025, 0);
			Point2D c = body.onGaster(d, 0.2);
			Path2D.Double seam = new Path2D.Double();
			seam.moveTo(a.getX(), a.getY());
			seam.quadTo(b.getX(), b.getY(), c.getX(), c.getY());
			g.draw(seam);
		}
		g.setClip(clip);
	}

	private static float width(double wanted, double minimum) {
		return (float) StrictMath.max(wanted, minimum);
	}

	private static Color grey(int value) {
		return new Color(value, value, value);
	}

	/** Static floor: vignetted dish with a rim, low-frequency texture and fixed grain. */
	private static byte[] paintFloor(int width, int height, long seed) {
		byte[] floor = new byte[width * height];
		double cx = (width - 1) / 2.0;
		double cy = (height - 1) / 2.0;
		double dish = 0.69 * StrictMath.max(width, height);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				double r = StrictMath.hypot(x - cx, y - cy);
				double value;
				if (r < dish) {
					double t = r / dish;
					value = 212 - 34 * t * t;
				} else {
					value = 150;
				}
				double rim = (r - dish) / 2.5;
				value += 30 * StrictMath.exp(-rim * rim) - 25 * StrictMath.exp(-(rim - 2.2) * (rim - 2.2));
				value += 6 * valueNoise(seed, 1, x / 90.0, y / 90.0)
						+ 4 * valueNoise(seed, 2, x / 31.0, y / 31.0)
						+ 2.5 * valueNoise(seed, 3, x / 9.0, y / 9.0)
						+ 2 * unit(hash(seed, 4, x, y));
				floor[y * width + x] = (byte) clampGrey(value);
			}
		}
		return floor;
	}

	private void addSensorNoise(byte[] pixels, int frameIndex) {
		for (int i = 0; i < pixels.length; i++) {
			long h = hash(seed, 5, frameIndex, i);
			int noise = (int) ((h & 0xFF) + ((h >>> 8) & 0xFF)) * (2 * SENSOR_NOISE + 1) / 511 - SENSOR_NOISE;
			pixels[i] = (byte) clampGrey((pixels[i] & 0xFF) + noise);
		}
	}

	/** Smoothly interpolated lattice noise in [-1, 1]. */
	private static double valueNoise(long seed, int octave, double x, double y) {
		int x0 = (int) StrictMath.floor(x);
		int y0 = (int) StrictMath.floor(y);
		double tx = smooth(x - x0);
		double ty = smooth(y - y0);
		double top = lerp(unit(hash(seed, octave, x0, y0)), unit(hash(seed, octave, x0 + 1, y0)), tx);
		double bottom = lerp(unit(hash(seed, octave, x0, y0 + 1)), unit(hash(seed, octave, x0 + 1, y0 + 1)), tx);
		return lerp(top, bottom, ty);
	}

	private static double smooth(double t) {
		return t * t * (3 - 2 * t);
	}

	private static double lerp(double a, double b, double t) {
		return a + (b - a) * t;
	}

	/** Maps a hash to [-1, 1). */
	private static double unit(long hash) {
		return (hash >>> 11) * 0x1.0p-52 - 1;
	}

	/** SplitMix64 finaliser over the seed and three coordinates. */
	private static long hash(long seed, long a, long b, long c) {
		long z = seed + a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + c * 0x165667B19E3779F9L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static int clampGrey(double value) {
		long rounded = StrictMath.round(value);
		return (int) (rounded < 0 ? 0 : rounded > 255 ? 255 : rounded);
	}

	/** The drawable geometry of one ant, reconstructed from its nodes and the body plan. */
	private static final class Body {
		final AntPose pose;
		final double length;
		final double[] forward;
		final double[] left;
		final Point2D origin;
		final double[] headDirection;
		final Point2D headCentre;
		final double[] gasterDirection;
		final Point2D gasterCentre;
		final Point2D petioleCentre;
		final Point2D pronotumCentre;
		final Point2D propodeumCentre;
		private final Point2D rearPivot;
		private final Point2D frontPivot;

		Body(AntPose pose) {
			this.pose = pose;
			this.length = pose.bodyLength();
			forward = unitVector(node(AntSkeletonSpec.UPPER_THORAX), node(AntSkeletonSpec.LOWER_THORAX));
			left = new double[] {forward[1], -forward[0]};
			Point2D lower = node(AntSkeletonSpec.LOWER_THORAX);
			double back = (AntBodyPlan.D_LOWER_THORAX - AntBodyPlan.D_ORIGIN) * length;
			origin = new Point2D.Double(lower.getX() + forward[0] * back, lower.getY() + forward[1] * back);
			frontPivot = onThorax(AntBodyPlan.D_FRONT_PIVOT, 0);
			rearPivot = onThorax(AntBodyPlan.D_REAR_PIVOT, 0);
			headDirection = unitVector(node(AntSkeletonSpec.HEAD), frontPivot);
			gasterDirection = unitVector(node(AntSkeletonSpec.ABDOMEN), rearPivot);
			headCentre = along(frontPivot, headDirection, AntBodyPlan.D_FRONT_PIVOT - AntBodyPlan.D_HEAD_CENTRE);
			petioleCentre = along(rearPivot, gasterDirection,
					AntBodyPlan.D_PETIOLE_CENTRE - AntBodyPlan.D_REAR_PIVOT);
			gasterCentre = along(rearPivot, gasterDirection, AntBodyPlan.D_GASTER_CENTRE - AntBodyPlan.D_REAR_PIVOT);
			pronotumCentre = onThorax(AntBodyPlan.D_PRONOTUM_CENTRE, 0);
			propodeumCentre = onThorax(AntBodyPlan.D_PROPODEUM_CENTRE, 0);
		}

		Point2D node(int index) {
			return new Point2D.Double(pose.x(index), pose.y(index));
		}

		/** A point on the thorax frame: distance from the head front, offset to the left; body lengths. */
		Point2D onThorax(double d, double side) {
			double ahead = (AntBodyPlan.D_ORIGIN - d) * length;
			return new Point2D.Double(origin.getX() + forward[0] * ahead + left[0] * side * length,
					origin.getY() + forward[1] * ahead + left[1] * side * length);
		}

		/** A point on the head frame: ahead of the head centre, offset to the head's left; body lengths. */
		Point2D onHead(double ahead, double side) {
			return new Point2D.Double(
					headCentre.getX() + (headDirection[0] * ahead + headDirection[1] * side) * length,
					headCentre.getY() + (headDirection[1] * ahead - headDirection[0] * side) * length);
		}

		/** A point on the gaster: distance from the head front along its axis, offset in gaster widths. */
		Point2D onGaster(double d, double side) {
			Point2D p = along(rearPivot, gasterDirection, d - AntBodyPlan.D_REAR_PIVOT);
			double lateral = side * AntBodyPlan.GASTER_HALF_WIDTH * 2 * length;
			return new Point2D.Double(p.getX() - gasterDirection[1] * lateral, p.getY() + gasterDirection[0] * lateral);
		}

		private Point2D along(Point2D from, double[] direction, double bodyLengths) {
			return new Point2D.Double(from.getX() + direction[0] * bodyLengths * length,
					from.getY() + direction[1] * bodyLengths * length);
		}

		Shape head(double grow) {
			return ellipse(headCentre, headDirection, AntBodyPlan.HEAD_HALF_LENGTH * grow,
					AntBodyPlan.HEAD_HALF_WIDTH * grow);
		}

		Shape pronotum(double grow) {
			return ellipse(pronotumCentre, forward, AntBodyPlan.PRONOTUM_HALF_LENGTH * grow,
					AntBodyPlan.PRONOTUM_HALF_WIDTH * grow);
		}

		Shape propodeum(double grow) {
			return ellipse(propodeumCentre, forward, AntBodyPlan.PROPODEUM_HALF_LENGTH * grow,
					AntBodyPlan.PROPODEUM_HALF_WIDTH * grow);
		}

		Shape petiole(double grow) {
			return ellipse(petioleCentre, gasterDirection, AntBodyPlan.PETIOLE_HALF_LENGTH * grow,
					AntBodyPlan.PETIOLE_HALF_WIDTH * grow);
		}

		Shape gaster(double grow) {
			return ellipse(gasterCentre, gasterDirection, AntBodyPlan.GASTER_HALF_LENGTH * grow,
					AntBodyPlan.GASTER_HALF_WIDTH * grow);
		}

		List<Shape> segments(double grow) {
			return List.of(head(grow), pronotum(grow), propodeum(grow), petiole(grow), gaster(grow));
		}

		Shape neck() {
			Point2D behind = onThorax(AntBodyPlan.D_FRONT_PIVOT + 0.03, 0);
			return new Line2D.Double(behind, headCentre);
		}

		Shape waist() {
			return new Line2D.Double(onThorax(AntBodyPlan.D_LOWER_THORAX, 0),
					along(rearPivot, gasterDirection, AntBodyPlan.D_PETIOLE - AntBodyPlan.D_REAR_PIVOT + 0.03));
		}

		Shape mandibles() {
			Path2D.Double path = new Path2D.Double();
			for (int side = -1; side <= 1; side += 2) {
				Point2D root = onHead(0.06, side * 0.038);
				Point2D tip = onHead(0.105, side * 0.008);
				path.moveTo(root.getX(), root.getY());
				path.lineTo(tip.getX(), tip.getY());
			}
			return path;
		}

		/** Scape out from the head front, funiculus bent forwards; side +1 left, -1 right. */
		Shape antenna(int side) {
			double sweep = side * pose.posture().antennaSwing() * AntBodyPlan.ANTENNA_SWEEP;
			Point2D base = onHead(AntBodyPlan.D_HEAD_CENTRE - AntBodyPlan.ANTENNA_BASE_D,
					side * AntBodyPlan.ANTENNA_BASE_SIDE);
			Point2D elbow = offset(base, headLimb(AntBodyPlan.SCAPE_ANGLE - sweep, side), AntBodyPlan.SCAPE_LENGTH);
			double[] outer = headLimb(AntBodyPlan.FUNICULUS_ANGLE - sweep, side);
			Point2D bend = offset(elbow, outer, AntBodyPlan.FUNICULUS_LENGTH * 0.5);
			Point2D tip = offset(elbow, headLimb(AntBodyPlan.FUNICULUS_ANGLE - sweep + 0.25, side),
					AntBodyPlan.FUNICULUS_LENGTH);
			Path2D.Double path = new Path2D.Double();
			path.moveTo(base.getX(), base.getY());
			path.lineTo(elbow.getX(), elbow.getY());
			path.quadTo(bend.getX(), bend.getY(), tip.getX(), tip.getY());
			return path;
		}

		private double[] headLimb(double angle, int side) {
			double c = StrictMath.cos(angle);
			double s = side * StrictMath.sin(angle);
			return new double[] {headDirection[0] * c + headDirection[1] * s, headDirection[1] * c - headDirection[0] * s};
		}

		private Point2D offset(Point2D from, double[] direction, double bodyLengths) {
			return along(from, direction, bodyLengths);
		}

		/** Legs in the order of {@link #LEG_NODES}. */
		Point2D coxa(int leg) {
			int pair = leg / 2;
			int side = leg % 2 == 0 ? 1 : -1;
			return onThorax(AntBodyPlan.COXA_D[pair], side * AntBodyPlan.COXA_SIDE[pair]);
		}

		Point2D knee(int leg) {
			return node(LEG_NODES[leg][0]);
		}

		Point2D foot(int leg) {
			return node(LEG_NODES[leg][1]);
		}

		Shape legPath(int leg) {
			Path2D.Double path = new Path2D.Double();
			Point2D coxa = coxa(leg);
			Point2D knee = knee(leg);
			Point2D foot = foot(leg);
			path.moveTo(coxa.getX(), coxa.getY());
			path.lineTo(knee.getX(), knee.getY());
			path.lineTo(foot.getX(), foot.getY());
			return path;
		}

		private Shape ellipse(Point2D centre, double[] direction, double halfLength, double halfWidth) {
			double a = halfLength * length;
			double b = halfWidth * length;
			AffineTransform placement = AffineTransform.getTranslateInstance(centre.getX(), centre.getY());
			placement.rotate(direction[0], direction[1]);
			return placement.createTransformedShape(new Ellipse2D.Double(-a, -b, 2 * a, 2 * b));
		}

		private static double[] unitVector(Point2D to, Point2D from) {
			double dx = to.getX() - from.getX();
			double dy = to.getY() - from.getY();
			double norm = StrictMath.hypot(dx, dy);
			return norm == 0 ? new double[] {1, 0} : new double[] {dx / norm, dy / norm};
		}
	}

	/** Knee and foot node of each leg: LFore, RFore, LMid, RMid, LHind, RHind. */
	private static final int[][] LEG_NODES = {
		{AntSkeletonSpec.L_FORE_LEG, AntSkeletonSpec.L_FORE_FOOT},
		{AntSkeletonSpec.R_FORE_LEG, AntSkeletonSpec.R_FORE_FOOT},
		{AntSkeletonSpec.L_MID_LEG, AntSkeletonSpec.L_MID_FOOT},
		{AntSkeletonSpec.R_MID_LEG, AntSkeletonSpec.R_MID_FOOT},
		{AntSkeletonSpec.L_HIND_LEG, AntSkeletonSpec.L_HIND_FOOT},
		{AntSkeletonSpec.R_HIND_LEG, AntSkeletonSpec.R_HIND_FOOT},
	};
}
