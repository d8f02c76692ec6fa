// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.runs;

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
import org.myrmex.nn.runs.RunFolders;
import org.myrmex.nn.runs.RunInfo;
import org.myrmex.nn.runs.RunStatus;

/**
 * Reads the run folders the Model Runs view lists: {@code <labels folder>/models/*} and the folders the user added
 * (each a run folder, or a folder of run folders). Scheduled again while it waits, it runs once: the view asks for a
 * read after every change it hears of, and this coalesces them.
 */
final class ReadRunsJob extends Job {
	/** The job family (tests wait for it). */
	static final Object FAMILY = ReadRunsJob.class;
	private final Consumer<List<RunRow>> done;
	private volatile Path labelsFolder;

	/** @param done given the rows, on this job's thread */
	ReadRunsJob(Consumer<List<RunRow>> done) {
		super("Reading model runs");
		this.done = done;
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Reads the runs of the labels in {@code folder} (null: none) after {@code delay} ms. */
	void read(Path folder, long delay) {
		labelsFolder = folder;
		schedule(delay);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Path folder = labelsFolder;
		List<RunRow> rows = new ArrayList<>();
		if (folder != null) {
			List<Path> added = AddedFolders.get(folder);
			SubMonitor progress = SubMonitor.convert(monitor, 1 + added.size());
			Set<Path> seen = new LinkedHashSet<>();
			for (RunInfo info : RunFolders.scan(folder.resolve("models"))) {
				seen.add(info.folder().toAbsolutePath().normalize());
				rows.add(new RunRow(info, false, null));
			}
			progress.split(1);
			for (Path entry : added) {
				RunInfo single = RunFolders.read(entry);
				List<RunInfo> found = single.status() != RunStatus.NOT_A_RUN ? List.of(single) : RunFolders.scan(entry);
				if (found.isEmpty()) {
					found = List.of(single); // listed as "not a run", so that it can be removed from the list
				}
				for (RunInfo info : found) {
					if (seen.add(info.folder().toAbsolutePath().normalize())) {
						rows.add(new RunRow(info, true, entry));
					}
				}
				progress.split(1);
			}
		}
		done.accept(rows);
		return Status.OK_STATUS;
	}
}
