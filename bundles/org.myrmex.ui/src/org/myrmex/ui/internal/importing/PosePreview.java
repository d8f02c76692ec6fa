// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.importing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;

/**
 * Reads a chosen file in a Job to show what it holds (or why it cannot be read), then tells the page on the UI thread.
 * Results are kept per file, so going back to a file shows its counts at once.
 */
final class PosePreview {
	private final Consumer<Path> done;
	private final Map<Path, PoseCounts> counts = new ConcurrentHashMap<>();
	private final Map<Path, String> problems = new ConcurrentHashMap<>();
	private Job job;

	PosePreview(Consumer<Path> done) {
		this.done = done;
	}

	/** Starts reading {@code file} unless it was read; null reads nothing. */
	void show(Path file) {
		cancel();
		if (file == null || counts.containsKey(file) || problems.containsKey(file)) {
			return;
		}
		Display display = Display.getCurrent();
		job = Job.create("Reading " + file.getFileName(), (IProgressMonitor monitor) -> {
			try {
				counts.put(file, PoseCounts.of(LabelsFiles.load(file, monitor)));
			} catch (LabelsFileException e) {
				problems.put(file, e.getMessage());
			} catch (RuntimeException e) {
				problems.put(file, file + ": cannot be read (" + e + ")");
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> done.accept(file));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule(150);
	}

	void cancel() {
		if (job != null) {
			job.cancel();
		}
	}

	PoseCounts counts(Path file) {
		return counts.get(file);
	}

	String problem(Path file) {
		return problems.get(file);
	}
}
