// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.LabelsLock;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;

/**
 * Kill -9 during saves, {@value #KILLS} times: a child JVM ({@link SaveLoopChild}) saves two versions of a labels
 * file in turn; each round it is killed while a save's temporary file exists plus a random 0–{@value #JITTER_MILLIS}
 * ms. After every kill the file loads and is one of the two versions, whole; the next process's save (the next
 * round's child, or this test at the end) removes the temporary files the killed one left; no lock outlives its
 * process.
 */
class SaveKillRepeatedTest {
	private static final int KILLS = 100;
	private static final int A = 2_000;
	private static final int B = 2_004;
	private static final int JITTER_MILLIS = 60;

	@TempDir
	Path folder;

	@Test
	void everyKillLeavesACompleteVersionAndTheNextSaveCleansUp() throws Exception {
		Path file = folder.resolve("labels.slp");
		LabelsFiles.save(SaveKillChild.predictions(A), file, new NullProgressMonitor());
		Random random = new Random(17);
		int leftTemp = 0;
		for (int round = 0; round < KILLS; round++) {
			Process child = new ProcessBuilder(command(file)).redirectErrorStream(true).start();
			try {
				awaitReady(child);
				awaitTempFile(file, child);
				Thread.sleep(random.nextInt(JITTER_MILLIS + 1));
				child.destroyForcibly(); // SIGKILL: no handler, no cleanup
				assertTrue(child.waitFor(30, TimeUnit.SECONDS), "round " + round + ": the child did not die");
			} finally {
				child.destroyForcibly();
			}
			leftTemp += temporaryFiles(file).isEmpty() ? 0 : 1;
			Labels labels = SlpReader.read(file);
			int instances = labels.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum();
			assertTrue(Set.of(A, B).contains(instances), "round " + round + ": " + instances + " instances");
		}
		System.out.println(KILLS + " kills during saves; " + leftTemp + " left a temporary file behind");
		assertTrue(leftTemp > 0, "some kills came in the middle of a save");
		LabelsFiles.save(SaveKillChild.predictions(A), file, new NullProgressMonitor());
		assertEquals(List.of(), temporaryFiles(file), "the next save removed what the killed ones left");
		try (LabelsLock lock = LabelsLock.acquire(file, "the test")) {
			assertTrue(lock.holder().startsWith("the test (process " + ProcessHandle.current().pid()), lock.holder());
		}
	}

	private static List<String> command(Path file) {
		return SlpWriterKillTest.childCommand(SaveLoopChild.class, file.toString(), Integer.toString(A),
				Integer.toString(B));
	}

	private static void awaitReady(Process child) throws Exception {
		BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line; (line = out.readLine()) != null;) {
			if (line.equals("ready")) {
				Thread drain = new Thread(() -> {
					try {
						out.lines().forEach(l -> { });
					} catch (java.io.UncheckedIOException e) {
						// the child was killed
					}
				});
				drain.setDaemon(true);
				drain.start();
				return;
			}
			seen.append(line).append('\n');
		}
		fail("the child ended before saving:\n" + seen);
	}

	private static void awaitTempFile(Path file, Process child) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			if (!temporaryFiles(file).isEmpty()) {
				return;
			}
			if (!child.isAlive()) {
				fail("the child ended (exit " + child.exitValue() + ")");
			}
			Thread.sleep(2);
		}
		fail("no save started within a minute");
	}

	private static List<Path> temporaryFiles(Path file) throws Exception {
		String prefix = "." + file.getFileName() + ".";
		try (Stream<Path> files = Files.list(file.getParent())) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".tmp"))
					.toList();
		}
	}
}
