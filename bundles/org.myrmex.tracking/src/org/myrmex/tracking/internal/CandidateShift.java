// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.internal;

import java.util.List;
import java.util.Map;

/** Moves candidates from earlier processed frames into the current one (optical flow); the simple tracker has none. */
public interface CandidateShift {
	/**
	 * @param byFrame tracked poses by the frame they are from
	 * @param t       the current frame
	 * @return by the same frames, the poses as they are expected in frame {@code t}, keeping their tracks
	 */
	Map<Integer, List<Pose>> shift(Map<Integer, List<Pose>> byFrame, int t) throws FrameReadException;

	/** Reading a frame failed; the message names the video and frame. */
	final class FrameReadException extends Exception {
		private static final long serialVersionUID = 1L;

		public FrameReadException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
