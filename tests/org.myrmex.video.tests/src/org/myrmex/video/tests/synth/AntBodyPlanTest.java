// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myrmex.video.synth.AntBodyPlan;
import org.myrmex.video.synth.AntPose;
import org.myrmex.video.synth.AntSkeletonSpec;
import org.myrmex.video.synth.AntSkeletonSpec.IndexPair;
import org.myrmex.video.synth.Posture;

class AntBodyPlanTest {

	private static final double LENGTH = 70;
	private static final int[] AXIS = {AntSkeletonSpec.HEAD, AntSkeletonSpec.NECK, AntSkeletonSpec.UPPER_THORAX,
		AntSkeletonSpec.LOWER_THORAX, AntSkeletonSpec.PETIOLE, AntSkeletonSpec.ABDOMEN};

	private final AntBodyPlan plan = new AntBodyPlan(LENGTH);

	@Test
	void restPoseIsMirrorSymmetricAcrossTheBodyAxis() {
		for (double heading : new double[] {0, 1.1, -2.5}) {
			AntPose pose = plan.articulate(250, 260, heading, Posture.REST, 512, 512);
			double[][] body = toBodyFrame(pose, 250, 260, heading);
			for (int node : AXIS) {
				assertEquals(0, body[1][node], 1e-9, "axial node off the axis: " + node);
			}
			for (IndexPair pair : AntSkeletonSpec.ANT.symmetries()) {
				int left = pair.first();
				int right = pair.second();
				assertEquals(body[0][left], body[0][right], 1e-9, "forward differs for pair " + pair);
				assertEquals(body[1][left], -body[1][right], 1e-9, "sideways not mirrored for pair " + pair);
				assertTrue(body[1][left] > 3, "left node not on the ant's left: " + body[1][left]);
			}
		}
	}

	@Test
	void nodesRunHeadToAbdomenAlongTheBodyWithAntProportions() {
		AntPose pose = plan.articulate(0, 0, 0, Posture.REST, 512, 512);
		for (int i = 1; i < AXIS.length; i++) {
			assertTrue(pose.x(AXIS[i]) < pose.x(AXIS[i - 1]), "node " + AXIS[i] + " not behind " + AXIS[i - 1]);
		}
		double headToAbdomen = pose.x(AntSkeletonSpec.HEAD) - pose.x(AntSkeletonSpec.ABDOMEN);
		assertTrue(headToAbdomen > 0.8 * LENGTH && headToAbdomen < LENGTH, "head to abdomen " + headToAbdomen);
		// fore feet reach forwards, hind feet backwards
		assertTrue(pose.x(AntSkeletonSpec.L_FORE_FOOT) > pose.x(AntSkeletonSpec.UPPER_THORAX));
		assertTrue(pose.x(AntSkeletonSpec.L_HIND_FOOT) < pose.x(AntSkeletonSpec.LOWER_THORAX));
		assertEquals(0.32 * LENGTH, plan.strideLength(), 1e-9);
	}

	@Test
	void gaitSwingsTheTwoTripodsInAntiphase() {
		Posture a = new Posture(0, 0, Math.PI / 2, 1, 0);
		Posture b = new Posture(0, 0, -Math.PI / 2, 1, 0);
		AntPose first = plan.articulate(0, 0, 0, a, 512, 512);
		AntPose second = plan.articulate(0, 0, 0, b, 512, 512);
		double lFore = first.x(AntSkeletonSpec.L_FORE_FOOT) - second.x(AntSkeletonSpec.L_FORE_FOOT);
		double rFore = first.x(AntSkeletonSpec.R_FORE_FOOT) - second.x(AntSkeletonSpec.R_FORE_FOOT);
		double rMid = first.x(AntSkeletonSpec.R_MID_FOOT) - second.x(AntSkeletonSpec.R_MID_FOOT);
		assertTrue(lFore > 5, "LForeFoot protracted by " + lFore);
		assertTrue(rFore < -5, "RForeFoot retracted by " + rFore);
		assertTrue(rMid > 5, "RMidFoot (same tripod as LForeFoot) protracted by " + rMid);
		assertEquals(first.x(AntSkeletonSpec.HEAD), second.x(AntSkeletonSpec.HEAD), 1e-9);
	}

	@Test
	void rejectsBadPostureAndLength() {
		assertThrows(IllegalArgumentException.class, () -> new AntBodyPlan(0));
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> new Posture(0, 0, 0, 1.5, 0));
		assertTrue(error.getMessage().contains("1.5"), error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new Posture(Double.NaN, 0, 0, 0, 0));
	}

	/** Node coordinates as {forward, left} relative to a body origin, left meaning the ant's left seen from above. */
	static double[][] toBodyFrame(AntPose pose, double originX, double originY, double heading) {
		double fx = Math.cos(heading);
		double fy = Math.sin(heading);
		double[][] body = new double[2][pose.nodeCount()];
		for (int n = 0; n < pose.nodeCount(); n++) {
			double dx = pose.x(n) - originX;
			double dy = pose.y(n) - originY;
			body[0][n] = dx * fx + dy * fy;
			body[1][n] = dx * fy - dy * fx;
		}
		return body;
	}
}
