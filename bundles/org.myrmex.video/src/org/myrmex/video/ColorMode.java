// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

/** How a frame is returned: 8-bit full-range grey or 8-bit RGB. */
public enum ColorMode {
	GRAY(1), RGB(3);

	private final int channels;

	ColorMode(int channels) {
		this.channels = channels;
	}

	public int channels() {
		return channels;
	}

	/** @return GRAY for 1 channel, RGB for 3 */
	public static ColorMode ofChannels(int channels) {
		return channels == 1 ? GRAY : RGB;
	}
}
