// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import org.myrmex.nn.ComputeDevice;

/**
 * Settings of inference, SLEAP's defaults first ({@code sleap.nn.inference}).
 *
 * @param peakThreshold      minimum confidence of a peak (0.2)
 * @param integralRefinement refine peaks by integral regression (true) or by SLEAP's quarter-pixel step; unused
 *                           where the model has an offset-refinement head
 * @param integralPatchSize  side of the integral-regression patch (5)
 * @param batchSize          frames per network call (4)
 * @param maxInstances       keep at most this many instances per frame (top-down: the highest centroids;
 *                           bottom-up: the highest scores), or {@code null} for all
 * @param maxEdgeLengthRatio bottom-up: longest expected edge as a fraction of the image size (0.25)
 * @param distPenaltyWeight  bottom-up: weight of the penalty on longer edges (1.0)
 * @param pafLinePoints      bottom-up: points sampled along each candidate edge (10)
 * @param minLineScores      bottom-up: minimum score of a connection (0.25)
 * @param device             where TensorFlow runs
 */
public record PredictionOptions(double peakThreshold, boolean integralRefinement, int integralPatchSize,
		int batchSize, Integer maxInstances, double maxEdgeLengthRatio, double distPenaltyWeight, int pafLinePoints,
		double minLineScores, ComputeDevice device) {

	/** Checks the values. */
	public PredictionOptions {
		if (batchSize <= 0) {
			throw new IllegalArgumentException("batch size " + batchSize + " is not positive");
		}
		if (integralPatchSize <= 0 || integralPatchSize % 2 == 0) {
			throw new IllegalArgumentException("integral patch size " + integralPatchSize + " is not a positive odd number");
		}
		if (maxInstances != null && maxInstances <= 0) {
			throw new IllegalArgumentException("max instances " + maxInstances + " is not positive");
		}
		if (pafLinePoints < 2) {
			throw new IllegalArgumentException("PAF line points " + pafLinePoints + " is less than 2");
		}
		if (device == null) {
			throw new IllegalArgumentException("no compute device");
		}
	}

	/** @return SLEAP's defaults, on the best device available */
	public static PredictionOptions defaults() {
		return new PredictionOptions(0.2, true, 5, 4, null, 0.25, 1.0, 10, 0.25, ComputeDevice.AUTO);
	}

	/** @return these options with another peak threshold */
	public PredictionOptions withPeakThreshold(double value) {
		return new PredictionOptions(value, integralRefinement, integralPatchSize, batchSize, maxInstances,
				maxEdgeLengthRatio, distPenaltyWeight, pafLinePoints, minLineScores, device);
	}

	/** @return these options with another batch size */
	public PredictionOptions withBatchSize(int value) {
		return new PredictionOptions(peakThreshold, integralRefinement, integralPatchSize, value, maxInstances,
				maxEdgeLengthRatio, distPenaltyWeight, pafLinePoints, minLineScores, device);
	}

	/** @return these options with another instance limit ({@code null}: none) */
	public PredictionOptions withMaxInstances(Integer value) {
		return new PredictionOptions(peakThreshold, integralRefinement, integralPatchSize, batchSize, value,
				maxEdgeLengthRatio, distPenaltyWeight, pafLinePoints, minLineScores, device);
	}

	/** @return these options on another device */
	public PredictionOptions withDevice(ComputeDevice value) {
		return new PredictionOptions(peakThreshold, integralRefinement, integralPatchSize, batchSize, maxInstances,
				maxEdgeLengthRatio, distPenaltyWeight, pafLinePoints, minLineScores, value);
	}
}
