// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

/** Training data that cannot be used: the message names the problem (file, node, video) in the user's terms. */
public class DataException extends Exception {
	private static final long serialVersionUID = 1L;

	public DataException(String message) {
		super(message);
	}

	public DataException(String message, Throwable cause) {
		super(message, cause);
	}
}
