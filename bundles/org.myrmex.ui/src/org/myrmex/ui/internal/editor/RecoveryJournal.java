// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.myrmex.io.AtomicFiles;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;

/**
 * Crash recovery: while a labels file has unsaved edits, a copy of its labels is written beside it
 * ({@code .NAME.recovery.slp}) a few seconds after the last edit, atomically, in the background. A save or a
 * close that discards the edits deletes the journal. A registry in the workbench's state folder remembers
 * which journals exist, so that after a crash or a kill the next start can offer to restore them.
 */
public final class RecoveryJournal {
	/** How long after an edit the journal is written: edits in between are written together. */
	static final long DELAY_MS = 2000;
	static final Object FAMILY = RecoveryJournal.class;

	private final Path file;
	private final Path registry;
	private final Display display;
	private final Supplier<Labels> snapshot;
	private final Job job;

	/**
	 * @param snapshot called on the UI thread: a copy of the labels to journal, or null when there is nothing
	 *                 unsaved
	 */
	RecoveryJournal(Path file, Path registry, Display display, Supplier<Labels> snapshot) {
		this.file = file;
		this.registry = registry;
		this.display = display;
		this.snapshot = snapshot;
		job = Job.create("Journalling unsaved edits of " + file.getFileName(), this::write);
		job.setSystem(true);
	}

	/** @return where the journal of labels file {@code file} is kept */
	public static Path journalOf(Path file) {
		return file.resolveSibling("." + file.getFileName() + ".recovery.slp");
	}

	/** @return the labels files whose journals were left behind (by a crash or a kill), per {@code registry} */
	public static List<Path> pending(Path registry) {
		List<Path> files = new ArrayList<>();
		if (!Files.isDirectory(registry)) {
			return files;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(registry, "*.journal")) {
			for (Path entry : entries) {
				Path labelsFile = Path.of(Files.readString(entry, StandardCharsets.UTF_8).trim());
				if (Files.isRegularFile(journalOf(labelsFile))) {
					files.add(labelsFile);
				} else {
					Files.deleteIfExists(entry);
				}
			}
		} catch (IOException | RuntimeException e) {
			log("Cannot read the recovery registry " + registry, e);
		}
		return files;
	}

	/** Deletes the journal of {@code file} and forgets it. */
	public static void discard(Path file, Path registry) {
		try {
			// the registry entry first: a journal is offered only through its entry, so a kill between the two
			// leaves at most a journal nobody offers, which the next save or discard deletes
			Files.deleteIfExists(entryOf(file, registry));
			Files.deleteIfExists(journalOf(file));
		} catch (IOException e) {
			log("Cannot delete the recovery journal of " + file, e);
		}
	}

	/** Writes the journal {@link #DELAY_MS} after now, unless a write is already waiting. */
	void schedule() {
		if (job.getState() != Job.SLEEPING && job.getState() != Job.WAITING) {
			job.schedule(DELAY_MS);
		}
	}

	/** Stops journalling and deletes the journal (after a save, or when the user discards the edits). */
	void discard() {
		job.cancel();
		try {
			job.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		discard(file, registry);
	}

	/** Stops journalling and keeps the journal as it is (the workbench is closing with the file still open). */
	void stop() {
		job.cancel();
	}

	private IStatus write(IProgressMonitor monitor) {
		Labels[] copy = new Labels[1];
		if (display.isDisposed()) {
			return Status.CANCEL_STATUS;
		}
		display.syncExec(() -> copy[0] = snapshot.get());
		if (copy[0] == null || monitor.isCanceled()) {
			return Status.OK_STATUS;
		}
		try {
			Files.createDirectories(registry);
			AtomicFiles.write(entryOf(file, registry),
					out -> out.write(file.toString().getBytes(StandardCharsets.UTF_8)));
			SlpWriter.write(copy[0], journalOf(file), monitor);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | LabelsFileException | RuntimeException e) {
			log("Cannot journal the unsaved edits of " + file, e);
			return Status.OK_STATUS;
		}
	}

	private static Path entryOf(Path file, Path registry) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
					.digest(file.toString().getBytes(StandardCharsets.UTF_8));
			return registry.resolve(HexFormat.of().formatHex(digest, 0, 12) + ".journal");
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private static void log(String message, Throwable e) {
		ILog.of(RecoveryJournal.class).log(Status.warning(message + ": " + e.getMessage(), e));
	}
}
