// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

/**
 * One row of a {@code .slp} file's {@code frames} table: a labelled frame and the range of its rows in the
 * {@code instances} table, {@code [instanceStart, instanceEnd)}.
 */
public record SlpFrame(long frameId, int video, long frameIndex, long instanceStart, long instanceEnd) {
	public SlpFrame {
		if (instanceEnd < instanceStart) {
			throw new IllegalArgumentException("instance range [" + instanceStart + ", " + instanceEnd + ") is reversed");
		}
	}

	/** @return how many instances the frame holds */
	public long instanceCount() {
		return instanceEnd - instanceStart;
	}
}
