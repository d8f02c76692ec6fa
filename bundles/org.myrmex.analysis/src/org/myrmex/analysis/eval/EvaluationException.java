// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

/** Ground truth and predictions that cannot be evaluated together; the message names the files and the reason. */
public class EvaluationException extends Exception {
	private static final long serialVersionUID = 1L;

	public EvaluationException(String message) {
		super(message);
	}
}
