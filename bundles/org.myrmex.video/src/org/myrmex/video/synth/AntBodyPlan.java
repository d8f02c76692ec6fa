// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.synth;

/**
 * Proportions of the synthetic ant and the articulation that turns a place, a heading and a
 * {@link Posture} into the 18 labelled nodes. The renderer draws from the same proportions, so every
 * label sits where the drawing puts that body part (see {@code antSkeleton.json}'s labelling guide):
 * Head just behind the front of the head, Neck between head and thorax, UpperThorax at the joint of the
 * two thorax segments, LowerThorax at the rear of the thorax, Petiole where the petiole meets the gaster,
 * Abdomen just inside the gaster tip, *Leg at the knee and *Foot at the leg tip.
 *
 * <p>Lengths are fractions of the body length (head front to gaster tip). Distances along the body are
 * measured backwards from the head front. The ant is seen from above in image coordinates (y down), so
 * its left side is the heading turned a quarter turn anticlockwise on screen. All maths is
 * {@link StrictMath}, so poses are the same on every JVM.
 */
public final class AntBodyPlan {

	// distances from the head front, fractions of the body length
	static final double D_HEAD = 0.03;
	static final double D_HEAD_CENTRE = 0.09;
	static final double D_NECK = 0.20;
	static final double D_FRONT_PIVOT = 0.21;
	static final double D_PRONOTUM_CENTRE = 0.27;
	static final double D_UPPER_THORAX = 0.30;
	static final double D_PROPODEUM_CENTRE = 0.40;
	static final double D_ORIGIN = 0.38;
	static final double D_LOWER_THORAX = 0.47;
	static final double D_REAR_PIVOT = 0.50;
	static final double D_PETIOLE_CENTRE = 0.535;
	static final double D_PETIOLE = 0.575;
	static final double D_GASTER_CENTRE = 0.76;
	static final double D_ABDOMEN = 0.925;

	// half lengths and half widths of the drawn segments
	static final double HEAD_HALF_LENGTH = 0.085;
	static final double HEAD_HALF_WIDTH = 0.068;
	static final double NECK_WIDTH = 0.045;
	static final double PRONOTUM_HALF_LENGTH = 0.07;
	static final double PRONOTUM_HALF_WIDTH = 0.058;
	static final double PROPODEUM_HALF_LENGTH = 0.10;
	static final double PROPODEUM_HALF_WIDTH = 0.043;
	static final double PETIOLE_HALF_LENGTH = 0.038;
	static final double PETIOLE_HALF_WIDTH = 0.036;
	static final double GASTER_HALF_LENGTH = 0.19;
	static final double GASTER_HALF_WIDTH = 0.118;
	static final double FEMUR_WIDTH = 0.028;
	static final double TIBIA_WIDTH = 0.019;
	static final double ANTENNA_WIDTH = 0.014;

	// legs: 0 fore, 1 mid, 2 hind; angles from the forward axis towards the leg's own side
	static final double[] COXA_D = {0.27, 0.37, 0.45};
	static final double[] COXA_SIDE = {0.035, 0.035, 0.032};
	static final double[] FEMUR_LENGTH = {0.21, 0.24, 0.28};
	static final double[] FEMUR_ANGLE = {rad(56), rad(95), rad(125)};
	static final double[] TIBIA_LENGTH = {0.30, 0.33, 0.40};
	static final double[] TIBIA_ANGLE = {rad(6), rad(145), rad(170)};

	// antennae: scape from the head front outwards, funiculus bent forwards at the elbow
	static final double ANTENNA_BASE_D = 0.045;
	static final double ANTENNA_BASE_SIDE = 0.04;
	static final double SCAPE_LENGTH = 0.14;
	static final double SCAPE_ANGLE = rad(45);
	static final double FUNICULUS_LENGTH = 0.22;
	static final double FUNICULUS_ANGLE = rad(10);
	static final double ANTENNA_SWEEP = rad(14);

	/** Distance covered per gait cycle, fraction of the body length. */
	static final double STRIDE = 0.32;

	/** How far a swinging foot is drawn in towards its coxa at mid-swing, fraction of its reach. */
	private static final double SWING_FOLD = 0.12;

	/** Longest coxa-to-foot distance, fraction of femur plus tibia. */
	private static final double MAX_REACH = 0.95;

