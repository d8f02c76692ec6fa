// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.Objects;

import org.myrmex.model.Labels;

/**
 * The outcome of a merge.
 *
 * @param labels the merged labels: new objects, the inputs are left unchanged
 * @param report what was merged
 */
public record MergeResult(Labels labels, MergeReport report) {
	/** Validates the arguments. */
	public MergeResult {
		Objects.requireNonNull(labels, "labels");
		Objects.requireNonNull(report, "report");
	}
}
