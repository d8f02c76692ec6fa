// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

/**
 * Decides conflicts a person can resolve ({@link MergeConflict.Kind#resolvable()}: two user instances of one frame)
 * while {@link LabelsMerger} merges; every other conflict still refuses the merge.
 */
@FunctionalInterface
public interface ConflictResolver {
	/** Resolves nothing: every conflict refuses the merge, as {@code myrmex merge} does. */
	ConflictResolver REFUSE = conflict -> null;

	/**
	 * @param conflict a resolvable conflict, described as the refusing merge would list it
	 * @return what to do, or {@code null} to leave it a conflict that refuses the merge
	 */
	Resolution resolve(MergeConflict conflict);
}
