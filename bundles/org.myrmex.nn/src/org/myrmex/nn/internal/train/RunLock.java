// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The lock a training run holds on {@code run.lock} in its run folder while it trains: an operating-system lock
 * ({@link FileChannel#tryLock()}), so it is released on any exit, a killed process included. A lock held by a live
 * process (this one or another) means the run is training; a {@code run.lock} file nobody holds is what a killed
 * run leaves. Run folders locked by this process are also kept in a set, since the operating system does not tell
 * one channel of a process about another's lock (Java throws {@link OverlappingFileLockException} instead).
 */
public final class RunLock implements AutoCloseable {
	/** The lock file's name in the run folder. */
	public static final String FILE = "run.lock";
	private static final Set<Path> HELD_HERE = new HashSet<>();
	private final Path folder;
	private final FileChannel channel;
	private final FileLock lock;

	private RunLock(Path folder, FileChannel channel, FileLock lock) {
		this.folder = folder;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Creates the folder if needed and locks it.
	 *
	 * @return the lock, or null when a live process (this one included) already holds it
	 */
	public static RunLock tryAcquire(Path folder) throws IOException {
		Path key = key(folder);
		synchronized (HELD_HERE) {
			if (HELD_HERE.contains(key)) {
				return null;
			}
			Files.createDirectories(folder);
			FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (IOException | RuntimeException e) {
				channel.close();
				throw e;
			}
			if (lock == null) {
				channel.close();
				return null;
			}
			HELD_HERE.add(key);
			return new RunLock(key, channel, lock);
		}
	}

	/** @return whether a live process (this one or another) holds the lock of {@code folder} */
	public static boolean held(Path folder) {
		Path key = key(folder);
		synchronized (HELD_HERE) {
			if (HELD_HERE.contains(key)) {
				return true;
			}
			try (FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.WRITE)) {
				FileLock probe = channel.tryLock();
				if (probe == null) {
					return true;
				}
				probe.release();
				return false;
			} catch (NoSuchFileException e) {
				return false;
			} catch (OverlappingFileLockException e) {
				return true; // a channel of this process outside this class holds it
			} catch (IOException e) {
				return false; // unreadable: not a lock anyone can hold
			}
		}
	}

	private static Path key(Path folder) {
		return folder.toAbsolutePath().normalize();
	}

	/** Releases the lock (the file stays; nobody holding it means the run is not training). */
	@Override
	public void close() throws IOException {
		synchronized (HELD_HERE) {
			try {
				lock.release();
				channel.close();
			} finally {
				HELD_HERE.remove(folder);
			}
		}
	}
}
