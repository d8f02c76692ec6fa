// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;

/** The labels being built by one merge, with what was found on the way. */
final class MergeState {
	final Labels merged = LabelsFactory.eINSTANCE.createLabels();
	final List<MergeConflict> conflicts = new ArrayList<>();
	final List<String> notes = new ArrayList<>();
	int duplicateUserInstances;
	int duplicatePredictedInstances;
	private final ConflictResolver resolver;

	MergeState(ConflictResolver resolver) {
		this.resolver = resolver;
	}

	void conflict(MergeConflict.Kind kind, int input, String description) {
		conflicts.add(new MergeConflict(kind, input, description));
	}

	/**
	 * A conflict the resolver may resolve: its resolution, noted in the report, or {@code null} when it stays a
	 * conflict (recorded).
	 */
	Resolution resolve(MergeConflict.Kind kind, int input, String description) {
		MergeConflict conflict = new MergeConflict(kind, input, description);
		Resolution resolution = kind.resolvable() ? resolver.resolve(conflict) : null;
		if (resolution == null) {
			conflicts.add(conflict);
		} else {
			notes.add(conflict + ": " + resolution.label());
		}
		return resolution;
	}
}
