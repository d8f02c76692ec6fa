// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import org.myrmex.model.LabeledFrame;
import org.myrmex.model.UserInstance;
import org.myrmex.nn.predict.FrameSelection;

/** The Predict wizard's choices of frames (SLEAP's Predict On), each turned into a {@link FrameSelection}. */
public enum PredictOn {
	CURRENT_FRAME("&Current frame"),
	SELECTED_RANGE("Selected &range on the timeline"),
	CURRENT_VIDEO("All frames of the current &video"),
	ALL_VIDEOS("All frames of &all videos"),
	LABELLED("&Labelled frames (with user instances)"),
	SUGGESTED("&Suggested frames"),
	UNLABELLED("Frames &without user instances (all videos)");

	private final String label;

	PredictOn(String label) {
		this.label = label;
	}

	/** @return the radio button's text */
	public String label() {
		return label;
	}

	/** @return why this choice cannot predict in {@code state}, or null when it can */
	String problem(EditorState state) {
		boolean needsVideo = this == CURRENT_FRAME || this == SELECTED_RANGE || this == CURRENT_VIDEO;
		if (needsVideo && state.editor() == null) {
			return "The current frame and video are those of an editor: open " + state.file().getFileName()
					+ " to predict them";
		}
		if (state.labels().getVideos().isEmpty() || needsVideo && state.video() == null) {
			return "The labels have no video to predict on: add one in the Videos view";
		}
		return switch (this) {
		case SELECTED_RANGE -> state.range() == null
				? "No frames are selected on the timeline: Shift+drag across the timeline to select a range" : null;
		case LABELLED -> state.labels().getLabeledFrames().stream().anyMatch(PredictOn::hasUser) ? null
				: "The labels have no labelled frames (frames with user instances)";
		case SUGGESTED -> state.labels().getSuggestions().isEmpty() ? "The labels have no suggested frames" : null;
		default -> null;
		};
	}

	private static boolean hasUser(LabeledFrame frame) {
		return frame.getInstances().stream().anyMatch(UserInstance.class::isInstance);
	}

	/** @return the frames this choice predicts in {@code state}; call only when {@link #problem} is null */
	FrameSelection selection(EditorState state) {
		return switch (this) {
		case CURRENT_FRAME -> FrameSelection.range(state.frame(), state.frame()).in(state.video());
		case SELECTED_RANGE -> FrameSelection.range(state.range()[0], state.range()[1]).in(state.video());
		case CURRENT_VIDEO -> FrameSelection.all().in(state.video());
		case ALL_VIDEOS -> FrameSelection.all();
		case LABELLED -> FrameSelection.labeled();
		case SUGGESTED -> FrameSelection.suggested();
		case UNLABELLED -> FrameSelection.unlabeled();
		};
	}
}
