// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's resolution per conflict, as a preview of a merge collects them: each conflict the merger asks about is
 * remembered ({@link #asked()}) and gets its chosen resolution, else the default. Conflicts are told apart by
 * kind, input and description (frame, video, tracks), so the same merge asks about the same conflicts again.
 * Not thread-safe: one merge at a time.
 */
public final class MergeChoices implements ConflictResolver {
	private final Resolution fallback;
	private final Map<MergeConflict, Resolution> chosen = new HashMap<>();
	private final List<MergeConflict> asked = new ArrayList<>();

	/** @param fallback the resolution of a conflict nobody chose for */
	public MergeChoices(Resolution fallback) {
		this.fallback = Objects.requireNonNull(fallback, "fallback");
	}

	/** Chooses {@code resolution} for {@code conflict}. */
	public void choose(MergeConflict conflict, Resolution resolution) {
		chosen.put(Objects.requireNonNull(conflict, "conflict"), Objects.requireNonNull(resolution, "resolution"));
	}

	/** @return the resolution chosen for {@code conflict}, else the default */
	public Resolution of(MergeConflict conflict) {
		return chosen.getOrDefault(conflict, fallback);
	}

	/** Forgets the conflicts asked about; call before each merge. */
	public void startMerge() {
		asked.clear();
	}

	/** @return the conflicts the last merge asked about, in its order */
	public List<MergeConflict> asked() {
		return List.copyOf(asked);
	}

	@Override
	public Resolution resolve(MergeConflict conflict) {
		asked.add(conflict);
		return of(conflict);
	}
}
