// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.render;

import java.util.Locale;

/**
 * How a labelled video is drawn and encoded. {@link #defaults()} draws as the labelling canvas does at 1:1.
 *
 * @param colourBy     what gives an instance (or a node) its colour
 * @param nodeRadius   node radius in output pixels (≥ 1)
 * @param edges        whether skeleton edges are drawn
 * @param trail        frames of track trails behind each tracked instance (0: none)
 * @param frameNumbers whether the frame number is written in the top-left corner
 * @param scale        output size relative to the video (0 &lt; scale ≤ 4)
 * @param crf          libx264 quality, 0 (lossless) to 51
 * @param fps          frames per second of the output; 0 for the video's own (30 where it has none)
 */
public record RenderOptions(ColourBy colourBy, int nodeRadius, boolean edges, int trail, boolean frameNumbers,
		double scale, int crf, double fps) {

	/** What gives drawn things their colour. */
	public enum ColourBy {
		/** Each track its colour; an untracked instance the colour of its place in the frame (the editor's way). */
		TRACK,
		/** Each instance of a frame its own colour, tracks ignored. */
		INSTANCE,
		/** Each node its own colour, edges in the colour of their source node. */
		NODE;

		/** @return the name the command line takes: track, instance or node */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** @throws IllegalArgumentException naming the choices */
		public static ColourBy of(String id) {
			for (ColourBy value : values()) {
				if (value.id().equals(id)) {
					return value;
				}
			}
			throw new IllegalArgumentException("colour by track, instance or node, not '" + id + "'");
		}
	}

	/** @throws IllegalArgumentException saying which value is out of range */
	public RenderOptions {
		if (colourBy == null) {
			throw new IllegalArgumentException("colour by track, instance or node");
		}
		if (nodeRadius < 1 || nodeRadius > 100) {
			throw new IllegalArgumentException("node size " + nodeRadius + " must be 1 to 100 pixels");
		}
		if (trail < 0 || trail > 10_000) {
			throw new IllegalArgumentException("trail " + trail + " must be 0 to 10000 frames");
		}
		if (!(scale > 0 && scale <= 4)) {
			throw new IllegalArgumentException("scale " + scale + " must be above 0 and at most 4");
		}
		if (crf < 0 || crf > 51) {
			throw new IllegalArgumentException("crf " + crf + " must be 0 to 51");
		}
		if (!(fps >= 0 && fps <= 1000)) {
			throw new IllegalArgumentException("fps " + fps + " must be 0 (the video's) to 1000");
		}
	}

	/** @return colour by track, the editor's node size, edges, no trails or frame numbers, scale 1, crf 18 */
	public static RenderOptions defaults() {
		return new RenderOptions(ColourBy.TRACK, InstanceStyle.RADIUS, true, 0, false, 1, 18, 0);
	}

	public RenderOptions withColourBy(ColourBy value) {
		return new RenderOptions(value, nodeRadius, edges, trail, frameNumbers, scale, crf, fps);
	}

	public RenderOptions withNodeRadius(int value) {
		return new RenderOptions(colourBy, value, edges, trail, frameNumbers, scale, crf, fps);
	}

	public RenderOptions withEdges(boolean value) {
		return new RenderOptions(colourBy, nodeRadius, value, trail, frameNumbers, scale, crf, fps);
	}

	public RenderOptions withTrail(int value) {
		return new RenderOptions(colourBy, nodeRadius, edges, value, frameNumbers, scale, crf, fps);
	}

	public RenderOptions withFrameNumbers(boolean value) {
		return new RenderOptions(colourBy, nodeRadius, edges, trail, value, scale, crf, fps);
	}

	public RenderOptions withScale(double value) {
		return new RenderOptions(colourBy, nodeRadius, edges, trail, frameNumbers, value, crf, fps);
	}

	public RenderOptions withCrf(int value) {
		return new RenderOptions(colourBy, nodeRadius, edges, trail, frameNumbers, scale, value, fps);
	}

	public RenderOptions withFps(double value) {
		return new RenderOptions(colourBy, nodeRadius, edges, trail, frameNumbers, scale, crf, value);
	}
}
