// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.synth;

/**
 * What to generate: a seed, how many ants, how many frames at what rate, the frame size in pixels and
 * the ants' body length in pixels (head front to gaster tip).
 */
public record ColonyParameters(long seed, int antCount, int frameCount, double fps, int width, int height,
		double bodyLength) {

	/** Largest accepted ant count. */
	public static final int MAX_ANTS = 64;

	/** Smallest accepted frame side, in pixels. */
	public static final int MIN_SIDE = 16;

	public ColonyParameters {
		if (antCount < 1 || antCount > MAX_ANTS) {
			throw new IllegalArgumentException("antCount must be 1.." + MAX_ANTS + ": " + antCount);
		}
		if (frameCount < 1) {
			throw new IllegalArgumentException("frameCount must be positive: " + frameCount);
		}
		if (!(fps > 0) || Double.isInfinite(fps)) {
			throw new IllegalArgumentException("fps must be positive and finite: " + fps);
		}
		if (width < MIN_SIDE) {
			throw new IllegalArgumentException("width must be at least " + MIN_SIDE + ": " + width);
		}
		if (height < MIN_SIDE) {
			throw new IllegalArgumentException("height must be at least " + MIN_SIDE + ": " + height);
		}
		if (!(bodyLength >= 4) || Double.isInfinite(bodyLength)) {
			throw new IllegalArgumentException("bodyLength must be finite and at least 4 px: " + bodyLength);
		}
	}

	/** Three 70-px ants, 300 frames at 30 fps, 512 × 512 pixels. */
	public static ColonyParameters defaults() {
		return new ColonyParameters(0x4D59524D4558L, 3, 300, 30.0, 512, 512, 70.0);
	}

	public ColonyParameters withSeed(long newSeed) {
		return new ColonyParameters(newSeed, antCount, frameCount, fps, width, height, bodyLength);
	}

	public ColonyParameters withAntCount(int newAntCount) {
		return new ColonyParameters(seed, newAntCount, frameCount, fps, width, height, bodyLength);
	}

	public ColonyParameters withFrames(int newFrameCount, double newFps) {
		return new ColonyParameters(seed, antCount, newFrameCount, newFps, width, height, bodyLength);
	}

	public ColonyParameters withSize(int newWidth, int newHeight) {
		return new ColonyParameters(seed, antCount, frameCount, fps, newWidth, newHeight, bodyLength);
	}

	public ColonyParameters withBodyLength(double newBodyLength) {
		return new ColonyParameters(seed, antCount, frameCount, fps, width, height, newBodyLength);
	}
}
