// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.myrmex.model.Video;
import org.myrmex.model.edit.PredictedFrame;
import org.myrmex.model.edit.PredictionCommands;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.nn.predict.PredictionListener;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.PredictionRun;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * Predicts one frame with the model folders chosen in the Generate Suggestions dialog and puts its predicted
 * instances into the editor's labels as one undoable command ({@link PredictionCommands#replace}), for correction.
 */
final class PredictFrameJob extends Job {
	private final LabelsEditor editor;
	private final List<Path> models;
	private final Video video;
	private final int frame;

	PredictFrameJob(LabelsEditor editor, List<Path> models, Video video, int frame) {
		super("Predicting frame " + frame);
		this.editor = editor;
		this.models = models;
		this.video = video;
		this.frame = frame;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<PredictedFrame> predicted = new ArrayList<>();
		try {
			List<PoseModel> loaded = new ArrayList<>();
			for (Path folder : models) {
				loaded.add(PoseModel.load(folder));
			}
			try (PredictionRun run = PredictionRun.create(loaded, PredictionOptions.defaults())) {
				run.predict(editor.labels(), editor.file(), FrameSelection.listed(Map.of(video, List.of(frame))),
						predicted::add, PredictionListener.NONE, monitor);
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ModelException | PredictionException | RuntimeException e) {
			return Status.error("Cannot predict frame " + frame + " of " + editor.file().getFileName() + ": "
					+ e.getMessage());
		}
		Display.getDefault().asyncExec(() -> {
			if (editor.canvas() != null && !editor.canvas().control().isDisposed() && !predicted.isEmpty()
					&& editor.labels().getVideos().contains(video)) {
				editor.execute(PredictionCommands.replace(editor.getEditingDomain(), editor.labels(), predicted));
			}
		});
		return Status.OK_STATUS;
	}
}
