// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.EmbeddedFrames;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;

/** Saves are all or nothing: a failed or cancelled save leaves the previous file byte for byte and no stray files. */
class SlpWriterAtomicTest {
	@TempDir
	Path folder;

	@Test
	void labelsSleapCannotExpressFailBeforeTouchingTheFile() throws Exception {
		Path file = previousFile();
		byte[] before = sha256(file);
		Labels labels = SlpWriterTest.sampleLabels();
		Skeleton stranger = SlpWriterTest.skeleton("stranger", List.of("a", "b"), List.of(), List.of());
		labels.getLabeledFrames().get(1).getInstances().add(SlpWriterTest.user(stranger, null, Double.NaN, PointArray.missing(2)));
		LabelsFileException error = assertThrows(LabelsFileException.class,
				() -> SlpWriter.write(labels, file, new NullProgressMonitor()));
		assertEquals(file + ": instance 3 of labelled frame 2 has a skeleton that is not among the labels' skeletons",
				error.getMessage());
		assertArrayEquals(before, sha256(file));
		assertEquals(List.of(file.getFileName().toString()), names());
	}

	@Test
	void pointsThatDoNotMatchTheSkeletonAreRefused() throws Exception {
		Path file = previousFile();
		Labels labels = SlpWriterTest.sampleLabels();
		labels.getLabeledFrames().get(0).getInstances().get(1).setPoints(PointArray.missing(3));
		LabelsFileException error = assertThrows(LabelsFileException.class,
				() -> SlpWriter.write(labels, file, new NullProgressMonitor()));
		assertEquals(file + ": instance 1 of labelled frame 5 has 3 points but its skeleton 'fly' has 4 nodes", error.getMessage());
		assertEquals(List.of(file.getFileName().toString()), names());
	}

	@Test
	void aFailureHalfwayDeletesTheTemporaryFileAndKeepsTheOldOne() throws Exception {
		Path file = previousFile();
		byte[] before = sha256(file);
		Labels labels = SlpWriterTest.sampleLabels();
		EmbeddedFrames failing = new EmbeddedFrames() {
			@Override
			public int[] frameIndices(Video video) {
				return new int[] { 5, 7 };
			}

			@Override
			public byte[] encodedPng(Video video, int frameIndex) throws IOException {
				if (frameIndex == 7) {
					throw new IOException("frame 7 cannot be decoded");
				}
				return SlpWriterPackageTest.png(SlpWriterPackageTest.image(8, 6, 1));
			}
		};
		LabelsFileException error = assertThrows(LabelsFileException.class,
				() -> SlpWriter.writePackage(labels, file, failing, new NullProgressMonitor()));
		assertEquals(file + ": cannot save (frame 7 cannot be decoded)", error.getMessage());
		assertArrayEquals(before, sha256(file));
		assertEquals(List.of(file.getFileName().toString()), names(), "no temporary file, no frame spool");
	}

	@Test
	void aCancelledMonitorWritesNothing() throws Exception {
		Path file = folder.resolve("new.slp");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> SlpWriter.write(SlpWriterTest.sampleLabels(), file, cancelled));
		assertEquals(List.of(), names());
	}

	@Test
	void cancellingMidwayKeepsTheOldFile() throws Exception {
		Path file = previousFile();
		byte[] before = sha256(file);
		Labels big = SaveKillChild.predictions(100_000);
		CancelAfter monitor = new CancelAfter(3);
		assertThrows(OperationCanceledException.class, () -> SlpWriter.write(big, file, monitor));
		assertTrue(monitor.checks > 3, "cancelled after " + monitor.checks + " checks, while writing");
		assertArrayEquals(before, sha256(file));
		assertEquals(List.of(file.getFileName().toString()), names());
	}

	/** Reports cancellation from the {@code n+1}-th check on. */
	private static final class CancelAfter extends NullProgressMonitor {
		private final int n;
		private int checks;

		CancelAfter(int n) {
			this.n = n;
		}

		@Override
		public boolean isCanceled() {
			return ++checks > n;
		}
	}

	private Path previousFile() throws LabelsFileException {
		Path file = folder.resolve("labels.slp");
		SlpWriter.write(SlpWriterTest.sampleLabels(), file, new NullProgressMonitor());
		return file;
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	static byte[] sha256(Path file) throws IOException {
		try {
			return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
		} catch (NoSuchAlgorithmException e) {
			throw new AssertionError(e);
		}
	}
}
