// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Who may write a labels file: an operating-system lock on a hidden {@code .NAME.lock} file beside it, held by the
 * process writing — a workbench for as long as the file is open in an editor, a command for as long as it saves.
 * A second writer is refused with a message saying who holds the file (written into the lock file by its holder:
 * program, process id, user, host, since when). The operating system releases the lock when its process ends,
 * however it ends, so a crash leaves no stale lock. The lock file stays, emptied, when the lock is released: deleting
 * it would let two later writers lock two different files of one name. In one process the lock is shared: each
 * {@link #acquire} there counts, and the lock goes with the last {@link #close}. (The locks are POSIX record locks:
 * a process that holds one must not open and close the lock file any other way, which would drop it.)
 */
public final class LabelsLock implements AutoCloseable {
	/** Locks this process holds, by lock file, with how many holders share each. */
	private static final Map<Path, Held> HELD = new HashMap<>();

	private record Held(FileChannel channel, FileLock lock, String holder, int count) {
	}

	private final Path lockFile;
	private boolean closed;

	private LabelsLock(Path lockFile) {
		this.lockFile = lockFile;
	}

	/**
	 * Takes the write lock of {@code labelsFile} for {@code program} (e.g. "the Myrmex workbench", "myrmex merge"),
	 * and removes the hidden temporary files an earlier save of it left when its process was killed.
	 *
	 * @throws LabelsFileException naming the file and its holder when another process holds it, or when the lock
	 *                             file cannot be made (a read-only folder)
	 */
	public static LabelsLock acquire(Path labelsFile, String program) throws LabelsFileException {
		Path lockFile = lockFile(labelsFile);
		synchronized (HELD) {
			Held held = HELD.get(lockFile);
			if (held != null) {
				HELD.put(lockFile, new Held(held.channel(), held.lock(), held.holder(), held.count() + 1));
				return new LabelsLock(lockFile);
			}
			FileChannel channel = null;
			try {
				Files.createDirectories(lockFile.getParent());
				channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
						StandardOpenOption.WRITE);
				FileLock lock = tryLock(channel);
				if (lock == null) {
					String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
					channel.close();
					throw new LabelsFileException(labelsFile, "is being written by "
							+ (holder.isEmpty() ? "another program" : holder) + "; close it there first");
				}
				String holder = describe(program);
				channel.truncate(0);
				channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
				channel.force(false);
				HELD.put(lockFile, new Held(channel, lock, holder, 1));
				removeStaleTemporaryFiles(labelsFile);
				return new LabelsLock(lockFile);
			} catch (IOException e) {
				closeQuietly(channel);
				throw new LabelsFileException(labelsFile, "cannot take its write lock " + lockFile.getFileName() + " ("
						+ e.getMessage() + ")", e);
			}
		}
	}

	/** @return the hidden lock file of {@code labelsFile}: {@code .NAME.lock} beside it */
	public static Path lockFile(Path labelsFile) {
		Path absolute = labelsFile.toAbsolutePath().normalize();
		return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null; // another channel of this process: cannot happen while HELD is consulted first
		}
	}

	private static String describe(String program) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			host = "this computer";
		}
		return program + " (process " + ProcessHandle.current().pid() + ", user " + System.getProperty("user.name")
				+ " on " + host + ", since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")";
	}

	/** Removes {@code .NAME.*.tmp} beside {@code labelsFile}: saves of it killed before they finished. */
	private static void removeStaleTemporaryFiles(Path labelsFile) throws IOException {
		Path absolute = labelsFile.toAbsolutePath().normalize();
		String prefix = "." + absolute.getFileName() + ".";
		try (DirectoryStream<Path> files = Files.newDirectoryStream(absolute.getParent(), prefix + "*.tmp")) {
			for (Path file : files) {
				Files.deleteIfExists(file);
			}
		}
	}

	/** @return who holds the lock: this process's description */
	public String holder() {
		synchronized (HELD) {
			Held held = HELD.get(lockFile);
			return held == null ? "" : held.holder();
		}
	}

	/** Gives up this hold; the last one in the process empties the lock file and releases the lock. */
	@Override
	public void close() {
		synchronized (HELD) {
			if (closed) {
				return;
			}
			closed = true;
			Held held = HELD.get(lockFile);
			if (held == null) {
				return;
			}
			if (held.count() > 1) {
				HELD.put(lockFile, new Held(held.channel(), held.lock(), held.holder(), held.count() - 1));
				return;
			}
			HELD.remove(lockFile);
			try {
				held.channel().truncate(0);
			} catch (IOException e) {
				// the next holder overwrites the description anyway
			}
			closeQuietly(held.channel()); // releases the lock
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// nothing to do
			}
		}
	}
}
