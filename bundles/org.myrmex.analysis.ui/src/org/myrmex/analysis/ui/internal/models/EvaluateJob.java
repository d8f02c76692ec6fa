// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.analysis.eval.EvaluationException;
import org.myrmex.analysis.eval.RunEvaluation;
import org.myrmex.nn.predict.PredictionOptions;

/**
 * Evaluates run folders one after the other with {@link RunEvaluation}, as {@code myrmex eval --run} does: each
 * split's labelled frames predicted into {@code labels_pr.<split>.slp}, its metrics into
 * {@code metrics.<split>.json} and {@code .npz}. Cancelling stops within the current batch; a run that fails is
 * reported by name and the others still run.
 */
public final class EvaluateJob extends Job {
	private static final String PLUGIN = "org.myrmex.analysis.ui";
	/** The job family (tests wait for it). */
	public static final Object FAMILY = EvaluateJob.class;
	private final List<Path> runs;

	EvaluateJob(List<Path> runs) {
		super(runs.size() == 1 ? "Evaluating " + runs.get(0).getFileName() : "Evaluating " + runs.size() + " runs");
		this.runs = List.copyOf(runs);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), runs.size());
		List<IStatus> failures = new ArrayList<>();
		try {
			for (Path run : runs) {
				progress.subTask(run.getFileName().toString());
				try {
					RunEvaluation.evaluate(run, PredictionOptions.defaults(), progress.split(1));
				} catch (EvaluationException e) {
					failures.add(Status.error(run + ": " + e.getMessage()));
				}
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		if (failures.isEmpty()) {
			return Status.OK_STATUS;
		}
		return new MultiStatus(PLUGIN, 0, failures.toArray(IStatus[]::new),
				failures.size() + " of " + runs.size() + " runs could not be evaluated", null);
	}
}
