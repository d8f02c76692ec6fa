// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.synth;

/**
 * The articulation of one ant at one instant, independent of where it is.
 *
 * @param headTurn     head angle relative to the thorax, radians, positive = clockwise on screen
 * @param gasterBend   petiole and gaster angle relative to the thorax, radians, positive = clockwise
 * @param gaitPhase    tripod gait phase, radians; 0 is mid-swing of the tripod LFore, RMid, LHind
 * @param strideScale  leg swing amplitude, 0 (standing, legs at rest angles) to 1 (full stride)
 * @param antennaSwing antenna sweep, -1 to 1 (left antenna forward at 1, right antenna at -1)
 */
public record Posture(double headTurn, double gasterBend, double gaitPhase, double strideScale,
		double antennaSwing) {

	/** Standing straight, legs at rest, antennae centred: left/right mirror symmetric. */
	public static final Posture REST = new Posture(0, 0, 0, 0, 0);

	public Posture {
		check("headTurn", headTurn);
		check("gasterBend", gasterBend);
		check("gaitPhase", gaitPhase);
		if (!(strideScale >= 0 && strideScale <= 1)) {
			throw new IllegalArgumentException("strideScale must be in [0, 1]: " + strideScale);
		}
		if (!(antennaSwing >= -1 && antennaSwing <= 1)) {
			throw new IllegalArgumentException("antennaSwing must be in [-1, 1]: " + antennaSwing);
		}
	}

	private static void check(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be finite: " + value);
		}
	}
}
