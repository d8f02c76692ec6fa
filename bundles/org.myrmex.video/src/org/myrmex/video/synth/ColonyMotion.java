// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.synth;

import java.util.SplittableRandom;

/**
 * Deterministic walk of a few ants: each wanders with a randomly drifting turn rate and speed
 * (Ornstein–Uhlenbeck processes), steers back from the frame edges and away from its neighbours, swings
 * its legs in a tripod gait whose phase advances with the distance walked, and turns its head into and
 * bends its body along its turns. Every ant draws from its own split of one seeded
 * {@link SplittableRandom}; all maths is {@link StrictMath}, so the same parameters give the same poses
 * bit for bit.
 */
final class ColonyMotion {

	private static final int SUBSTEPS = 4;

	// all in body lengths, seconds and radians
	private static final double MEAN_SPEED = 0.85;
	private static final double SPEED_SD = 0.35;
	private static final double SPEED_TAU = 1.5;
	private static final double MIN_SPEED = 0.12;
	private static final double MAX_SPEED = 1.5;
	private static final double SPEED_RESPONSE_TAU = 0.3;
	private static final double FULL_STRIDE_SPEED = 0.35;
	private static final double TURN_SD = 0.9;
	private static final double TURN_TAU = 1.0;
	private static final double TURN_RESPONSE_TAU = 0.2;
	private static final double MAX_TURN = 3.0;
	private static final double EDGE_MARGIN = 0.8;
	private static final double EDGE_ZONE = 1.0;
	private static final double EDGE_GAIN = 5.0;
	private static final double NEIGHBOUR_RANGE = 1.8;
	private static final double NEIGHBOUR_GAIN = 4.0;
	private static final double MIN_START_DISTANCE = 1.6;
	private static final double HEAD_WANDER_SD = 0.12;
	private static final double HEAD_WANDER_TAU = 0.8;
	private static final double HEAD_INTO_TURN = 0.12;
	private static final double MAX_HEAD_TURN = 0.45;
	private static final double GASTER_ALONG_TURN = 0.09;
	private static final double GASTER_SWAY = 0.035;
	private static final double MAX_GASTER_BEND = 0.3;
	private static final double ANTENNA_RATE = 2.0 * StrictMath.PI * 2.5;

	private ColonyMotion() {
	}

	/** Poses indexed [frame][ant]. */
	static AntPose[][] simulate(ColonyParameters parameters, AntBodyPlan plan) {
		int antCount = parameters.antCount();
		double l = parameters.bodyLength();
		double dt = 1.0 / (parameters.fps() * SUBSTEPS);
		Arena arena = new Arena(parameters.width(), parameters.height(), EDGE_MARGIN * l);
		SplittableRandom root = new SplittableRandom(parameters.seed());
		Ant[] ants = new Ant[antCount];
		for (int i = 0; i < antCount; i++) {
			ants[i] = new Ant(root.split());
			ants[i].place(arena, ants, i, l);
		}
		AntPose[][] poses = new AntPose[parameters.frameCount()][antCount];
		for (int frame = 0; frame < poses.length; frame++) {
			for (int i = 0; i < antCount; i++) {
				poses[frame][i] = ants[i].pose(plan, parameters.width(), parameters.height());
			}
			for (int step = 0; step < SUBSTEPS; step++) {
				for (int i = 0; i < antCount; i++) {
					ants[i].steer(arena, ants, i, l, dt);
				}
				for (Ant ant : ants) {
					ant.move(arena, l, dt);
				}
			}
		}
		return poses;
	}

	/** Where body origins may go: the frame less a margin, collapsed to the centre if too small. */
	private static final class Arena {
		final double minX;
		final double maxX;
		final double minY;
		final double maxY;

		Arena(int width, int height, double margin) {
			double[] x = span(width, margin);
			double[] y = span(height, margin);
			minX = x[0];
			maxX = x[1];
			minY = y[0];
			maxY = y[1];
		}

		private static double[] span(int size, double margin) {
			double low = margin - 0.5;
			double high = size - 0.5 - margin;
			if (high < low) {
				double middle = (size - 1) / 2.0;
				return new double[] {middle, middle};
			}
			return new double[] {low, high};
		}

		double centreX() {
			return (minX + maxX) / 2;
		}

		double centreY() {
			return (minY + maxY) / 2;
		}
	}

	private static final class Ant {
		private final SplittableRandom random;
		double x;
		double y;
		double heading;
		double speed;
		double targetSpeed;
		double turnNoise;
		double turnRate;
		double desiredTurnRate;
		double slowdown = 1;
		double gaitPhase;
		double antennaPhase;
		double headWander;

		Ant(SplittableRandom random) {
			this.random = random;
		}

