// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
		void writeTo(Path file) throws IOException;
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
		try {
			AtomicFiles.writeFile(out, temp -> {
				synchronized (Hdf5Library.lock()) {
					hdf5.writeTo(temp);
				}
			});
		} catch (IOException e) {
			throw new LabelsFileException(out, "cannot write (" + e.getMessage() + ")", e);
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new LabelsFileException(out, "cannot write HDF5 (" + e.getMessage() + ")", e);
		}
	}
}
