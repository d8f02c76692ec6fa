// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.Hdf5Library;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SlpFile;
import org.myrmex.io.SlpFrame;

class SlpFileTest {

	@Test
	void loadsHdf5NativesInsideOsgi() {
		assertEquals("1.14.3", Hdf5Library.version());
	}

	@Test
	void readsTheFramesTableOfMinimalInstance() throws Exception {
		try (SlpFile file = SlpFile.open(Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"))) {
			assertEquals(1.1, file.formatId(), 1e-9);
			List<SlpFrame> frames = file.readFrames();
			assertEquals(List.of(new SlpFrame(0, 0, 0, 0, 2)), frames);
		}
	}

	@Test
	void readsEveryFrameOfClip() throws Exception {
		try (SlpFile file = SlpFile.open(Fixtures.get("sleap/tracks/clip.slp"))) {
			List<SlpFrame> frames = file.readFrames();
			assertEquals(1500, frames.size());
			assertEquals(3000, frames.stream().mapToLong(SlpFrame::instanceCount).sum());
			assertEquals(0, frames.get(0).frameIndex());
			assertEquals(1499, frames.get(1499).frameIndex());
		}
	}

	@Test
	void refusesAFileThatIsNotHdf5(@TempDir Path dir) throws Exception {
		Path text = Files.writeString(dir.resolve("labels.slp"), "not labels");
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> SlpFile.open(text));
		assertTrue(e.getMessage().startsWith(text.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("not an HDF5 file"), e.getMessage());
	}

	@Test
	void refusesAMissingFile(@TempDir Path dir) {
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> SlpFile.open(dir.resolve("gone.slp")));
		assertTrue(e.getMessage().contains("no such file"), e.getMessage());
	}

	@Test
	void namesTheMissingMetadataOfAnHdf5VideoFile() throws Exception {
		try (SlpFile file = SlpFile.open(Fixtures.get("sleap/test_grid/grid_2x2.h5"))) {
			LabelsFileException e = assertThrows(LabelsFileException.class, file::formatId);
			assertTrue(e.getMessage().contains("no 'metadata' group"), e.getMessage());
			LabelsFileException frames = assertThrows(LabelsFileException.class, file::readFrames);
			assertTrue(frames.getMessage().contains("no 'frames' dataset"), frames.getMessage());
		}
	}

	@Test
	void refusesATruncatedFile(@TempDir Path dir) throws Exception {
		byte[] whole = Files.readAllBytes(Fixtures.get("sleap/tracks/clip.slp"));
		Path truncated = Files.write(dir.resolve("clip.slp"), java.util.Arrays.copyOf(whole, whole.length / 3));
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> {
			try (SlpFile file = SlpFile.open(truncated)) {
				file.readFrames();
			}
		});
		assertTrue(e.getMessage().startsWith(truncated.toString()), e.getMessage());
	}
}
