// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.LabelsLock;
import org.myrmex.model.Labels;

/**
 * The write lock of a labels file: another process holding it (a JVM that locks the lock file the same way, as a
 * second workbench or a command does) makes a save fail naming the holder, with the file untouched; killed, it
 * leaves no stale lock; in one process holds are shared and counted.
 */
class LabelsLockTest {
	/**
	 * Locks the file given with FileChannel.tryLock as LabelsLock does and writes who it is, printing "locked"; or
	 * prints "busy: " and the holder's description.
	 */
	private static final String HOLDER = """
			import java.nio.ByteBuffer;
			import java.nio.channels.FileChannel;
			import java.nio.file.Path;
			import java.nio.file.StandardOpenOption;
			public class Holder {
				public static void main(String[] args) throws Exception {
					FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
							StandardOpenOption.READ, StandardOpenOption.WRITE);
					if (channel.tryLock() == null) {
						ByteBuffer content = ByteBuffer.allocate(4096);
						channel.read(content, 0);
						System.out.println("busy: " + new String(content.array(), 0, content.position()).strip());
						return;
					}
					channel.truncate(0);
					channel.write(ByteBuffer.wrap(args[1].getBytes()), 0);
					System.out.println("locked");
					Thread.sleep(600_000);
				}
			}
			""";

	@TempDir
	Path folder;

	@Test
	void aSaveWhileAnotherProcessHoldsTheFileNamesTheHolderAndWritesNothing() throws Exception {
		Path file = folder.resolve("colony.slp");
		Labels labels = SaveKillChild.predictions(40);
		LabelsFiles.save(labels, file, new NullProgressMonitor());
		byte[] before = Files.readAllBytes(file);
		Process other = holder(file, "the Myrmex workbench (process 4242, user ana on lab-pc)");
		try {
			assertEquals("locked", firstLine(other));
			LabelsFileException e = assertThrows(LabelsFileException.class,
					() -> LabelsFiles.save(SaveKillChild.predictions(8), file, new NullProgressMonitor()));
			assertEquals(file + ": is being written by the Myrmex workbench (process 4242, user ana on lab-pc); "
					+ "close it there first", e.getMessage());
			assertArrayEquals(before, Files.readAllBytes(file), "the file is untouched");
		} finally {
			other.destroyForcibly(); // kill -9: the operating system releases its lock
			assertTrue(other.waitFor(30, TimeUnit.SECONDS));
		}
		LabelsFiles.save(SaveKillChild.predictions(8), file, new NullProgressMonitor());
		assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(file)), "saved once the holder was gone");
	}

	@Test
	void holdsInOneProcessAreSharedAndTheLastReleasesTheLock() throws Exception {
		Path file = folder.resolve("shared.slp");
		LabelsLock editor = LabelsLock.acquire(file, "the Myrmex workbench");
		try {
			LabelsFiles.save(SaveKillChild.predictions(4), file, new NullProgressMonitor()); // the editor's own save
			// (read by another process: closing any descriptor of the file would drop this process's POSIX lock)
			String busy = firstLine(holder(file, "another"));
			assertTrue(busy.startsWith("busy: the Myrmex workbench (process " + ProcessHandle.current().pid()
					+ ", user "), "held while the editor is open, its holder written for others to read: " + busy);
		} finally {
			editor.close();
		}
		Process after = holder(file, "another");
		try {
			assertEquals("locked", firstLine(after), "released with the last hold");
		} finally {
			after.destroyForcibly();
			after.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void staleTemporaryFilesOfKilledSavesGoWithTheNextSave() throws Exception {
		Path file = folder.resolve("stale.slp");
		Path stale = Files.writeString(folder.resolve(".stale.slp.123456.tmp"), "half a save");
		Path other = Files.writeString(folder.resolve(".other.slp.99.tmp"), "another file's");
		LabelsFiles.save(SaveKillChild.predictions(4), file, new NullProgressMonitor());
		assertFalse(Files.exists(stale));
		assertTrue(Files.exists(other), "only the saved file's temporary files go");
	}

	@Test
	void aFolderThatCannotHoldTheLockIsNamed() {
		Path file = Path.of("/proc/self/colony.slp"); // no file can be made there, not even by root
		LabelsFileException e = assertThrows(LabelsFileException.class,
				() -> LabelsFiles.save(SaveKillChild.predictions(4), file, new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith(file + ": cannot take its write lock .colony.slp.lock"), e.getMessage());
	}

	private Process holder(Path file, String description) throws Exception {
		Path source = folder.resolve("Holder.java");
		Files.writeString(source, HOLDER);
		return new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				source.toString(), LabelsLock.lockFile(file).toString(), description).redirectErrorStream(true).start();
	}

	private static String firstLine(Process process) throws Exception {
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		return line == null ? "(nothing, exit " + process.waitFor() + ")" : line;
	}
}
