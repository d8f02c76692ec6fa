// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

/**
 * What a tracking run did.
 *
 * @param frames    labelled frames processed
 * @param instances predicted instances given a track
 * @param tracks    tracks holding them
 * @param dropped   predicted instances removed (culled to the target count, or over max tracks), as SLEAP does
 * @param nanos     time taken
 */
public record TrackingSummary(int frames, int instances, int tracks, int dropped, long nanos) {

	public double framesPerSecond() {
		return nanos == 0 ? 0 : frames * 1e9 / nanos;
	}
}
