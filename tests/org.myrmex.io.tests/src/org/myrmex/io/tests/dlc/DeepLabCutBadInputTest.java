// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.dlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;

/** Broken DeepLabCut input gives one message naming the file and the problem. */
class DeepLabCutBadInputTest {
	@TempDir
	Path dir;

	/** A copy of the multi-animal fixture project: config.yaml and labeled-data/video/CollectedData_LM.csv. */
	private Path project(String csvText) throws Exception {
		Path video = Files.createDirectories(dir.resolve("labeled-data/video"));
		Files.copy(Fixtures.get("sleap/dlc/madlc_230_config.yaml"), dir.resolve("config.yaml"));
		Files.writeString(video.resolve("CollectedData_LM.csv"), csvText);
		return dir.resolve("config.yaml");
	}

	private static String collected() throws Exception {
		return Files.readString(Fixtures.get("sleap/dlc/labeled-data/video/CollectedData_LM.csv"));
	}

	private static String problem(Path file, Path named) {
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> LabelsFiles.load(file));
		assertTrue(e.getMessage().startsWith(named + ": "), e.getMessage());
		return e.getMessage().substring(named.toString().length() + 2);
	}

	@Test
	void theFixtureProjectCopyReads() throws Exception {
		assertEquals(7, LabelsFiles.load(project(collected())).getLabeledFrames().stream()
				.mapToInt(f -> f.getInstances().size()).sum());
	}

	@Test
	void aBodyPartTheConfigDoesNotList() throws Exception {
		String renamed = collected().replace("bodyparts,,,A,A,B,B,C,C,A,A,B,B,C,C,D,D,E,E",
				"bodyparts,,,A,A,B,B,C,C,A,A,B,B,C,C,D,D,Tail,Tail");
		Path config = project(renamed);
		assertEquals("unknown body part 'Tail' (not in config.yaml)",
				problem(config, dir.resolve("labeled-data/video/CollectedData_LM.csv")));
	}

	@Test
	void aCsvWithoutItsCoordsRow() throws Exception {
		Path csv = Files.writeString(dir.resolve("CollectedData_X.csv"),
				"scorer,S,S\nbodyparts,A,A\nlabeled-data/v/img0.png,1,2\n");
		assertEquals("line 3 should be the 'coords' header row of a DeepLabCut CSV, found 'labeled-data/v/img0.png'",
				problem(csv, csv));
	}

	@Test
	void aCsvWhoseCoordsAreNotPairs() throws Exception {
		Path csv = Files.writeString(dir.resolve("odd.csv"), "scorer,S,S\nbodyparts,A,A\ncoords,x,z\nimg0.png,1,2\n");
		assertTrue(problem(csv, csv).contains("should start an x, y pair, found 'x', 'z'"));
	}

	@Test
	void aCoordinateThatIsNotANumber() throws Exception {
		Path csv = Files.writeString(dir.resolve("text.csv"), "scorer,S,S\nbodyparts,A,A\ncoords,x,y\nimg0.png,1,left\n");
		assertEquals("line 4: 'left' is not a coordinate", problem(csv, csv));
	}

	@Test
	void aSpreadsheetThatIsNotDeepLabCut() throws Exception {
		Path csv = Files.writeString(dir.resolve("table.csv"), "frame,x,y\n0,1,2\n");
		assertEquals("line 1 should be the 'scorer' header row of a DeepLabCut CSV, found 'frame'", problem(csv, csv));
	}

	@Test
	void aDeepLabCutH5IsRefusedWithTheWayOut() throws Exception {
		Path h5 = Files.write(dir.resolve("CollectedData_LM.h5"), new byte[] { (byte) 0x89, 'H', 'D', 'F' });
		assertTrue(problem(h5, h5).contains("import the CSV beside it"), problem(h5, h5));
	}

	@Test
	void aProjectWithoutLabelledData() throws Exception {
		Path config = Files.copy(Fixtures.get("sleap/dlc/madlc_230_config.yaml"), dir.resolve("config.yaml"));
		assertTrue(problem(config, config).startsWith("has no labeled-data folder"));
	}
}
