// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.core.runtime.OperationCanceledException;
import org.myrmex.io.AtomicFiles;
import org.myrmex.io.Hdf5Library;
import org.myrmex.io.LabelsFileException;

/** Writes export files atomically: a reader sees the old file or the complete new one, never a partial one. */
final class ExportFiles {
	/** Writes text to a writer. */
	@FunctionalInterface
	interface Text {
		void writeTo(Writer out) throws IOException;
	}

	/** Writes an HDF5 file created at the given (temporary) path. */
	@FunctionalInterface
	interface Hdf5 {
		void writeTo(Path file) throws IOException, LabelsFileException;
	}

	private ExportFiles() {
	}

	/**
	 * Writes UTF-8 text to {@code out} through a temporary file. Cancellation ({@link OperationCanceledException})
	 * propagates and leaves the target as it was.
	 */
	static void writeText(Path out, Text text) throws LabelsFileException {
		try {
			AtomicFiles.write(out, stream -> {
				Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
				text.writeTo(writer);
				writer.flush();
			});
		} catch (IOException e) {
			throw new LabelsFileException(out, "cannot write (" + e.getMessage() + ")", e);
		}
	}

	/**
	 * Lets {@code hdf5} write a temporary file beside {@code out}, then renames it over {@code out}. On any failure
	 * or cancellation the temporary file is removed and {@code out} stays as it was.
	 */
	static void writeHdf5(Path out, Hdf5 hdf5) throws LabelsFileException {
		Path temp = null;
		try {
			Path directory = out.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			temp = Files.createTempFile(directory, "." + out.getFileName(), ".tmp");
			synchronized (Hdf5Library.lock()) {
				hdf5.writeTo(temp);
			}
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			copyPermissions(out, temp);
			AtomicFiles.move(temp, out);
			temp = null;
		} catch (IOException e) {
			throw new LabelsFileException(out, "cannot write (" + e.getMessage() + ")", e);
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new LabelsFileException(out, "cannot write HDF5 (" + e.getMessage() + ")", e);
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// the temporary file is hidden and harmless; the original failure matters more
				}
			}
		}
	}

	/** The saved file keeps the old file's permissions, or gets rw-r--r-- (a temporary file is rw-------). */
	private static void copyPermissions(Path target, Path temp) throws IOException {
		if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--"));
	}
}
