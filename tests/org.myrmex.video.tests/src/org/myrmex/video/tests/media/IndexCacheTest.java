// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;

/** The packet index is kept on disk, reused, and rebuilt when the video changes or the entry is damaged. */
class IndexCacheTest {
	@TempDir
	Path dir;

	private MediaSettings settings() {
		return new MediaSettings(dir.resolve("index"), 64L << 20, 8, false);
	}

	private List<Path> entries() throws Exception {
		try (Stream<Path> files = Files.list(dir.resolve("index"))) {
			return files.filter(f -> f.toString().endsWith(".index")).toList();
		}
	}

	@Test
	void indexIsStoredOnceAndReused() throws Exception {
		Path video = Files.copy(Fixtures.get("sleap/videos/small_robot.mp4"), dir.resolve("robot.mp4"));
		try (MediaVideo first = MediaVideo.open(video, settings())) {
			assertEquals(166, first.frameCount());
		}
		List<Path> entries = entries();
		assertEquals(1, entries.size());
		FileTime written = Files.getLastModifiedTime(entries.get(0));
		Files.setLastModifiedTime(entries.get(0), FileTime.fromMillis(written.toMillis() - 60_000));
		try (MediaVideo again = MediaVideo.open(video, settings())) {
			assertEquals(166, again.frameCount());
		}
		assertEquals(written.toMillis() - 60_000, Files.getLastModifiedTime(entries().get(0)).toMillis(),
				"a valid entry is read, not rewritten");
	}

	@Test
	void replacedVideoIsIndexedAfresh() throws Exception {
		Path video = dir.resolve("video.mp4");
		Files.copy(Fixtures.get("sleap/videos/small_robot.mp4"), video);
		try (MediaVideo robot = MediaVideo.open(video, settings())) {
			assertEquals(166, robot.frameCount());
		}
		Files.copy(Fixtures.get("sleap/videos/small_robot_3_frame.mp4"), video, StandardCopyOption.REPLACE_EXISTING);
		try (MediaVideo replaced = MediaVideo.open(video, settings())) {
			assertEquals(3, replaced.frameCount(), "the stale index of the 166-frame video is not used");
			replaced.readGray(2);
		}
	}

	@Test
	void damagedEntryIsRebuilt() throws Exception {
		Path video = Files.copy(Fixtures.get("sleap/videos/small_robot_3_frame.mp4"), dir.resolve("three.mp4"));
		try (MediaVideo first = MediaVideo.open(video, settings())) {
			assertEquals(3, first.frameCount());
		}
		Files.writeString(entries().get(0), "garbage");
		try (MediaVideo again = MediaVideo.open(video, settings())) {
			assertEquals(3, again.frameCount());
			again.readGray(2);
		}
		assertEquals(true, Files.size(entries().get(0)) > 20, "the entry was written again");
	}

	@Test
	void uncachedOpenKeepsNoEntry() throws Exception {
		Path video = Files.copy(Fixtures.get("sleap/videos/small_robot_3_frame.mp4"), dir.resolve("temp.mp4"));
		try (MediaVideo temp = MediaVideo.open(video, settings().withoutIndexCache())) {
			assertEquals(3, temp.frameCount());
			temp.readGray(2);
		}
		assertEquals(false, Files.exists(dir.resolve("index")), "nothing written for a file about to move");
	}
}
