// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

/** What to do with a conflict between a user instance already merged (the base) and one of a later input. */
public enum Resolution {
	/** The earlier instance stays, the later one is left out (what a refusing merge would have kept). */
	KEEP_BASE("keep base"),
	/** The later instance replaces the earlier one. */
	KEEP_NEW("keep new"),
	/** Both instances are kept on the frame. */
	KEEP_BOTH("keep both");

	private final String label;

	Resolution(String label) {
		this.label = label;
	}

	/** @return how a person reads the choice: "keep base", "keep new", "keep both" */
	public String label() {
		return label;
	}
}
