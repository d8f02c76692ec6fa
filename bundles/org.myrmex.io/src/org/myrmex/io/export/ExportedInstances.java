// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

/** Which instances an export writes. */
public enum ExportedInstances {
	/** User and predicted instances. */
	ALL("user and predicted instances"),
	/** User instances only. */
	USER("user instances only"),
	/** Predicted instances only. */
	PREDICTED("predicted instances only");

	private final String label;

	ExportedInstances(String label) {
		this.label = label;
	}

	/** @return whether an instance, predicted or not, is written */
	public boolean includes(boolean predicted) {
		return this == ALL || (this == PREDICTED) == predicted;
	}

	/** @return what a person reads, e.g. "user instances only" */
	public String label() {
		return label;
	}
}
