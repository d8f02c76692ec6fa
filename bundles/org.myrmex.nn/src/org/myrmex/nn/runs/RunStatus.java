// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.runs;

/** Where a run folder's training stands, as {@link RunFolders#read} tells it from the folder's files. */
public enum RunStatus {
	/** every epoch done (or early stopping), a best model saved */
	COMPLETE("complete"),
	/** cancelled by the user */
	STOPPED("stopped"),
	/** the process training it ended without a word (killed, power cut) */
	CRASHED("crashed"),
	/** ended with an error (the info's message says which) */
	FAILED("failed"),
	/** a live process (this one or another) trains it now */
	RUNNING("running"),
	/** a run's files without a best model and nothing to resume from */
	NO_MODEL("no model"),
	/** not a run folder */
	NOT_A_RUN("not a run");

	private final String label;

	RunStatus(String label) {
		this.label = label;
	}

	/** @return the status in words, e.g. "complete" */
	public String label() {
		return label;
	}
}
