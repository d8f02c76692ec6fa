// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
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

	@Test
	void aDeepLabCutCsvThatIsNotUtf8IsRefusedSayingSo(@TempDir Path dir) throws Exception {
		// found as "cannot read (Input length = 1)": bits flipped in the CSV
		byte[] csv = Files.readAllBytes(Fixtures.get("sleap/dlc/labeled-data/video/dlc_testdata.csv"));
		csv[40] = (byte) 0xff;
		Path file = dir.resolve("dlc_testdata.csv");
		Files.write(file, csv);
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> DeepLabCut.read(file));
		assertEquals(file + ": is not UTF-8 text (a malformed byte sequence)", e.getMessage());
	}

	@Test
	void aTableTypeWithAMemberOutsideItsRowIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
		// found as an IndexOutOfBoundsException from Field.integer: bytes of a compound type's member offsets smashed
		byte[] bytes = Files.readAllBytes(Fixtures.get("sleap/slp_hdf5/small_robot_minimal.slp"));
		int[][] smashed = { { 1308, 0x7f }, { 3437, 0x80 }, { 4503, 0x7f }, { 5006, 0x80 }, { 9974, 0x7f },
				{ 11128, 0x80 }, { 12588, 0x7f }, { 14695, 0xff } };
		for (int[] at : smashed) {
			bytes[at[0]] = (byte) at[1];
		}
		Path file = dir.resolve("labels.slp");
		Files.write(file, bytes);
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> LabelsFiles.load(file));
		assertTrue(e.getMessage().startsWith(file + ": '"), e.getMessage());
		assertTrue(e.getMessage().contains("lies outside its row"), e.getMessage());
	}
}
