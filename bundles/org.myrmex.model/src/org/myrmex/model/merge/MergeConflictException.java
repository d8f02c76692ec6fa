// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.List;

/** The merge was refused; {@link #getConflicts()} lists every conflict found, in input order. */
public class MergeConflictException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient List<MergeConflict> conflicts;

	/**
	 * @param conflicts the conflicts, at least one
	 * @throws IllegalArgumentException if {@code conflicts} is empty
	 */
	public MergeConflictException(List<MergeConflict> conflicts) {
		super(message(conflicts));
		this.conflicts = List.copyOf(conflicts);
	}

	private static String message(List<MergeConflict> conflicts) {
		if (conflicts.isEmpty()) {
			throw new IllegalArgumentException("a merge conflict exception needs at least one conflict");
		}
		StringBuilder message = new StringBuilder("cannot merge: ").append(conflicts.size())
				.append(conflicts.size() == 1 ? " conflict" : " conflicts");
		for (MergeConflict conflict : conflicts) {
			message.append("\n  ").append(conflict);
		}
		return message.toString();
	}

	/** @return every conflict found */
	public List<MergeConflict> getConflicts() {
		return conflicts;
	}
}