	/** Legs in node order: side (+1 left, -1 right), pair, knee node, foot node, tripod. */
	private static final int[][] LEGS = {
		{+1, 0, AntSkeletonSpec.L_FORE_LEG, AntSkeletonSpec.L_FORE_FOOT, 0},
		{-1, 0, AntSkeletonSpec.R_FORE_LEG, AntSkeletonSpec.R_FORE_FOOT, 1},
		{+1, 1, AntSkeletonSpec.L_MID_LEG, AntSkeletonSpec.L_MID_FOOT, 1},
		{-1, 1, AntSkeletonSpec.R_MID_LEG, AntSkeletonSpec.R_MID_FOOT, 0},
		{+1, 2, AntSkeletonSpec.L_HIND_LEG, AntSkeletonSpec.L_HIND_FOOT, 0},
		{-1, 2, AntSkeletonSpec.R_HIND_LEG, AntSkeletonSpec.R_HIND_FOOT, 1},
	};

	private final double bodyLength;

	/** @param bodyLength head front to gaster tip, pixels */
	public AntBodyPlan(double bodyLength) {
		if (!(bodyLength > 0) || Double.isInfinite(bodyLength)) {
			throw new IllegalArgumentException("bodyLength must be positive and finite: " + bodyLength);
		}
		this.bodyLength = bodyLength;
	}

	public double bodyLength() {
		return bodyLength;
	}

	/** Distance covered per gait cycle, pixels. */
	public double strideLength() {
		return STRIDE * bodyLength;
	}

	/**
	 * Articulates the ant.
	 *
	 * @param originX     x of the body origin (middle of the thorax), pixels
	 * @param originY     y of the body origin, pixels
	 * @param heading     thorax direction, radians in image coordinates (0 = +x, pi/2 = +y = down)
	 * @param posture     head, gaster, legs and antennae
	 * @param frameWidth  frame width, for visibility
	 * @param frameHeight frame height, for visibility
	 */
	public AntPose articulate(double originX, double originY, double heading, Posture posture, int frameWidth,
			int frameHeight) {
		if (posture == null) {
			throw new IllegalArgumentException("posture must not be null");
		}
		if (!Double.isFinite(originX) || !Double.isFinite(originY) || !Double.isFinite(heading)) {
			throw new IllegalArgumentException(
					"origin and heading must be finite: " + originX + ", " + originY + ", " + heading);
		}
		double[] xs = new double[AntSkeletonSpec.NODE_COUNT];
		double[] ys = new double[AntSkeletonSpec.NODE_COUNT];
		double fx = StrictMath.cos(heading);
		double fy = StrictMath.sin(heading);
		// left of the ant seen from above, y down: heading turned anticlockwise on screen
		double lx = fy;
		double ly = -fx;
		double l = bodyLength;

		setOnAxis(xs, ys, AntSkeletonSpec.UPPER_THORAX, originX, originY, fx, fy, (D_ORIGIN - D_UPPER_THORAX) * l);
		setOnAxis(xs, ys, AntSkeletonSpec.LOWER_THORAX, originX, originY, fx, fy, (D_ORIGIN - D_LOWER_THORAX) * l);

		double frontX = originX + fx * (D_ORIGIN - D_FRONT_PIVOT) * l;
		double frontY = originY + fy * (D_ORIGIN - D_FRONT_PIVOT) * l;
		double headAngle = heading + posture.headTurn();
		double hx = StrictMath.cos(headAngle);
		double hy = StrictMath.sin(headAngle);
		setOnAxis(xs, ys, AntSkeletonSpec.NECK, frontX, frontY, hx, hy, (D_FRONT_PIVOT - D_NECK) * l);
		setOnAxis(xs, ys, AntSkeletonSpec.HEAD, frontX, frontY, hx, hy, (D_FRONT_PIVOT - D_HEAD) * l);

		double rearX = originX - fx * (D_REAR_PIVOT - D_ORIGIN) * l;
		double rearY = originY - fy * (D_REAR_PIVOT - D_ORIGIN) * l;
		double gasterAngle = heading + StrictMath.PI + posture.gasterBend();
		double gx = StrictMath.cos(gasterAngle);
		double gy = StrictMath.sin(gasterAngle);
		setOnAxis(xs, ys, AntSkeletonSpec.PETIOLE, rearX, rearY, gx, gy, (D_PETIOLE - D_REAR_PIVOT) * l);
		setOnAxis(xs, ys, AntSkeletonSpec.ABDOMEN, rearX, rearY, gx, gy, (D_ABDOMEN - D_REAR_PIVOT) * l);

		for (int[] leg : LEGS) {
			int side = leg[0];
			int pair = leg[1];
			double phase = posture.gaitPhase() + (leg[4] == 0 ? 0 : StrictMath.PI);
			double[] limb = leg(pair, posture.strideScale() * triangle(phase),
					posture.strideScale() * StrictMath.max(0, StrictMath.cos(phase)));
			// limb: coxa, knee and foot as (ahead of origin, out to the leg's side), body lengths
			for (int joint = 1; joint <= 2; joint++) {
				double ahead = limb[2 * joint] * l;
				double out = side * limb[2 * joint + 1] * l;
				int node = leg[1 + joint];
				xs[node] = originX + fx * ahead + lx * out;
				ys[node] = originY + fy * ahead + ly * out;
			}
		}
		return new AntPose(xs, ys, frameWidth, frameHeight, bodyLength, posture);
	}

