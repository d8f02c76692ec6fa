// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.List;

import org.myrmex.nn.network.HeadOutput;
import org.myrmex.nn.predict.PredictionOptions;

/** Helpers shared by the predictors: picking outputs by kind and SLEAP's coordinate adjustments. */
public final class Outputs {
	/** Grid cells around a node's peak in which no other peak counts toward its spread ({@link Peaks#spreads}). */
	public static final int SPREAD_RADIUS = 2;

	private Outputs() {
	}

	/** @return the maps of the first output of a kind, or {@code null} when the network has none */
	public static Maps of(ModelRunner runner, List<Maps> maps, HeadOutput.Kind kind) {
		List<HeadOutput> outputs = runner.outputs();
		for (int i = 0; i < outputs.size(); i++) {
			if (outputs.get(i).kind() == kind) {
				return maps.get(i);
			}
		}
		return null;
	}

	/** @return the peak finder the options ask for */
	public static Peaks peaks(PredictionOptions options) {
		return new Peaks((float) options.peakThreshold(),
				options.integralRefinement() ? Peaks.Refinement.INTEGRAL : Peaks.Refinement.LOCAL,
				options.integralPatchSize());
	}

	/**
	 * SLEAP's mapping of a coordinate from the output grid to the image: × stride, then, where the input was scaled,
	 * ÷ scale + 0.5 (single precision, as SLEAP computes it).
	 */
	public static float toImage(float grid, int stride, double scale) {
		float pixels = grid * stride;
		return scale == 1.0 ? pixels : pixels / (float) scale + 0.5f;
	}

	/** @return {@code scaled} (in scaled-image pixels) mapped back to image pixels as {@link #toImage} does */
	public static float unscale(float scaled, double scale) {
		return scale == 1.0 ? scaled : scaled / (float) scale + 0.5f;
	}
}
