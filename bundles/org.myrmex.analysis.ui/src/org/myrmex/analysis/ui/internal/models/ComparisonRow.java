// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.models;

import java.nio.file.Path;

import org.myrmex.analysis.eval.SplitMetrics;
import org.myrmex.nn.runs.RunInfo;
import org.myrmex.nn.runs.RunStatus;

/**
 * One row of the Model Comparison view: a run's split with its figures, a metrics file that cannot be read with
 * the reason, or a run without metrics files.
 *
 * @param run     the run folder as read
 * @param split   the split, null for a run without metrics files
 * @param metrics the split's figures, null when there are none
 * @param problem why the split's file cannot be read ({@code null} when it was read, or for a run not evaluated)
 */
public record ComparisonRow(RunInfo run, String split, SplitMetrics metrics, String problem) {

	/** @return the run's name: its folder's */
	public String name() {
		return run.folder().getFileName().toString();
	}

	/** @return the run folder */
	public Path folder() {
		return run.folder();
	}

	/** @return whether the run has no metrics files and a model to evaluate them with */
	public boolean evaluable() {
		return split == null && run.status() == RunStatus.COMPLETE;
	}

	/** @return what the row's last column says: the file read, why it cannot be read, or that there is none */
	public String note() {
		if (problem != null) {
			return problem;
		}
		if (metrics != null) {
			return metrics.file().getFileName().toString();
		}
		return evaluable() ? "not evaluated (Evaluate)" : "no metrics (" + run.status().label() + ")";
	}
}
