// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.ChildJvm;
import org.myrmex.io.SlpWriter;

/**
 * A save killed mid-way (the process dies: no exception handler, no cleanup) leaves the previous file intact.
 * <p>
 * The dying save runs in a child JVM ({@link SaveKillChild}). Its class path is, in order of preference: the system
 * property {@code myrmex.test.classpath}; the URLs of this test's class loader (JUnit's console launcher, IDEs);
 * inside OSGi, the locations of every installed bundle (jars as they are, reactor projects by their
 * {@code target/classes}).
 */
class SlpWriterKillTest {
	private static final int INSTANCES = 300_000;
	private static final long PAUSE_MILLIS = 150;
	private static final long TIMEOUT_MILLIS = 120_000;

	@TempDir
	Path folder;

	@Test
	void aSaveKilledMidwayLeavesThePreviousFileIntact() throws Exception {
		Path file = folder.resolve("labels.slp");
		SlpWriter.write(SlpWriterTest.sampleLabels(), file, new NullProgressMonitor());
		byte[] before = SlpWriterAtomicTest.sha256(file);
		Path log = Files.createTempFile("save-kill-child", ".log");
		Process child = new ProcessBuilder(command(file)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			Path temp = awaitGrowingTempFile(file, child, log);
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
			assertTrue(Files.exists(temp), "the half-written temporary file stays behind: " + temp);
		} finally {
			child.destroyForcibly();
		}
		assertArrayEquals(before, SlpWriterAtomicTest.sha256(file), "the previous file changed");
		assertEquals("(3,) (5,) 1.2", SlpWriterTest.python("""
				f = h5py.File(sys.argv[1], 'r')
				print(f['frames'].shape, f['instances'].shape, f['metadata'].attrs['format_id'])
				""", file));
		Files.deleteIfExists(log);
	}

	/** Waits until the save's temporary file exists and grows between two looks. */
	private Path awaitGrowingTempFile(Path file, Process child, Path log) throws IOException, InterruptedException {
		String prefix = "." + file.getFileName() + ".";
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		long lastSize = -1;
		while (System.currentTimeMillis() < deadline) {
			if (!child.isAlive()) {
				fail("the child ended (exit " + child.exitValue() + ") before it could be killed:\n" + Files.readString(log));
			}
			Optional<Path> temp;
			try (Stream<Path> files = Files.list(folder)) {
				temp = files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".tmp")).findFirst();
			}
			if (temp.isPresent()) {
				long size = Files.size(temp.get());
				if (lastSize > 0 && size > lastSize) {
					return temp.get();
				}
				lastSize = size;
			}
			Thread.sleep(20);
		}
		fail("no growing temporary file within " + TIMEOUT_MILLIS / 1000 + " s:\n" + Files.readString(log));
		return null;
	}

	private static List<String> command(Path file) {
		return childCommand(SaveKillChild.class, file.toString(), Integer.toString(INSTANCES),
				Long.toString(PAUSE_MILLIS));
	}

	/** @return the command line of a child JVM running {@code main} with {@code arguments} (C1 only: starts faster) */
	static List<String> childCommand(Class<?> main, String... arguments) {
		return ChildJvm.command(main, List.of("-XX:TieredStopAtLevel=1"), arguments);
	}
}
