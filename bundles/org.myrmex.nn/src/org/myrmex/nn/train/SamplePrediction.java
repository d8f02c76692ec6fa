// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

import org.myrmex.nn.data.FloatImage;

/**
 * The network's output on one example after an epoch, for a preview.
 *
 * @param epoch          1-based
 * @param image          the network's input
 * @param confidenceMaps the predicted confidence maps (first output), at the output stride
 * @param expected       the target confidence maps of the example
 * @param stride         the output stride (image pixels per map pixel)
 */
public record SamplePrediction(int epoch, FloatImage image, FloatImage confidenceMaps, FloatImage expected,
		int stride) {
}
