// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.List;
import java.util.Objects;

/**
 * What a merge did.
 *
 * @param inputs                      the sizes of each input, in order
 * @param total                       the sizes of the merged labels
 * @param duplicateUserInstances      user instances left out because an equal one was already merged
 * @param duplicatePredictedInstances predicted instances left out because an equal one was already merged
 * @param combinedFrames              merged frames that hold instances from more than one input
 * @param notes                       things a person may want to check that did not stop the merge (for
 *                                    example matched skeletons whose edges differ)
 */
public record MergeReport(List<LabelsCounts> inputs, LabelsCounts total, int duplicateUserInstances,
		int duplicatePredictedInstances, int combinedFrames, List<String> notes) {

	/** Validates and copies the arguments. */
	public MergeReport {
		inputs = List.copyOf(inputs);
		Objects.requireNonNull(total, "total");
		notes = List.copyOf(notes);
		if (duplicateUserInstances < 0 || duplicatePredictedInstances < 0 || combinedFrames < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
	}

	/**
	 * The report as the notebook printed it: one line per input, the merged total, then what was combined, e.g.
	 * <pre>
	 * input 1 col224.slp: 1 video, 20 frames (20 labelled), 358 instances (358 user, 0 predicted)
	 * input 2 col402.slp: 1 video, 21 frames (20 labelled), 400 instances (400 user, 0 predicted)
	 * merged: 2 videos, 41 frames (40 labelled), 758 instances (758 user, 0 predicted)
	 * duplicates left out: 0 user, 0 predicted instances; frames combined from several inputs: 0
	 * </pre>
	 */
	public String toText() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < inputs.size(); i++) {
			text.append("input ").append(i + 1).append(' ').append(inputs.get(i)).append('\n');
		}
		text.append(total).append('\n');
		text.append("duplicates left out: ").append(duplicateUserInstances).append(" user, ")
				.append(duplicatePredictedInstances).append(" predicted instances; frames combined from several inputs: ")
				.append(combinedFrames).append('\n');
		for (String note : notes) {
			text.append("note: ").append(note).append('\n');
		}
		return text.toString();
	}
}
