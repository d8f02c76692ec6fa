// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.List;

/**
 * An image with the points of its instances in the image's pixel coordinates, between the steps of the pipeline.
 *
 * @param image     the image, values in [0, 1]
 * @param instances one array per instance, {@code x0, y0, x1, y1, …}, NaN for missing points
 */
public record Example(FloatImage image, List<double[]> instances) {

	/** Copies the list (the arrays are shared; steps make new ones). */
	public Example {
		instances = List.copyOf(instances);
	}
}
