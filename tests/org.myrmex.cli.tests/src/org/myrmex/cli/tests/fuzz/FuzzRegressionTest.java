// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.tests.Fixtures;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.dlc.DeepLabCut;

/** The mutants the fuzzing harness found unclean errors with, made again here: each is now a message naming the file. */
class FuzzRegressionTest {
	@Test
	void aDamagedHdf5LinkIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
		// found as "H5Lexists failed" (a RuntimeException) from SlpReader: the root group's links zeroed
		byte[] bytes = Files.readAllBytes(Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"));
		Arrays.fill(bytes, 3344, 3344 + 4096, (byte) 0);
		Path file = dir.resolve("labels.slp");
		Files.write(file, bytes);
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> LabelsFiles.load(file));
		assertTrue(e.getMessage().startsWith(file + ": damaged HDF5 file ("), e.getMessage());
	}

	@Test
	void aDeepLabCutImageNameWithANulCharacterIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
		// found as an InvalidPathException from DlcLabels: zeroed bytes inside an image name
		Path data = Files.createDirectories(dir.resolve("labeled-data/video"));
		String csv = Files.readString(Fixtures.get("sleap/dlc/labeled-data/video/madlc_testdata.csv"));
		Path file = data.resolve("madlc_testdata.csv");
		Files.writeString(file, csv.replace("img000.png", "img\0\0\0.png"), StandardCharsets.UTF_8);
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> DeepLabCut.read(file));
		assertTrue(e.getMessage().startsWith(file + ": image name 'img???.png' is not a file name"), e.getMessage());
	}
}
