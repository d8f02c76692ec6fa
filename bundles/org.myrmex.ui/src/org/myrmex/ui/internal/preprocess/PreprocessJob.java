// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.preprocess;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.myrmex.video.VideoException;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.PreprocessResult;
import org.myrmex.video.preprocess.Preprocessor;

/**
 * Re-encodes videos with {@link Preprocessor} in the background, with progress per frame and cancel. A failure is
 * an error status naming the file (the workbench shows it); outputs already finished are kept.
 */
public class PreprocessJob extends Job {
	/** Job family, so that tests and shutdown can wait for it. */
	public static final Object FAMILY = PreprocessJob.class;

	private final List<Path> inputs;
	private final Path outputFolder;
	private final PreprocessOptions options;
	private final Consumer<List<PreprocessResult>> done;

	/**
	 * @param inputs video files or folders of videos
	 * @param done told the results when every video is written (on this job's thread)
	 */
	public PreprocessJob(List<Path> inputs, Path outputFolder, PreprocessOptions options,
			Consumer<List<PreprocessResult>> done) {
		super("Pre-processing " + (inputs.size() == 1 ? inputs.get(0).getFileName().toString() : inputs.size() + " videos"));
		this.inputs = List.copyOf(inputs);
		this.outputFolder = outputFolder;
		this.options = options;
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<PreprocessResult> results;
		try {
			results = Preprocessor.run(inputs, outputFolder, options, monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (VideoException | IllegalArgumentException e) {
			return Status.error("Pre-processing stopped: " + e.getMessage(), e);
		}
		try {
			done.accept(results);
		} catch (RuntimeException e) {
			return Status.warning("The videos were written to " + outputFolder + ", but they could not be reported: " + e, e);
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
