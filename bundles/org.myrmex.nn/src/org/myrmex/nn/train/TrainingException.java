// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

/** A training run that cannot start or go on, with a message naming the file, setting or problem. */
public class TrainingException extends Exception {
	private static final long serialVersionUID = 1L;

	/** @param message what is wrong, naming the file or setting */
	public TrainingException(String message) {
		super(message);
	}

	/** @param message what is wrong, naming the file or setting */
	public TrainingException(String message, Throwable cause) {
		super(message, cause);
	}
}
