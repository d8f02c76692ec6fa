// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.myrmex.model.Video;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.ui.internal.project.MissingVideos;

/** The first page: which frames to predict (SLEAP's Predict On). */
public final class FramesPage extends WizardPage {
	private final EditorState state;
	private final Map<PredictOn, Button> buttons = new EnumMap<>(PredictOn.class);
	private PredictOn choice;
	private Label summary;

	FramesPage(EditorState state) {
		super("frames", "Predict On", null);
		setDescription("Choose the frames of " + state.file().getFileName() + " to predict; their predicted "
				+ "instances are replaced, user instances stay" + (state.editor() == null ? "; the file is saved." : "."));
		this.state = state;
		this.choice = state.editor() == null ? PredictOn.ALL_VIDEOS
				: state.range() != null ? PredictOn.SELECTED_RANGE : PredictOn.CURRENT_FRAME;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		Group group = new Group(page, SWT.NONE);
		group.setText("Predict on");
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		for (PredictOn on : PredictOn.values()) {
			Button button = new Button(group, SWT.RADIO);
			button.setText(on.label());
			button.setSelection(on == choice);
			button.addListener(SWT.Selection, e -> {
				if (button.getSelection()) {
					choose(on);
				}
			});
			buttons.put(on, button);
		}
		summary = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(summary);
		setControl(page);
		validate();
	}

	/** Chooses the frames (as clicking its radio button does). */
	public void choose(PredictOn on) {
		choice = on;
		buttons.forEach((o, b) -> b.setSelection(o == on));
		validate();
	}

	/** @return the frames chosen; valid once the page is complete */
	FrameSelection selection() {
		return choice.selection(state);
	}

	private void validate() {
		String problem = choice.problem(state);
		if (problem == null) {
			problem = missingVideo(choice.selection(state));
		}
		summary.setText(problem == null ? "Predicts " + choice.selection(state) + " with the models of the next page."
				: "");
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String missingVideo(FrameSelection selection) {
		for (Video video : MissingVideos.of(state.labels(), state.file())) {
			if (selection.covers(video)) {
				return "Video " + video.getFilename() + " is missing: replace it in the Videos view first";
			}
		}
		return null;
	}
}
