// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myrmex.video.synth.AntBodyPlan;
import org.myrmex.video.synth.AntPose;
import org.myrmex.video.synth.AntRenderer;
import org.myrmex.video.synth.AntSkeletonSpec;
import org.myrmex.video.synth.ColonyParameters;
import org.myrmex.video.synth.Posture;
import org.myrmex.video.synth.SyntheticColony;

class AntRendererTest {

	private static final int[] AXIS = {AntSkeletonSpec.HEAD, AntSkeletonSpec.NECK, AntSkeletonSpec.UPPER_THORAX,
		AntSkeletonSpec.LOWER_THORAX, AntSkeletonSpec.PETIOLE, AntSkeletonSpec.ABDOMEN};

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void bodyNodesAreDarkAndTheFloorFarFromAntsIsLight() {
		SyntheticColony colony = SyntheticColony.generate(ColonyParameters.defaults());
		int w = colony.width();
		double length = colony.parameters().bodyLength();
		for (int f : new int[] {0, 100, 200, 299}) {
			byte[] frame = colony.renderFrameGray(f);
			for (AntPose ant : colony.poses(f)) {
				for (int node : AXIS) {
					int grey = grey(frame, w, ant.x(node), ant.y(node));
					assertTrue(grey < 100, "frame " + f + " node " + node + " grey " + grey);
				}
			}
			double[] far = farthestFloorPoint(colony.poses(f), w, colony.height());
			int grey = grey(frame, w, far[0], far[1]);
			assertTrue(far[2] > 0.6 * length, "no free floor in frame " + f);
			assertTrue(grey > 150, "frame " + f + " floor at " + far[0] + ", " + far[1] + " grey " + grey);
		}
	}

	@Test
	void drawsTheLegsWhereTheirNodesAre() {
		AntBodyPlan plan = new AntBodyPlan(90);
		AntPose ant = plan.articulate(100, 100, 0.4, Posture.REST, 200, 200);
		byte[] frame = new AntRenderer(200, 200, 7).renderGray(0, List.of(ant));
		int[] legNodes = {AntSkeletonSpec.L_FORE_LEG, AntSkeletonSpec.R_MID_LEG, AntSkeletonSpec.L_HIND_LEG,
			AntSkeletonSpec.R_HIND_LEG};
		for (int node : legNodes) {
			int grey = grey(frame, 200, ant.x(node), ant.y(node));
			assertTrue(grey < 120, "knee " + node + " grey " + grey);
		}
		// well beyond the reach of any leg is floor
		int floor = grey(frame, 200, 100, 190);
		assertTrue(floor > 150, "floor grey " + floor);
	}

	@Test
	void sameSeedSameBytesOtherSeedOtherBytes() {
		AntPose ant = new AntBodyPlan(60).articulate(64, 64, 1.0, new Posture(0.1, -0.1, 2, 1, 0.5), 128, 128);
		byte[] first = new AntRenderer(128, 128, 11).renderGray(5, List.of(ant));
		byte[] again = new AntRenderer(128, 128, 11).renderGray(5, List.of(ant));
		byte[] otherSeed = new AntRenderer(128, 128, 12).renderGray(5, List.of(ant));
		byte[] otherFrame = new AntRenderer(128, 128, 11).renderGray(6, List.of(ant));
		byte[] empty = new AntRenderer(128, 128, 11).renderGray(5, List.of());
		assertArrayEquals(first, again);
		assertFalse(Arrays.equals(first, otherSeed));
		assertFalse(Arrays.equals(first, otherFrame), "sensor noise changes per frame");
		assertTrue(grey(empty, 128, 64, 64) > 150 && grey(first, 128, 64, 64) < 100);
	}

	private static int grey(byte[] frame, int width, double x, double y) {
		return frame[(int) Math.round(y) * width + (int) Math.round(x)] & 0xFF;
	}

	/** The grid point of the inner frame farthest from every node: {x, y, distance}. */
	private static double[] farthestFloorPoint(List<AntPose> ants, int width, int height) {
		double[] best = {0, 0, -1};
		for (int y = height / 8; y < height * 7 / 8; y += 4) {
			for (int x = width / 8; x < width * 7 / 8; x += 4) {
				double nearest = Double.POSITIVE_INFINITY;
				for (AntPose ant : ants) {
					for (int n = 0; n < ant.nodeCount(); n++) {
						nearest = Math.min(nearest, Math.hypot(ant.x(n) - x, ant.y(n) - y));
					}
				}
				if (nearest > best[2]) {
					best = new double[] {x, y, nearest};
				}
			}
		}
		return best;
	}
}
