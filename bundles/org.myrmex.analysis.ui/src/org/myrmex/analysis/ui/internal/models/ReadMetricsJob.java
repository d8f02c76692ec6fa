// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.analysis.eval.RunMetrics;
import org.myrmex.analysis.eval.RunMetrics.SplitFile;
import org.myrmex.nn.runs.RunFolders;
import org.myrmex.nn.runs.RunInfo;
import org.myrmex.nn.runs.RunStatus;
import org.myrmex.training.ui.internal.runs.AddedFolders;

/**
 * Reads the metrics files of every run of the labels in a folder: {@code <folder>/models/*} and the model folders
 * the user added in the Model Runs view (each a run folder or a folder of them). Scheduled again while it waits, it
 * runs once.
 */
final class ReadMetricsJob extends Job {
	/** The job family (tests wait for it). */
	static final Object FAMILY = ReadMetricsJob.class;
	private final Consumer<List<ComparisonRow>> done;
	private volatile Path labelsFolder;

	/** @param done given the rows, on this job's thread */
	ReadMetricsJob(Consumer<List<ComparisonRow>> done) {
		super("Reading the runs' metrics");
		this.done = done;
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Reads the runs of the labels in {@code folder} (null: none). */
	void read(Path folder) {
		labelsFolder = folder;
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Path folder = labelsFolder;
		List<ComparisonRow> rows = new ArrayList<>();
		if (folder != null) {
			List<RunInfo> runs = runs(folder);
			SubMonitor progress = SubMonitor.convert(monitor, runs.size());
			for (RunInfo run : runs) {
				List<SplitFile> files = RunMetrics.read(run.folder());
				if (files.isEmpty()) {
					rows.add(new ComparisonRow(run, null, null, null));
				}
				for (SplitFile file : files) {
					rows.add(new ComparisonRow(run, file.split(), file.metrics(), file.problem()));
				}
				progress.split(1);
			}
		}
		done.accept(rows);
		return Status.OK_STATUS;
	}

	private static List<RunInfo> runs(Path folder) {
		List<RunInfo> runs = new ArrayList<>();
		Set<Path> seen = new LinkedHashSet<>();
		for (RunInfo info : RunFolders.scan(folder.resolve("models"))) {
			seen.add(info.folder().toAbsolutePath().normalize());
			runs.add(info);
		}
		for (Path entry : AddedFolders.get(folder)) {
			RunInfo single = RunFolders.read(entry);
			List<RunInfo> found = single.status() != RunStatus.NOT_A_RUN ? List.of(single) : RunFolders.scan(entry);
			for (RunInfo info : found) {
				if (seen.add(info.folder().toAbsolutePath().normalize())) {
					runs.add(info);
				}
			}
		}
		return runs;
	}
}
