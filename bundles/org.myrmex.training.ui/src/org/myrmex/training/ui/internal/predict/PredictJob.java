// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Display;
import org.myrmex.io.LabelsFileException;
import org.myrmex.model.edit.PredictedFrame;
import org.myrmex.model.edit.PredictionCommands;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.nn.predict.PredictionProgress;
import org.myrmex.nn.predict.PredictionRun;
import org.myrmex.nn.predict.PredictionSummary;
import org.myrmex.tracking.TrackerKind;
import org.myrmex.tracking.TrackerOptions;
import org.myrmex.tracking.Tracking;
import org.myrmex.tracking.TrackingException;
import org.myrmex.tracking.VideoFrames;
import org.myrmex.tracking.ui.internal.run.TrackJob;
import org.myrmex.video.LabelsSaving;

/**
 * Predicts frames of an open labels editor's videos with a run from the editor's {@link ModelCache}, then puts all
 * predictions into the editor's labels as one undoable command on its stack; or predicts into labels open in no
 * editor and saves their file atomically. With tracker settings, the predicted instances are then tracked: in an
 * editor by a {@link TrackJob} (a second command), in a file before it is saved. The labels (or the file) are not
 * changed when the job fails or is cancelled. A user job: progress with frames/s and the time left, and a cancel button.
 */
public final class PredictJob extends Job {
	/** The family of prediction jobs, for {@code IJobManager.find}. */
	public static final Object FAMILY = new Object();
	private static final String PLUGIN = "org.myrmex.training.ui";
	private final EditorState state;
	private final FrameSelection selection;
	private final ModelCache cache;
	private final ModelCache.Key key;
	private final TrackerOptions tracking;
	private volatile TrackJob trackJob;
	private volatile int applied = -1;
	private volatile long predictNanos;

	/** @param tracking the tracker settings to track the predictions with afterwards, or null for none */
	PredictJob(EditorState state, FrameSelection selection, ModelCache cache, ModelCache.Key key,
			TrackerOptions tracking) {
		super("Predicting " + selection + " in " + state.file().getFileName());
		this.state = state;
		this.selection = selection;
		this.cache = cache;
		this.key = key;
		this.tracking = tracking;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** @return the frames whose predictions entered the editor, -1 until they did */
	public int appliedFrames() {
		return applied;
	}

	/** @return the job tracking the predictions in the editor once they are in, or null (none yet, or none asked) */
	public TrackJob trackJob() {
		return trackJob;
	}

	/** @return the time from the start of the job to the predictions of the last frame, in nanoseconds */
	public long predictNanos() {
		return predictNanos;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		long start = System.nanoTime();
		List<PredictedFrame> frames = new ArrayList<>();
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 110);
		PredictionRun run;
		try {
			progress.subTask("Loading the models");
			run = cache.take(key);
		} catch (ModelException e) {
			return Status.error(e.getMessage(), e);
		}
		try {
			if (state.editor() == null) {
				return intoFile(run, progress);
			}
			run.predict(state.labels(), state.file(), selection, frames::add, p -> progress.subTask(describe(p)),
					progress.split(100));
		} catch (PredictionException | LabelsFileException | TrackingException e) {
			return Status.error(e.getMessage(), e);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			return Status.error(state.file() + ": prediction failed: " + e, e);
		} finally {
			cache.give(key, run);
			monitor.done();
		}
		predictNanos = System.nanoTime() - start;
		IStatus[] result = { Status.OK_STATUS };
		Display.getDefault().syncExec(() -> result[0] = apply(frames));
		return result[0];
	}

	/** Predicts into labels open in no editor and saves them atomically: the file is unchanged on failure. */
	private IStatus intoFile(PredictionRun run, SubMonitor progress)
			throws PredictionException, LabelsFileException, TrackingException {
		PredictionSummary summary = run.run(state.labels(), state.file(), selection,
				p -> progress.subTask(describe(p)), progress.split(tracking == null ? 100 : 80));
		if (tracking != null) {
			progress.subTask("Tracking");
			try (VideoFrames frames = new VideoFrames(state.file())) {
				Tracking.run(state.labels(), tracking, tracking.tracker() == TrackerKind.FLOW ? frames : null,
						progress.split(20));
			}
		}
		progress.subTask("Saving " + state.file().getFileName());
		LabelsSaving.save(state.labels(), state.file(), state.file(), progress.split(10));
		applied = summary.frames();
		return Status.OK_STATUS;
	}

	/** On the UI thread: the predictions into the editor as one command. */
	private IStatus apply(List<PredictedFrame> frames) {
		if (state.editor().getSite() == null || state.editor().canvas() == null
				|| state.editor().canvas().control().isDisposed()) {
			return new Status(IStatus.WARNING, PLUGIN, state.file() + " was closed: its predictions were dropped");
		}
		Command command = PredictionCommands.replace(state.editor().getEditingDomain(), state.labels(), frames);
		if (!state.editor().execute(command)) {
			return frames.isEmpty() ? Status.OK_STATUS
					: new Status(IStatus.WARNING, PLUGIN, state.file() + " was being saved: predict again once it is saved");
		}
		applied = frames.size();
		if (tracking != null && !frames.isEmpty()) {
			trackJob = new TrackJob(state.editor(), tracking);
			trackJob.schedule();
		}
		return Status.OK_STATUS;
	}

	/** @return the progress text: frames done, speed and the time left */
	static String describe(PredictionProgress progress) {
		String eta = progress.etaNanos() < 0 ? "estimating the time left" : "about " + duration(progress.etaNanos()) + " left";
		return String.format("%d / %d frames, %.1f frames/s, %s", progress.frames(), progress.frameCount(),
				progress.framesPerSecond(), eta);
	}

	private static String duration(long nanos) {
		long seconds = Math.round(nanos / 1e9);
		return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
	}
}
