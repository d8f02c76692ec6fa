// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

/**
 * A prediction run that cannot start or go on: a video that is missing or cannot be decoded, frames outside a video,
 * no frames to predict, labels whose skeleton lacks the model's nodes. The message names the file and the problem.
 */
public final class PredictionException extends Exception {
	private static final long serialVersionUID = 1L;

	/** @param message what is wrong, naming the file at fault */
	public PredictionException(String message) {
		super(message);
	}

	/** Same as {@link #PredictionException(String)} with the cause. */
	public PredictionException(String message, Throwable cause) {
		super(message, cause);
	}
}
