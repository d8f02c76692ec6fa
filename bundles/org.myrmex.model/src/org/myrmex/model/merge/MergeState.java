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

	void conflict(MergeConflict.Kind kind, int input, String description) {
		conflicts.add(new MergeConflict(kind, input, description));
	}
}
