// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.train.SamplePrediction;
import org.myrmex.training.ui.internal.monitor.SampleImage;

/** The Training Monitor's sample picture from known maps: peaks per channel at the stride, heat only near them. */
class SampleImageTest {
	@Test
	void marksEachChannelsPeakAndHeatsOnlyAroundIt() {
		float[] grey = new float[16 * 16];
		Arrays.fill(grey, 0.5f);
		float[] maps = new float[4 * 4 * 2];
		maps[(2 * 4 + 1) * 2] = 0.8f; // channel 0: column 1, row 2
		maps[(0 * 4 + 3) * 2 + 1] = 0.4f; // channel 1: column 3, row 0
		SamplePrediction sample = new SamplePrediction(5, new FloatImage(16, 16, 1, grey), new FloatImage(4, 4, 2, maps),
				FloatImage.zeros(4, 4, 2), 4);
		SampleImage picture = SampleImage.of(sample);
		assertEquals(5, picture.epoch());
		assertEquals(16, picture.data().width);
		assertEquals(16, picture.data().height);
		assertEquals(0.8f, picture.top());
		assertEquals(2, picture.peaks().size());
		assertArrayEquals(new double[] { 4, 8, 0.8f }, picture.peaks().get(0), 1e-6);
		assertArrayEquals(new double[] { 12, 0, 0.4f }, picture.peaks().get(1), 1e-6);
		RGB far = picture.data().palette.getRGB(picture.data().getPixel(15, 15));
		assertEquals(new RGB(128, 128, 128), far); // no confidence: the input's grey
		RGB hot = picture.data().palette.getRGB(picture.data().getPixel(6, 10)); // the centre of map pixel (1, 2)
		assertTrue(hot.red > 170 && hot.green > 150 && hot.blue < 100, hot.toString()); // blended towards yellow
	}
}
