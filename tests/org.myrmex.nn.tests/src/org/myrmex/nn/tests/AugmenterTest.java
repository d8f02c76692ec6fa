// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.myrmex.nn.config.OptimizationConfig.Augmentation;
import org.myrmex.nn.data.Augmenter;
import org.myrmex.nn.data.Example;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.data.Preprocess;
import org.myrmex.nn.data.Targets;

class AugmenterTest {

	/** An image with a Gaussian blob (σ 3) at each point. */
	private static Example blobs(double[] points) {
		int w = 80;
		int h = 60;
		float[] data = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				for (int i = 0; i < points.length; i += 2) {
					if (Double.isNaN(points[i])) {
						continue;
					}
					double d2 = Math.pow(x - points[i], 2) + Math.pow(y - points[i + 1], 2);
					data[y * w + x] = Math.max(data[y * w + x], (float) Math.exp(-d2 / 18));
				}
			}
		}
		return new Example(new FloatImage(w, h, 1, data), List.of(points));
	}

	@Test
	void flipSwapsSymmetricChannelsAtTheMirroredPosition() {
		// nodes: head, left, right; left <-> right
		double[] points = { 40, 10, 20, 30, Double.NaN, Double.NaN };
		Example flipped = Augmenter.flip(blobs(points), true, new int[] { 0, 2, 1 });
		double[] p = flipped.instances().get(0);
		assertArrayEquals(new double[] { 39, 10 }, new double[] { p[0], p[1] });
		assertTrue(Double.isNaN(p[2]));
		assertArrayEquals(new double[] { 59, 30 }, new double[] { p[4], p[5] });
		FloatImage maps = Targets.confidenceMaps(flipped.image(), p, 1, 2);
		assertEquals(0f, maps.max(1));
		assertArrayEquals(new int[] { 59, 30 }, maps.argmax(2));
		assertEquals(1f, flipped.image().get(59, 30, 0), 1e-6);
	}

	@Test
	void verticalFlipMirrorsRows() {
		Example flipped = Augmenter.flip(blobs(new double[] { 40, 10 }), false, new int[] { 0 });
		assertEquals(49, flipped.instances().get(0)[1], 1e-9);
		assertEquals(1f, flipped.image().get(40, 49, 0), 1e-6);
	}

	@Test
	void rotationMovesPointsWithTheImage() {
		double[] points = { 55, 20, 30, 40 };
		Example rotated = Augmenter.affine(blobs(points), 37, 1.05, 3, -2);
		double[] p = rotated.instances().get(0);
		assertNotEquals(55, p[0], 1);
		for (int i = 0; i < 4; i += 2) {
			int x = (int) Math.round(p[i]);
			int y = (int) Math.round(p[i + 1]);
			FloatImage maps = Targets.confidenceMaps(rotated.image(), new double[] { p[i], p[i + 1] }, 1, 3);
			assertArrayEquals(maps.argmax(0), argmaxNear(rotated.image(), x, y), "node " + i / 2);
			assertTrue(rotated.image().get(x, y, 0) > 0.9, "blob at " + x + "," + y);
		}
	}

	@Test
	void quarterTurnIsCounterClockwiseOnScreen() {
		Example rotated = Augmenter.affine(blobs(new double[] { 59.5, 29.5 }), 90, 1, 0, 0);
		double[] p = rotated.instances().get(0);
		assertEquals(39.5, p[0], 1e-9);
		assertEquals(9.5, p[1], 1e-9);
	}

	@Test
	void randomCropKeepsPointsOnTheirPixels() {
		Example cropped = Augmenter.randomCrop(blobs(new double[] { 40, 30 }), 48, 40, new Random(3));
		assertEquals(48, cropped.image().width());
		assertEquals(40, cropped.image().height());
		double[] p = cropped.instances().get(0);
		assertEquals(1f, cropped.image().get((int) p[0], (int) p[1], 0), 1e-6);
	}

	@Test
	void sizeMatchingScalesToFitAndPadsTheRest() {
		Example matched = Preprocess.matchSize(blobs(new double[] { 40, 30 }), 160, 160);
		assertEquals(160, matched.image().width());
		assertEquals(160, matched.image().height());
		assertArrayEquals(new double[] { 80, 60 }, matched.instances().get(0));
		assertEquals(0f, matched.image().get(10, 150, 0));
		assertTrue(matched.image().get(80, 60, 0) > 0.9);
	}

	@Test
	void sameRandomGivesTheSameAugmentation() {
		Augmentation everything = DataFixtures.everything();
		Augmenter augmenter = new Augmenter(everything, new int[] { 0, 1 });
		Example example = blobs(new double[] { 30, 30, 50, 20 });
		Example a = augmenter.apply(example, new Random(7));
		Example b = augmenter.apply(example, new Random(7));
		Example c = augmenter.apply(example, new Random(8));
		assertArrayEquals(a.image().data(), b.image().data());
		assertArrayEquals(a.instances().get(0), b.instances().get(0));
		assertNotEquals(a.instances().get(0)[0], c.instances().get(0)[0]);
		for (float v : a.image().data()) {
			assertTrue(v >= 0 && v <= 1);
		}
	}

	private static int[] argmaxNear(FloatImage image, int cx, int cy) {
		int[] best = { cx, cy };
		for (int y = cy - 3; y <= cy + 3; y++) {
			for (int x = cx - 3; x <= cx + 3; x++) {
				if (image.get(x, y, 0) > image.get(best[0], best[1], 0)) {
					best = new int[] { x, y };
				}
			}
		}
		return best;
	}
}
