// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

/**
 * Where a prediction run stands after a batch.
 *
 * @param frames       frames predicted so far
 * @param frameCount   frames the run predicts in all
 * @param instances    instances predicted so far
 * @param elapsedNanos time since the run started (opening the videos and building the graphs included)
 * @param etaNanos     the time left, from the rate since the first batch (whose graphs are built then); -1 while
 *                     unknown
 */
public record PredictionProgress(int frames, int frameCount, long instances, long elapsedNanos, long etaNanos) {

	/** @return frames per second since the start of the run */
	public double framesPerSecond() {
		return elapsedNanos <= 0 ? 0 : frames * 1e9 / elapsedNanos;
	}

	/** @return the fraction of the frames done, 0–1 */
	public double fraction() {
		return frameCount == 0 ? 1 : (double) frames / frameCount;
	}
}
