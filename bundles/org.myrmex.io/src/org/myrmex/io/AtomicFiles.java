// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes files so that a reader sees either the old file or the complete new one, never half of it. */
public final class AtomicFiles {
	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/** Writes a whole file at a path (for libraries such as HDF5 that open files by name). */
	@FunctionalInterface
	public interface FileContent {
		void writeTo(Path temp) throws IOException;
	}

	/**
	 * Writes into a temporary file beside {@code target}, forces it to disk, then renames it over the target.
	 * On any failure the temporary file is removed and the target is left as it was.
	 */
	public static void write(Path target, Content content) throws IOException {
		writeFile(target, temp -> {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
		});
	}

	/**
	 * Lets {@code content} write a hidden temporary file {@code .NAME.*.tmp} beside {@code target} (with the target's
	 * permissions, or rw-r--r--), forces it to disk, then renames it over the target. On any failure or cancellation
	 * the temporary file is removed and the target is left as it was.
	 */
	public static void writeFile(Path target, FileContent content) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
		try {
			copyPermissions(target, temp);
			content.writeTo(temp);
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			move(temp, target);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	/** A temporary file is private (rw-------); the saved file keeps the old file's permissions, or rw-r--r--. */
	private static void copyPermissions(Path target, Path temp) throws IOException {
		if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temp, permissions);
	}

	/** Renames {@code source} over {@code target} atomically where the file system can. */
	public static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
