// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

/** Suggestions cannot be made: the message names the labels file, video or setting and what is wrong. */
public final class SuggestionException extends Exception {
	private static final long serialVersionUID = 1L;

	public SuggestionException(String message) {
		super(message);
	}
}
