// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.util.List;

/**
 * The frames a method suggests, best first, and what the user should know about them.
 *
 * @param frames the suggested frames, distinct, none holding a user instance, ranked best first
 * @param notes  warnings for people: a video that could not be read (skipped), fewer frames than asked …
 */
public record SuggestionResult(List<FrameSuggestion> frames, List<String> notes) {

	/** Copies the lists. */
	public SuggestionResult {
		frames = List.copyOf(frames);
		notes = List.copyOf(notes);
	}
}
