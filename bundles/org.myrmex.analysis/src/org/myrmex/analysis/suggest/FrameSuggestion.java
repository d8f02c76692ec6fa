// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import org.myrmex.model.Video;

/**
 * One frame suggested for labelling.
 *
 * @param video  the frame's video
 * @param frame  its index in the video
 * @param score  the method's ranking value, higher first (a random draw's order, a low prediction score's deficit,
 *               a jump's size in standard deviations …)
 * @param reason why the frame was picked, for people
 * @param method the method that picked it
 */
public record FrameSuggestion(Video video, int frame, double score, String reason, SuggestionMethod method) {
}
