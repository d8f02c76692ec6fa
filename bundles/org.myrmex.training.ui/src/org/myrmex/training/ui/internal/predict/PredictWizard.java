// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import org.eclipse.jface.wizard.Wizard;

/**
 * Run › Predict…: which frames of the active labels editor to predict (Predict On), with which models and settings,
 * and whether to track them afterwards;
 * Finish starts a {@link PredictJob} whose predictions enter the editor as one undoable command (or, for a labels
 * file open in no editor, are saved into it).
 */
public final class PredictWizard extends Wizard {
	/** The wizard's window title. */
	public static final String TITLE = "Predict";
	private final EditorState state;
	private final ModelCache cache;
	private FramesPage framesPage;
	private ModelsPage modelsPage;
	private TrackingPage trackingPage;
	private PredictJob job;

	/**
	 * @param state the labels editor to predict in (or the labels file)
	 * @param cache its loaded models
	 */
	PredictWizard(EditorState state, ModelCache cache) {
		this.state = state;
		this.cache = cache;
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		framesPage = new FramesPage(state);
		modelsPage = new ModelsPage(state, cache);
		addPage(framesPage);
		addPage(modelsPage);
		trackingPage = new TrackingPage();
		addPage(trackingPage);
	}

	/** @return the Tracking page */
	public TrackingPage trackingPage() {
		return trackingPage;
	}

	/** @return the Predict On page */
	public FramesPage framesPage() {
		return framesPage;
	}

	/** @return the models and settings page */
	public ModelsPage modelsPage() {
		return modelsPage;
	}

	/** @return the job Finish started, or null */
	public PredictJob job() {
		return job;
	}

	@Override
	public boolean performFinish() {
		if (!framesPage.isPageComplete() || !modelsPage.isPageComplete() || modelsPage.key() == null) {
			return false;
		}
		job = new PredictJob(state, framesPage.selection(), cache, modelsPage.key(), trackingPage.options());
		job.schedule();
		return true;
	}
}
