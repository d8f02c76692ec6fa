// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

/** The labels cannot be tracked as asked (no predictions, no scores to cull by, an unreadable frame …). */
public final class TrackingException extends Exception {
	private static final long serialVersionUID = 1L;

	public TrackingException(String message) {
		super(message);
	}

	public TrackingException(String message, Throwable cause) {
		super(message, cause);
	}
}
