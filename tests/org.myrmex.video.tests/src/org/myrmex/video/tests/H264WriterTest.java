// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.video.H264Writer;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

class H264WriterTest {

	@Test
	void writesFramesThatDecodeBack(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("ramp.mp4");
		try (H264Writer writer = new H264Writer(out, 64, 48, 25, 18, 5)) {
			byte[] gray = new byte[64 * 48];
			for (int i = 0; i < 12; i++) {
				Arrays.fill(gray, (byte) (20 + i * 15));
				writer.write(gray);
			}
			writer.finish();
		}
		try (VideoSource video = Videos.open(out)) {
			assertEquals(12, video.frameCount());
			assertEquals(64, video.width());
			assertEquals(48, video.height());
			assertEquals(25.0, video.fps(), 1e-6);
			for (int i : new int[] { 0, 7, 11 }) {
				assertEquals(20 + i * 15, video.readGray(i).get(30, 20), 2.0, "frame " + i);
			}
		}
	}

	@Test
	void anUnfinishedVideoLeavesNoFile(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("cancelled.mp4");
		try (H264Writer writer = new H264Writer(out, 32, 32, 30, 23, 30)) {
			writer.write(new byte[32 * 32]);
		}
		assertFalse(Files.exists(out));
		try (Stream<Path> files = Files.list(dir)) {
			assertTrue(files.findAny().isEmpty(), "a partial file was left behind");
		}
	}
}
