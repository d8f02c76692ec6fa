// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myrmex.video.synth.AntPose;
import org.myrmex.video.synth.AntSkeletonSpec;
import org.myrmex.video.synth.ColonyParameters;
import org.myrmex.video.synth.SyntheticColony;

class SyntheticColonyTest {

	private static final ColonyParameters DEFAULTS = ColonyParameters.defaults();
	private static final double LENGTH = DEFAULTS.bodyLength();

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void describesTheClip() {
		SyntheticColony colony = SyntheticColony.generate(DEFAULTS);
		assertEquals(300, colony.frameCount());
		assertEquals(30.0, colony.fps());
		assertEquals(512, colony.width());
		assertEquals(512, colony.height());
		assertEquals(3, colony.antCount());
		assertEquals(3, colony.poses(299).size());
		assertEquals(18, colony.skeleton().nodeCount());
		assertThrows(IllegalArgumentException.class, () -> colony.poses(300));
		assertThrows(IllegalArgumentException.class, () -> colony.pose(0, 3));
		assertThrows(UnsupportedOperationException.class, () -> colony.poses(0).clear());
	}

	@Test
	void sameSeedGivesIdenticalPosesAndFrames() {
		SyntheticColony first = SyntheticColony.generate(DEFAULTS);
		SyntheticColony second = SyntheticColony.generate(DEFAULTS);
		for (int f = 0; f < first.frameCount(); f++) {
			assertEquals(first.poses(f), second.poses(f), "frame " + f);
		}
		assertArrayEquals(first.renderFrameGray(0), second.renderFrameGray(0));
		assertArrayEquals(first.renderFrameGray(217), second.renderFrameGray(217));
	}

	@Test
	void differentSeedGivesDifferentPosesAndFrames() {
		SyntheticColony first = SyntheticColony.generate(DEFAULTS);
		SyntheticColony second = SyntheticColony.generate(DEFAULTS.withSeed(DEFAULTS.seed() + 1));
		assertNotEquals(first.pose(0, 0), second.pose(0, 0));
		assertNotEquals(first.pose(150, 1), second.pose(150, 1));
		assertFalse(Arrays.equals(first.renderFrameGray(0), second.renderFrameGray(0)));
	}

	@Test
	void antsStayInsideTheFrameWithAMargin() {
		for (long seed = 1; seed <= 4; seed++) {
			SyntheticColony colony = SyntheticColony.generate(DEFAULTS.withSeed(seed));
			for (int f = 0; f < colony.frameCount(); f++) {
				for (AntPose pose : colony.poses(f)) {
					for (int n = 0; n < pose.nodeCount(); n++) {
						assertTrue(pose.isVisible(n), "seed " + seed + " frame " + f + " node " + n);
						assertTrue(pose.x(n) > 2 && pose.x(n) < 509 && pose.y(n) > 2 && pose.y(n) < 509,
								"seed " + seed + " frame " + f + " node " + n + " at " + pose.x(n) + ", " + pose.y(n));
					}
				}
			}
		}
	}

	@Test
	void antsMoveSmoothlyButReallyMove() {
		SyntheticColony colony = SyntheticColony.generate(DEFAULTS);
		for (int ant = 0; ant < colony.antCount(); ant++) {
			double maxStep = 0;
			double path = 0;
			double farthest = 0;
			double headingChange = 0;
			AntPose start = colony.pose(0, ant);
			for (int f = 1; f < colony.frameCount(); f++) {
				AntPose previous = colony.pose(f - 1, ant);
				AntPose pose = colony.pose(f, ant);
				for (int n = 0; n < pose.nodeCount(); n++) {
					maxStep = Math.max(maxStep, distance(previous, pose, n));
				}
				path += distance(previous, pose, AntSkeletonSpec.LOWER_THORAX);
				farthest = Math.max(farthest, distance(start, pose, AntSkeletonSpec.LOWER_THORAX));
				headingChange += Math.abs(Math.IEEEremainder(pose.heading() - previous.heading(), 2 * Math.PI));
			}
			assertTrue(maxStep < 0.25 * LENGTH, "ant " + ant + " jumps " + maxStep + " px in a frame");
			assertTrue(path > 4 * LENGTH, "ant " + ant + " walks only " + path + " px");
			assertTrue(farthest > 1.5 * LENGTH, "ant " + ant + " gets only " + farthest + " px from its start");
			assertTrue(headingChange > Math.PI, "ant " + ant + " turns only " + headingChange + " rad in all");
		}
	}

