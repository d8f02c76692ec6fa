// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;

/** myrmex convert on DeepLabCut projects and CSVs, and to and from COCO keypoints. */
class ConvertImportsTest extends CommandTest {
	private static final String DLC = "sleap/dlc/";

	@TempDir
	Path dir;

	private static int instances(Labels labels) {
		return labels.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum();
	}

	@Test
	void convertsADeepLabCutProjectConfig() throws Exception {
		Path slp = dir.resolve("project.slp");
		assertEquals(Command.OK, run("convert", Fixtures.get(DLC + "madlc_230_config.yaml").toString(), slp.toString()), err());
		assertTrue(out().contains("(3 labelled frames)"), out());
		Labels labels = SlpReader.read(slp);
		assertEquals(5, labels.getSkeletons().get(0).getNodes().size());
		assertEquals(2, labels.getSkeletons().get(0).getEdges().size(), "the config's loop A-B-C-A made a tree");
		assertEquals(7, instances(labels));
		assertEquals(3, labels.getTracks().size());
		assertEquals(4, labels.getVideos().get(0).getImageFilenames().size());
	}

	@Test
	void convertsEveryDeepLabCutCsv() throws Exception {
		List<String> csvs = List.of("dlc_testdata.csv", "dlc_testdata_v2.csv", "madlc_testdata.csv", "madlc_testdata_v2.csv",
				"maudlc_testdata.csv", "maudlc_testdata_v2.csv", "CollectedData_LM.csv");
		List<Integer> expected = List.of(3, 3, 5, 5, 7, 7, 7);
		for (int i = 0; i < csvs.size(); i++) {
			Path slp = dir.resolve(csvs.get(i) + ".slp");
			assertEquals(Command.OK, run("convert", Fixtures.get(DLC + "labeled-data/video/" + csvs.get(i)).toString(),
					slp.toString()), err());
			assertEquals(expected.get(i), instances(SlpReader.read(slp)), csvs.get(i));
		}
	}

	@Test
	void writesCocoByNameOrFormatAndReadsItBack() throws Exception {
		Path json = dir.resolve("coco.json");
		String csv = Fixtures.get(DLC + "labeled-data/video/maudlc_testdata_v2.csv").toString();
		assertEquals(Command.OK, run("convert", csv, json.toString()), err());
		Path other = dir.resolve("coco.txt");
		assertEquals(Command.OK, run("convert", "--format", "coco", csv, other.toString()), err());
		assertEquals(Files.readString(json).replace("coco.json", ""), Files.readString(other).replace("coco.txt", ""));
		Path slp = dir.resolve("back.slp");
		assertEquals(Command.OK, run("convert", json.toString(), slp.toString()), err());
		Labels labels = LabelsFiles.load(slp);
		assertEquals(7, instances(labels));
		assertEquals(17, labels.getLabeledFrames().stream().flatMap(f -> f.getInstances().stream())
				.mapToInt(i -> i.getPoints().placedCount()).sum());
	}

	@Test
	void refusesCocoForFramesOfAMediaVideo() throws Exception {
		Path json = dir.resolve("minimal.json");
		assertEquals(Command.FAILED, run("convert", Fixtures.get("sleap/slp_hdf5/minimal_instance.slp").toString(),
				json.toString()));
		assertTrue(err().startsWith("myrmex convert: " + json + ": frame 0 of "), err());
		assertFalse(Files.exists(json));
		assertEquals(Command.USAGE, run("convert", "--format", "xml", "a.slp", "b.slp"));
		assertTrue(err().contains("--format must be slp or coco"), err());
	}

	@Test
	void namesABrokenCsv() throws Exception {
		Path csv = Files.writeString(dir.resolve("CollectedData_X.csv"), "scorer,S,S\nbodyparts,A,A\n");
		assertEquals(Command.FAILED, run("convert", csv.toString(), dir.resolve("x.slp").toString()));
		assertEquals("myrmex convert: " + csv + ": line 3 should be the 'coords' header row of a DeepLabCut CSV",
				err().strip());
	}
}