		void place(Arena arena, Ant[] ants, int self, double l) {
			double bestX = arena.centreX();
			double bestY = arena.centreY();
			double bestDistance = -1;
			for (int attempt = 0; attempt < 200 && bestDistance < MIN_START_DISTANCE * l; attempt++) {
				double candidateX = arena.minX + random.nextDouble() * (arena.maxX - arena.minX);
				double candidateY = arena.minY + random.nextDouble() * (arena.maxY - arena.minY);
				double nearest = Double.POSITIVE_INFINITY;
				for (int other = 0; other < self; other++) {
					nearest = StrictMath.min(nearest,
							StrictMath.hypot(ants[other].x - candidateX, ants[other].y - candidateY));
				}
				if (nearest > bestDistance) {
					bestDistance = nearest;
					bestX = candidateX;
					bestY = candidateY;
				}
			}
			x = bestX;
			y = bestY;
			heading = (random.nextDouble() * 2 - 1) * StrictMath.PI;
			targetSpeed = clamp(MEAN_SPEED + SPEED_SD * gaussian(), MIN_SPEED, MAX_SPEED) * l;
			speed = targetSpeed;
			turnNoise = TURN_SD * gaussian();
			turnRate = turnNoise;
			gaitPhase = random.nextDouble() * 2 * StrictMath.PI;
			antennaPhase = random.nextDouble() * 2 * StrictMath.PI;
			headWander = HEAD_WANDER_SD * gaussian();
		}

		/** Updates the noise processes and decides the turn rate and speed factor for this step. */
		void steer(Arena arena, Ant[] ants, int self, double l, double dt) {
			turnNoise = ornsteinUhlenbeck(turnNoise, 0, TURN_SD, TURN_TAU, dt);
			targetSpeed = clamp(ornsteinUhlenbeck(targetSpeed / l, MEAN_SPEED, SPEED_SD, SPEED_TAU, dt),
					MIN_SPEED, MAX_SPEED) * l;
			headWander = ornsteinUhlenbeck(headWander, 0, HEAD_WANDER_SD, HEAD_WANDER_TAU, dt);

			double zone = EDGE_ZONE * l;
			double edge = StrictMath.max(
					StrictMath.max(closeness(arena.minX + zone - x, zone), closeness(x - (arena.maxX - zone), zone)),
					StrictMath.max(closeness(arena.minY + zone - y, zone), closeness(y - (arena.maxY - zone), zone)));
			double toCentre = StrictMath.atan2(arena.centreY() - y, arena.centreX() - x);
			double steering = EDGE_GAIN * edge * edge * angleBetween(toCentre, heading);

			slowdown = 1;
			double range = NEIGHBOUR_RANGE * l;
			for (int other = 0; other < ants.length; other++) {
				if (other == self) {
					continue;
				}
				double dx = x - ants[other].x;
				double dy = y - ants[other].y;
				double distance = StrictMath.hypot(dx, dy);
				if (distance >= range || distance == 0) {
					continue;
				}
				double near = 1 - distance / range;
				steering += NEIGHBOUR_GAIN * near * angleBetween(StrictMath.atan2(dy, dx), heading);
				boolean ahead = dx * StrictMath.cos(heading) + dy * StrictMath.sin(heading) < 0;
				if (ahead) {
					slowdown = StrictMath.min(slowdown, 0.35 + 0.65 * (1 - near));
				}
			}
			desiredTurnRate = clamp(turnNoise + steering, -MAX_TURN, MAX_TURN);
		}

		void move(Arena arena, double l, double dt) {
			turnRate += (desiredTurnRate - turnRate) * dt / TURN_RESPONSE_TAU;
			speed += (targetSpeed * slowdown - speed) * dt / SPEED_RESPONSE_TAU;
			heading = StrictMath.IEEEremainder(heading + turnRate * dt, 2 * StrictMath.PI);
			x = clamp(x + speed * StrictMath.cos(heading) * dt, arena.minX, arena.maxX);
			y = clamp(y + speed * StrictMath.sin(heading) * dt, arena.minY, arena.maxY);
			gaitPhase = StrictMath.IEEEremainder(gaitPhase + 2 * StrictMath.PI * speed * dt
					/ (AntBodyPlan.STRIDE * l), 2 * StrictMath.PI);
			antennaPhase = StrictMath.IEEEremainder(antennaPhase + ANTENNA_RATE * dt, 2 * StrictMath.PI);
		}

		AntPose pose(AntBodyPlan plan, int width, int height) {
			double l = plan.bodyLength();
			double headTurn = clamp(HEAD_INTO_TURN * turnRate + headWander, -MAX_HEAD_TURN, MAX_HEAD_TURN);
			double gasterBend = clamp(-GASTER_ALONG_TURN * turnRate + GASTER_SWAY * StrictMath.sin(gaitPhase),
					-MAX_GASTER_BEND, MAX_GASTER_BEND);
			double strideScale = clamp(speed / (FULL_STRIDE_SPEED * l), 0, 1);
			double antennaSwing = StrictMath.sin(antennaPhase);
			Posture posture = new Posture(headTurn, gasterBend, gaitPhase, strideScale, antennaSwing);
			return plan.articulate(x, y, heading, posture, width, height);
		}

		private double ornsteinUhlenbeck(double value, double mean, double sd, double tau, double dt) {
			return value + (mean - value) * dt / tau + sd * StrictMath.sqrt(2 * dt / tau) * gaussian();
		}

		/** A standard normal deviate by Box–Muller, from this ant's stream only. */
		private double gaussian() {
			double u = 1 - random.nextDouble();
			double v = random.nextDouble();
			return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
		}
	}

	private static double closeness(double depth, double zone) {
		return clamp(depth / zone, 0, 1);
	}

	/** Signed smallest angle from {@code from} to {@code to}, in [-pi, pi]. */
	private static double angleBetween(double to, double from) {
		return StrictMath.IEEEremainder(to - from, 2 * StrictMath.PI);
	}

	private static double clamp(double value, double low, double high) {
		return value < low ? low : value > high ? high : value;
	}
}