	/**
	 * One leg in its side's frame: {coxa, knee, foot} as (ahead of the body origin, out to the side) pairs
	 * in body lengths. The foot slides along the body axis by a quarter stride either way of its rest
	 * place ({@code protraction} -1 to 1), so that a stance foot stays still on the floor while the body
	 * walks one stride per cycle; a swinging foot ({@code lift} 0 to 1) is drawn in towards the coxa as the
	 * leg folds. The knee follows by two-link inverse kinematics, bent the way it is at rest.
	 */
	static double[] leg(int pair, double protraction, double lift) {
		double coxaAhead = D_ORIGIN - COXA_D[pair];
		double coxaOut = COXA_SIDE[pair];
		double femur = FEMUR_LENGTH[pair];
		double tibia = TIBIA_LENGTH[pair];
		double restKneeAhead = femur * StrictMath.cos(FEMUR_ANGLE[pair]);
		double restKneeOut = femur * StrictMath.sin(FEMUR_ANGLE[pair]);
		double restFootAhead = restKneeAhead + tibia * StrictMath.cos(TIBIA_ANGLE[pair]);
		double restFootOut = restKneeOut + tibia * StrictMath.sin(TIBIA_ANGLE[pair]);
		// which way the knee bends: the sign of the turn from coxa-to-foot to coxa-to-knee at rest
		double bend = StrictMath.signum(restFootAhead * restKneeOut - restFootOut * restKneeAhead);

		double footAhead = (restFootAhead + protraction * STRIDE / 4) * (1 - SWING_FOLD * lift * lift);
		double footOut = restFootOut * (1 - SWING_FOLD * lift * lift);
		double reach = StrictMath.hypot(footAhead, footOut);
		// keep the knee clearly bent: a foot pushed past this reach slides round the coxa instead
		double shortest = StrictMath.abs(femur - tibia) * 1.05;
		double longest = (femur + tibia) * MAX_REACH;
		if (reach < shortest || reach > longest) {
			double scale = (reach < shortest ? shortest : longest) / reach;
			footAhead *= scale;
			footOut *= scale;
			reach *= scale;
		}
		double toFoot = StrictMath.atan2(footOut, footAhead);
		double atCoxa = StrictMath.acos((femur * femur + reach * reach - tibia * tibia) / (2 * femur * reach));
		double femurAngle = toFoot + bend * atCoxa;
		return new double[] {
			coxaAhead, coxaOut,
			coxaAhead + femur * StrictMath.cos(femurAngle), coxaOut + femur * StrictMath.sin(femurAngle),
			coxaAhead + footAhead, coxaOut + footOut,
		};
	}

	private static void setOnAxis(double[] xs, double[] ys, int node, double x, double y, double dx, double dy,
			double distance) {
		xs[node] = x + dx * distance;
		ys[node] = y + dy * distance;
	}

	/**
	 * A rounded triangle wave of period 2 pi, -1 to 1, 0 and rising at phase 0: the leg's protraction.
	 * Rising (swing, foot forwards) for half the cycle, falling (stance) for the other half, at nearly
	 * constant speed.
	 */
	static double triangle(double phase) {
		final double k = 0.97;
		return StrictMath.asin(k * StrictMath.sin(phase)) / StrictMath.asin(k);
	}

	private static double rad(double degrees) {
		return degrees * StrictMath.PI / 180;
	}
}
