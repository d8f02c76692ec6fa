// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.merge;

import java.util.Objects;

/**
 * One reason the merge was refused.
 *
 * @param kind        what kind of conflict
 * @param input       the 1-based number of the input it was found in
 * @param description what conflicts with what, naming skeletons, tracks, videos and frames
 */
public record MergeConflict(Kind kind, int input, String description) {
	/** The kinds of conflict the merger refuses to resolve on its own. */
	public enum Kind {
		/** A skeleton has the same node names as a merged one, in another order. */
		NODE_ORDER,
		/** A skeleton has the name of a merged one but other nodes. */
		SKELETON_NAME,
		/** One input has several tracks of one name, so matching tracks by name would join identities. */
		TRACK_NAME,
		/** Two different user instances of one track on one frame. */
		USER_TRACK,
		/** Two user instances with the same points on one frame but with different tracks. */
		USER_IDENTITY,
		/** A frame with predictions from two inputs that are not the same predictions. */
		PREDICTIONS;

		/**
		 * @return whether a {@link ConflictResolver} may resolve it: two different user instances of one frame
		 *         ({@link #USER_TRACK}, {@link #USER_IDENTITY})
		 */
		public boolean resolvable() {
			return this == USER_TRACK || this == USER_IDENTITY;
		}
	}

	/** Validates the arguments. */
	public MergeConflict {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(description, "description");
		if (input < 1) {
			throw new IllegalArgumentException("input numbers start at 1: " + input);
		}
	}

	@Override
	public String toString() {
		return "input " + input + ": " + description;
	}
}
