// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.VideoException;
import org.myrmex.video.internal.proxy.ProxyFiles;
import org.myrmex.video.proxy.SeekProxy;

/** Seek proxies are cached per source video, rebuilt when it changes, and leave no file when they fail. */
class SeekProxyTest {
	static final String ROBOT = "sleap/videos/small_robot.mp4";
	static final String ROBOT_3 = "sleap/videos/small_robot_3_frame.mp4";
	static final String PAIR = "sleap/videos/centered_pair_small.mp4";

	@TempDir
	Path dir;

	/** @return every file in a folder, hidden ones included; none when it does not exist */
	static List<String> files(Path folder) throws Exception {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void sizeKeepsAspectIsEvenAndNeverUpscales() {
		assertArrayEquals(new int[] { 512, 512 }, ProxyFiles.size(1024, 1024, 512));
		assertArrayEquals(new int[] { 384, 384 }, ProxyFiles.size(384, 384, 512));
		assertArrayEquals(new int[] { 256, 146 }, ProxyFiles.size(560, 320, 256));
		assertArrayEquals(new int[] { 288, 512 }, ProxyFiles.size(720, 1280, 512));
		assertArrayEquals(new int[] { 384, 300 }, ProxyFiles.size(385, 301, 512), "odd sides lose a pixel, not gain one");
	}

	@Test
	void secondOpenReusesTheProxyWithoutRebuilding() throws Exception {
		Path video = Files.copy(Fixtures.require(ROBOT), dir.resolve("robot.mp4"));
		Path cache = dir.resolve("proxies");
		assertTrue(SeekProxy.open(video, cache).isEmpty(), "nothing is built yet");
		Path file;
		try (SeekProxy proxy = SeekProxy.build(video, cache, 256, new NullProgressMonitor())) {
			file = proxy.file();
			assertEquals(166, proxy.frameCount());
			assertEquals(256, proxy.width());
			assertEquals(146, proxy.height());
			assertEquals(560, proxy.sourceWidth());
			assertEquals(320, proxy.sourceHeight());
			assertEquals(3, proxy.channels(), "a colour source gets a colour proxy");
			assertEquals(256 / 560.0, proxy.scale(), 1e-12);
		}
		long old = Files.getLastModifiedTime(file).toMillis() - 60_000;
		Files.setLastModifiedTime(file, FileTime.fromMillis(old));
		try (SeekProxy again = SeekProxy.open(video, cache).orElseThrow()) {
			assertEquals(file, again.file());
			assertEquals(166, again.frameCount());
			assertEquals(560, again.sourceWidth());
			assertEquals(320, again.sourceHeight());
			assertEquals(3, again.channels());
			assertEquals(256, again.maxSide());
			assertEquals(3, again.frame(165).channels());
			VideoException outOfRange = assertThrows(VideoException.class, () -> again.frame(166));
			assertEquals(video, outOfRange.getFile());
		}
		try (SeekProxy built = SeekProxy.build(video, cache, 256, new NullProgressMonitor())) {
			assertEquals(file, built.file());
		}
		assertEquals(old, Files.getLastModifiedTime(file).toMillis(), "a current proxy is reused, not encoded again");
		try (SeekProxy smaller = SeekProxy.build(video, cache, 128, new NullProgressMonitor())) {
			assertEquals(128, smaller.width());
			assertEquals(List.of(smaller.file().getFileName().toString()), files(cache),
					"one proxy per video: the other size is replaced");
		}
	}

	@Test
	void changedSourceMakesTheProxyStale() throws Exception {
		Path video = Files.copy(Fixtures.require(ROBOT), dir.resolve("robot.mp4"));
		Path cache = dir.resolve("proxies");
		Path first;
		try (SeekProxy proxy = SeekProxy.build(video, cache, 256, new NullProgressMonitor())) {
			first = proxy.file();
		}
		FileTime date = Files.getLastModifiedTime(video);
		Files.setLastModifiedTime(video, FileTime.fromMillis(date.toMillis() + 60_000));
		assertTrue(SeekProxy.open(video, cache).isEmpty(), "a source with a new date has no proxy");
		try (SeekProxy rebuilt = SeekProxy.build(video, cache, 256, new NullProgressMonitor())) {
			assertNotEquals(first, rebuilt.file());
			assertEquals(166, rebuilt.frameCount());
			assertEquals(List.of(rebuilt.file().getFileName().toString()), files(cache), "the stale proxy is deleted");
		}

		FileTime same = Files.getLastModifiedTime(video);
		Files.copy(Fixtures.require(ROBOT_3), video, StandardCopyOption.REPLACE_EXISTING);
		Files.setLastModifiedTime(video, same);
		assertTrue(SeekProxy.open(video, cache).isEmpty(), "a source of another size with the same date has no proxy");
		try (SeekProxy three = SeekProxy.build(video, cache, 256, new NullProgressMonitor())) {
			assertEquals(3, three.frameCount());
		}

		Path elsewhere = dir.resolve("elsewhere.mp4");
		Files.copy(video, elsewhere, StandardCopyOption.COPY_ATTRIBUTES);
		assertTrue(SeekProxy.open(elsewhere, cache).isEmpty(), "a proxy belongs to one path");
		assertTrue(SeekProxy.open(video, cache).isPresent());
	}

	@Test
	void cancellingLeavesNoFile() throws Exception {
		// cancels a fifth of the way through: while ffmpeg encodes, after the checks
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private double total;
			private double done;

			@Override
			public void beginTask(String name, int totalWork) {
				if (total == 0) {
					total = totalWork;
				}
			}

			@Override
			public void internalWorked(double work) {
				done += work;
				if (done > total / 5) {
					setCanceled(true);
				}
			}

			@Override
			public void worked(int work) {
				internalWorked(work);
			}
		};
		Path video = Fixtures.require(PAIR);
		Path cache = dir.resolve("proxies");
		assertThrows(OperationCanceledException.class, () -> SeekProxy.build(video, cache, 256, monitor));
		assertTrue(monitor.isCanceled());
		assertEquals(List.of(), files(cache), "no proxy and no temporary file");
		assertTrue(SeekProxy.open(video, cache).isEmpty());
	}

	@Test
	void fileThatIsNotAVideoIsRefusedNamingIt() throws Exception {
		Path notes = Files.writeString(dir.resolve("notes.mp4"), "these are notes, not a video\n");
		Path cache = dir.resolve("proxies");
		VideoException refused = assertThrows(VideoException.class,
				() -> SeekProxy.build(notes, cache, 512, new NullProgressMonitor()));
		assertEquals(notes, refused.getFile());
		assertTrue(refused.getMessage().contains("notes.mp4"), refused.getMessage());
		assertEquals(List.of(), files(cache));

		Path missing = dir.resolve("missing.mp4");
		VideoException absent = assertThrows(VideoException.class, () -> SeekProxy.open(missing, cache));
		assertTrue(absent.getMessage().contains("missing.mp4"), absent.getMessage());
		assertThrows(IllegalArgumentException.class, () -> SeekProxy.build(notes, cache, 8, new NullProgressMonitor()));
	}
}
