// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

/**
 * What a finished prediction run did.
 *
 * @param frames    frames predicted
 * @param instances predicted instances added to the labels
 * @param nanos     wall time of the run
 */
public record PredictionSummary(int frames, long instances, long nanos) {

	/** @return frames per second over the whole run */
	public double framesPerSecond() {
		return nanos <= 0 ? 0 : frames * 1e9 / nanos;
	}
}