	@Test
	void antsKeepApart() {
		SyntheticColony colony = SyntheticColony.generate(DEFAULTS.withAntCount(4));
		for (int f = 0; f < colony.frameCount(); f++) {
			for (int a = 0; a < 4; a++) {
				for (int b = 0; b < a; b++) {
					double apart = Math.hypot(
							colony.pose(f, a).x(AntSkeletonSpec.LOWER_THORAX) - colony.pose(f, b).x(AntSkeletonSpec.LOWER_THORAX),
							colony.pose(f, a).y(AntSkeletonSpec.LOWER_THORAX) - colony.pose(f, b).y(AntSkeletonSpec.LOWER_THORAX));
					assertTrue(apart > 0.5 * LENGTH, "frame " + f + " ants " + a + ", " + b + " " + apart + " px apart");
				}
			}
		}
	}

	@Test
	void legsSwingPeriodicallyInTripods() {
		SyntheticColony colony = SyntheticColony.generate(DEFAULTS);
		int frames = colony.frameCount();
		for (int ant = 0; ant < colony.antCount(); ant++) {
			double[] lFore = new double[frames];
			double[] rFore = new double[frames];
			double[] rMid = new double[frames];
			for (int f = 0; f < frames; f++) {
				AntPose pose = colony.pose(f, ant);
				lFore[f] = forwardOfThorax(pose, AntSkeletonSpec.L_FORE_FOOT);
				rFore[f] = forwardOfThorax(pose, AntSkeletonSpec.R_FORE_FOOT);
				rMid[f] = forwardOfThorax(pose, AntSkeletonSpec.R_MID_FOOT);
			}
			double range = Arrays.stream(lFore).max().getAsDouble() - Arrays.stream(lFore).min().getAsDouble();
			assertTrue(range > 0.08 * LENGTH, "ant " + ant + " LForeFoot swings only " + range + " px");
			int crossings = meanCrossings(lFore);
			assertTrue(crossings >= 20, "ant " + ant + " LForeFoot swings only " + crossings / 2 + " times");
			assertTrue(correlation(lFore, rFore) < -0.5, "fore feet not in antiphase: " + correlation(lFore, rFore));
			assertTrue(correlation(lFore, rMid) > 0.5, "LFore and RMid not in one tripod: " + correlation(lFore, rMid));
		}
	}

	@Test
	void rendersGreyFramesOfTheClipSize() {
		SyntheticColony colony = SyntheticColony.generate(DEFAULTS.withSize(320, 240).withBodyLength(50));
		BufferedImage image = colony.renderFrame(3);
		assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
		assertEquals(320, image.getWidth());
		assertEquals(240, image.getHeight());
		byte[] bytes = colony.renderFrameGray(3);
		assertEquals(320 * 240, bytes.length);
		assertArrayEquals(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), bytes);
		assertFalse(Arrays.equals(bytes, colony.renderFrameGray(4)));
	}

	@Test
	void rejectsBadParametersNamingThem() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> DEFAULTS.withAntCount(0));
		assertTrue(error.getMessage().contains("antCount"), error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withFrames(0, 30));
		assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withFrames(10, Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withSize(8, 512));
		assertThrows(IllegalArgumentException.class, () -> SyntheticColony.generate(null));
	}

	private static double distance(AntPose a, AntPose b, int node) {
		return Math.hypot(a.x(node) - b.x(node), a.y(node) - b.y(node));
	}

	/** How far a node is ahead of LowerThorax along the thorax axis. */
	private static double forwardOfThorax(AntPose pose, int node) {
		double fx = pose.x(AntSkeletonSpec.UPPER_THORAX) - pose.x(AntSkeletonSpec.LOWER_THORAX);
		double fy = pose.y(AntSkeletonSpec.UPPER_THORAX) - pose.y(AntSkeletonSpec.LOWER_THORAX);
		double norm = Math.hypot(fx, fy);
		return ((pose.x(node) - pose.x(AntSkeletonSpec.LOWER_THORAX)) * fx
				+ (pose.y(node) - pose.y(AntSkeletonSpec.LOWER_THORAX)) * fy) / norm;
	}

	private static int meanCrossings(double[] values) {
		double mean = Arrays.stream(values).average().getAsDouble();
		int crossings = 0;
		for (int i = 1; i < values.length; i++) {
			if ((values[i - 1] - mean) * (values[i] - mean) < 0) {
				crossings++;
			}
		}
		return crossings;
	}

	private static double correlation(double[] a, double[] b) {
		double meanA = Arrays.stream(a).average().getAsDouble();
		double meanB = Arrays.stream(b).average().getAsDouble();
		double ab = 0;
		double aa = 0;
		double bb = 0;
		for (int i = 0; i < a.length; i++) {
			ab += (a[i] - meanA) * (b[i] - meanB);
			aa += (a[i] - meanA) * (a[i] - meanA);
			bb += (b[i] - meanB) * (b[i] - meanB);
		}
		return ab / Math.sqrt(aa * bb);
	}
}
