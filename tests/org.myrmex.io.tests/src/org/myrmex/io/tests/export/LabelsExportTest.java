// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.export.ExportedInstances;
import org.myrmex.io.export.LabelsExport;
import org.myrmex.io.export.LabelsExport.Format;
import org.myrmex.io.export.LabelsExport.Request;
import org.myrmex.model.Labels;

/** {@link LabelsExport}: the one export both {@code myrmex export} and the Export wizard run. */
class LabelsExportTest {
	private static final Path MAIN = Fixtures.get("ants/datasets/main.v001.slp");

	@Test
	void namesTheFilesAsSleapBesideTheLabels() throws Exception {
		Labels labels = LabelsFiles.load(MAIN);
		Path file = Path.of("/data/main.v001.slp");

		assertEquals(List.of(Path.of("/data/main.v001.slp.csv")),
				LabelsExport.targets(new Request(labels, file, Format.SEED_CSV, -1, ExportedInstances.ALL, null)));
		List<Path> perVideo = LabelsExport.targets(new Request(labels, file, Format.ANALYSIS_H5, -1, ExportedInstances.ALL,
				null));
		assertEquals(4, perVideo.size(), "one file per video");
		assertTrue(perVideo.get(2).getFileName().toString().startsWith("main.v001.002_"), perVideo.get(2).toString());
		assertTrue(perVideo.get(2).toString().endsWith(".analysis.h5"));
		assertEquals(List.of(perVideo.get(2)),
				LabelsExport.targets(new Request(labels, file, Format.ANALYSIS_H5, 2, ExportedInstances.ALL, null)));
	}

	@Test
	void aFolderAsOutputGetsTheDefaultNames(@TempDir Path dir) throws Exception {
		Labels labels = LabelsFiles.load(MAIN);
		Path file = Path.of("/data/main.v001.slp");

		List<Path> targets = LabelsExport.targets(new Request(labels, file, Format.SLEAP_CSV, -1, ExportedInstances.ALL,
				dir));

		assertEquals(4, targets.size());
		for (int v = 0; v < 4; v++) {
			assertEquals(dir, targets.get(v).getParent());
			assertTrue(targets.get(v).getFileName().toString().matches("main\\.v001\\.00" + v + "_.*\\.analysis\\.csv"),
					targets.get(v).toString());
		}
		assertEquals(List.of(dir.resolve("main.v001.slp.csv")),
				LabelsExport.targets(new Request(labels, file, Format.SEED_CSV, -1, ExportedInstances.ALL, dir)));
	}

	@Test
	void seedCsvOfOneVideoHoldsExactlyThatVideosRowsOfTheWholeExport(@TempDir Path dir) throws Exception {
		Labels labels = LabelsFiles.load(MAIN);
		Path all = dir.resolve("all.csv");
		Path one = dir.resolve("one.csv");

		LabelsExport.export(new Request(labels, MAIN, Format.SEED_CSV, -1, ExportedInstances.ALL, all), null);
		LabelsExport.export(new Request(labels, MAIN, Format.SEED_CSV, 1, ExportedInstances.USER, one), null);

		List<String> allRows = Files.readAllLines(all);
		String video = labels.getVideos().get(1).getFilename();
		List<String> expected = allRows.stream().filter(row -> row.startsWith(video + ",") || row.startsWith("video_path"))
				.toList();
		assertTrue(expected.size() > 1, "video 1 has labelled frames");
		assertEquals(expected, Files.readAllLines(one));
		assertEquals(1 + 1581 * 18, allRows.size(), "one row per node of each of the 1581 user instances");
	}

	@Test
	void refusesWhatDoesNotFitNamingTheFile() throws Exception {
		Labels labels = LabelsFiles.load(MAIN);
		Path out = Path.of("out.h5");

		IllegalArgumentException noVideo = assertThrows(IllegalArgumentException.class,
				() -> new Request(labels, MAIN, Format.SEED_CSV, 4, ExportedInstances.ALL, null));
		assertEquals(MAIN + " has 4 videos, no video 4", noVideo.getMessage());
		IllegalArgumentException oneFile = assertThrows(IllegalArgumentException.class,
				() -> new Request(labels, MAIN, Format.ANALYSIS_H5, -1, ExportedInstances.ALL, out));
		assertEquals(MAIN + " has 4 videos; one output file needs one video", oneFile.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> new Request(labels, MAIN, Format.SLEAP_CSV, 0, ExportedInstances.PREDICTED, null));
		assertEquals(Format.SLEAP_CSV, Format.of("csv"));
		assertFalse(Format.SLEAP_CSV.choosesInstances());
		assertEquals("the format must be seed-csv, csv, analysis-h5 or coco, not 'xls'",
				assertThrows(IllegalArgumentException.class, () -> Format.of("xls")).getMessage());
	}
}
