// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.internal;

import java.util.List;

/** Moves candidates from an earlier processed frame into the current one (optical flow); the simple tracker has none. */
public interface CandidateShift {
	/**
	 * @param refT     the frame the poses are from
	 * @param t        the current frame
	 * @param poses    tracked poses of frame {@code refT}
	 * @return the poses as they are expected in frame {@code t}, keeping their tracks
	 */
	List<Pose> shift(int refT, int t, List<Pose> poses) throws FrameReadException;

	/** Reading a frame failed; the message names the video and frame. */
	final class FrameReadException extends Exception {
		private static final long serialVersionUID = 1L;

		public FrameReadException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
