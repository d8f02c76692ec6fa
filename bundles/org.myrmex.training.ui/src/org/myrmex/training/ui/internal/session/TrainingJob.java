// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingException;

/**
 * Trains one session's model with the headless {@link Trainer}. Cancelling (the Stop button, the progress view's
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
			session.finished(Trainer.train(session.options(), session, monitor));
			return Status.OK_STATUS;
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
