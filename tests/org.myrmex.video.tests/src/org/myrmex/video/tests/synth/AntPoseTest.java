// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myrmex.video.synth.AntPose;
import org.myrmex.video.synth.AntSkeletonSpec;
import org.myrmex.video.synth.ColonyParameters;
import org.myrmex.video.synth.Posture;
import org.myrmex.video.synth.SyntheticColony;

class AntPoseTest {

	@Test
	void visibleExactlyInsideTheFrameWithPixelCentresAtIntegers() {
		double[] xs = new double[18];
		double[] ys = new double[18];
		double[][] points = {{-0.5, 0}, {-0.51, 0}, {99.49, 0}, {99.5, 0}, {0, -0.5}, {0, -0.51}, {0, 49.49},
			{0, 49.5}, {Double.NaN, 3}, {50, 25}};
		boolean[] expected = {true, false, true, false, true, false, true, false, false, true};
		for (int i = 0; i < points.length; i++) {
			xs[i] = points[i][0];
			ys[i] = points[i][1];
		}
		AntPose pose = new AntPose(xs, ys, 100, 50, 70, Posture.REST);
		for (int i = 0; i < points.length; i++) {
			assertEquals(expected[i], pose.isVisible(i), "point " + points[i][0] + ", " + points[i][1]);
		}
	}

	@Test
	void flagsOffFrameNodesOfAColonyTooBigForItsFrame() {
		SyntheticColony colony = SyntheticColony.generate(
				ColonyParameters.defaults().withSize(120, 100).withBodyLength(110).withFrames(60, 30));
		int visible = 0;
		int hidden = 0;
		for (int f = 0; f < colony.frameCount(); f++) {
			for (AntPose pose : colony.poses(f)) {
				for (int n = 0; n < pose.nodeCount(); n++) {
					boolean inside = pose.x(n) >= -0.5 && pose.x(n) < 119.5 && pose.y(n) >= -0.5
							&& pose.y(n) < 99.5;
					assertEquals(inside, pose.isVisible(n), "frame " + f + " node " + n);
					if (inside) {
						visible++;
					} else {
						hidden++;
					}
				}
			}
		}
		assertTrue(visible > 100, "visible nodes " + visible);
		assertTrue(hidden > 100, "hidden nodes " + hidden);
	}

	@Test
	void copiesItsInputAndValidatesIt() {
		double[] xs = new double[18];
		double[] ys = new double[18];
		AntPose pose = new AntPose(xs, ys, 10, 10, 70, Posture.REST);
		xs[0] = 42;
		assertEquals(0, pose.x(AntSkeletonSpec.HEAD));
		pose.xs()[0] = 42;
		assertEquals(0, pose.x(AntSkeletonSpec.HEAD));
		assertThrows(IllegalArgumentException.class, () -> new AntPose(new double[17], ys, 10, 10, 70, Posture.REST));
		assertThrows(IllegalArgumentException.class, () -> new AntPose(xs, ys, 0, 10, 70, Posture.REST));
		assertFalse(new AntPose(xs, ys, 10, 10, 70, Posture.REST).equals(
				new AntPose(xs, ys, 10, 10, 71, Posture.REST)));
	}
}
