// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.session;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.analysis.eval.EvaluationException;
import org.myrmex.analysis.eval.RunEvaluation;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.runs.RunFolders;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingException;
import org.myrmex.nn.train.TrainingResult;

/**
 * Trains one session's model with the headless {@link Trainer}, then evaluates a complete run on its splits
 * ({@link RunEvaluation}, progress "Evaluating"). Cancelling (the Stop button, the progress view's
 * red square) stops after the current step and leaves a checkpoint to resume from. Runs of one group share a
 * scheduling rule, so a top-down pair trains centroid first, then centred instance.
 */
public final class TrainingJob extends Job {
	/** The job family of every training job. */
	public static final Object FAMILY = TrainingJob.class;
	private static final String PLUGIN = "org.myrmex.training.ui";
	private final TrainingSession session;

	/**
	 * @param session the session to train
	 * @param rule    shared by the runs of one group (they run one after the other)
	 */
	public TrainingJob(TrainingSession session, ISchedulingRule rule) {
		super("Training " + session.name() + " (" + session.runFolder().getFileName() + ")");
		this.session = session;
		setUser(true);
		setRule(rule);
		session.attach(this);
	}

	/**
	 * Evaluates a complete run as {@code myrmex train} does ({@link RunEvaluation}: {@code labels_pr.<split>.slp}
	 * and {@code metrics.<split>.json} in the run folder). A failed or cancelled evaluation is logged and leaves the
	 * training complete; a centroid model alone is not evaluated.
	 */
	private IStatus evaluate(TrainingResult result, IProgressMonitor monitor) {
		if ("centroid".equals(RunFolders.read(result.runFolder()).head())) {
			return Status.OK_STATUS;
		}
		ILog log = Platform.getLog(TrainingJob.class);
		try {
			RunEvaluation.evaluate(result.runFolder(),
					PredictionOptions.defaults().withDevice(session.options().device()),
					SubMonitor.convert(monitor, "Evaluating", 1));
		} catch (OperationCanceledException e) {
			log.info("Training " + session.name() + " is complete; its evaluation was cancelled");
		} catch (EvaluationException | RuntimeException | LinkageError e) {
			log.warn("Training " + session.name() + " is complete but its model was not evaluated: "
					+ (e instanceof EvaluationException ? e.getMessage() : String.valueOf(e)), e);
		} catch (OutOfMemoryError e) {
			log.warn("Training " + session.name() + " is complete but evaluating it ran out of memory", e);
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (session.state() == TrainingSession.State.STOPPING || monitor.isCanceled()) {
			session.set(TrainingSession.State.STOPPED, null);
			return Status.CANCEL_STATUS;
		}
		session.set(TrainingSession.State.RUNNING, null);
		try {
			TrainingResult result = Trainer.train(session.options(), session, monitor);
			session.finished(result);
			return evaluate(result, monitor);
		} catch (OperationCanceledException e) {
			session.set(TrainingSession.State.STOPPED, null);
			return Status.CANCEL_STATUS;
		} catch (TrainingException e) {
			session.set(TrainingSession.State.FAILED, e.getMessage());
			return Status.error("Training " + session.name() + " failed: " + e.getMessage(), e);
		} catch (RuntimeException | OutOfMemoryError | LinkageError e) {
			String why = e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage()
					+ "): lower the batch size or input scaling, or start Myrmex with more memory (-Xmx)" : String.valueOf(e);
			session.set(TrainingSession.State.FAILED, why);
			return new Status(IStatus.ERROR, PLUGIN, "Training " + session.name() + " failed: " + why, e);
		}
	}
}
