// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.List;

/**
 * One labelled frame to train on: where its image is and the points of its user instances.
 *
 * @param index      position of the frame among the labels' labelled frames (SLEAP's {@code *_inds})
 * @param video      index of the video in the labels
 * @param frame      frame number in that video
 * @param instances  one array per instance, {@code x0, y0, x1, y1, …} in skeleton order, NaN for a missing or
 *                   invisible point
 */
public record Sample(int index, int video, int frame, List<double[]> instances) {

	/** Copies the list (the arrays are shared). */
	public Sample {
		instances = List.copyOf(instances);
	}
}
