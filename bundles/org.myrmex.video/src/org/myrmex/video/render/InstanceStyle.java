// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.render;

/**
 * How instances look, wherever they are drawn: the labelling canvas and rendered videos share these colours and
 * sizes, so that a rendered frame shows what the editor shows. Edges in the instance's colour (its track's, or
 * its place in the frame's); user nodes <b>red</b> until verified, <b>light blue</b> once verified, <b>grey</b>
 * (hollow) when marked not visible; predicted instances dashed with hollow nodes. Colours are {@code 0xRRGGBB}.
 */
public final class InstanceStyle {
	/** Fill of a user node not yet verified. */
	public static final int UNVERIFIED = 0xFF3030;
	/** Fill of a verified user node. */
	public static final int VERIFIED = 0x78C8FF;
	/** Outline of a user node marked not visible. */
	public static final int INVISIBLE = 0xA0A0A0;
	/** Outline of a visible user node. */
	public static final int OUTLINE = 0x000000;
	/** Node radius in screen (or rendered) pixels. */
	public static final int RADIUS = 5;
	/** Width of edges and of hollow node outlines. */
	public static final int EDGE_WIDTH = 2;
	/** Dash and gap of a predicted instance's edges. */
	public static final float[] PREDICTED_DASH = { 6, 4 };

	private static final int[] PALETTE = { 0xFAC828, 0x5ADC5A, 0xE678E6, 0x28D2D2, 0xFA8C3C, 0xA082FA, 0xC8F078,
			0xFA6E96 };

	private InstanceStyle() {
	}

	/** @return the colour of track {@code index} (or of the {@code index}-th untracked instance, or node) */
	public static int colour(int index) {
		return PALETTE[Math.floorMod(index, PALETTE.length)];
	}

	/** @return the fill of a user node: {@link #INVISIBLE}, {@link #VERIFIED} or {@link #UNVERIFIED} */
	public static int userNode(boolean visible, boolean complete) {
		return !visible ? INVISIBLE : complete ? VERIFIED : UNVERIFIED;
	}
}
