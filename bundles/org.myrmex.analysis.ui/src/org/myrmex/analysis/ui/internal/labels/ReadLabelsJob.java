// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.labels;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.analysis.LabelAnalysis;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;

/**
 * Reads and analyses a labels file that no editor holds (one selected in the Project Explorer). The result goes to
 * the view on this job's thread: the analysis, or why the file cannot be read.
 */
final class ReadLabelsJob extends Job {
	/** The job family (tests wait for it). */
	static final Object FAMILY = ReadLabelsJob.class;

	/** What came of a read: the analysis with each video's, or the problem naming the file. */
	record Result(Path file, LabelAnalysis all, java.util.List<LabelAnalysis.VideoAnalysis> videos, String problem) {
	}

	private final Path file;
	private final Consumer<Result> done;

	ReadLabelsJob(Path file, Consumer<Result> done) {
		super("Analysing " + file.getFileName());
		this.file = file;
		this.done = done;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			Labels labels = LabelsFiles.load(file, progress.split(1));
			progress.split(1);
			done.accept(new Result(file, LabelAnalysis.of(labels), LabelAnalysis.perVideo(labels), null));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (LabelsFileException e) {
			done.accept(new Result(file, null, null, e.getMessage()));
		} catch (RuntimeException e) { // a file of a layout the reader does not expect
			done.accept(new Result(file, null, null, "Cannot read " + file + ": " + e));
		}
		return Status.OK_STATUS;
	}
}
