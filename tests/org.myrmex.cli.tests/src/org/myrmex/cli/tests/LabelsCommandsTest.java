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
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;

/** inspect, convert, export and merge on real SLEAP and ant files. */
class LabelsCommandsTest extends CommandTest {
	@TempDir
	Path dir;

	private static String fixture(String path) {
		return Fixtures.get(path).toString();
	}

	@Test
	void inspectSummarisesARealFile() {
		assertEquals(Command.OK, run("inspect", fixture("sleap/tracks/clip.slp")));
		assertTrue(out().contains("Labeled frames: 1500"), out());
		assertTrue(out().contains("Tracks: 2"), out());
		assertTrue(out().contains("    labeled frames from 0 to 1499"), out());
		assertTrue(out().contains("    user instances: 3000"), out());
		assertTrue(out().contains("Skeleton: Skeleton-3 (13 nodes, 12 edges, 0 symmetries)"), out());
		assertTrue(out().lines().anyMatch(line -> line.startsWith("    found: ") && line.endsWith("sleap/tracks/clip.mp4")), out());
	}

	@Test
	void inspectSaysWhichVideosAreMissing() {
		assertEquals(Command.OK, run("inspect", fixture("ants/datasets/col518.v001.slp")));
		assertTrue(out().contains("    NOT FOUND: "), out());
	}

	@Test
	void inspectNamesTheFileAndProblem() throws Exception {
		Path text = Files.writeString(dir.resolve("labels.slp"), "not a labels file");
		assertEquals(Command.FAILED, run("inspect", text.toString()));
		assertEquals("myrmex inspect: " + text + ": not an HDF5 file (SLEAP .slp files are HDF5)", err().strip());
		assertEquals(Command.USAGE, run("inspect"));
	}

	@Test
	void convertsTheOldJsonFormatToSlp() throws Exception {
		Path slp = dir.resolve("minimal.slp");
		assertEquals(Command.OK, run("convert", fixture("sleap/json_format_v2/minimal_instance.json"), slp.toString()));
		Labels labels = SlpReader.read(slp);
		assertEquals(1, labels.getLabeledFrames().size());
		assertEquals(2, labels.getLabeledFrames().get(0).getInstances().size());
		assertEquals(92.65220773208894, labels.getLabeledFrames().get(0).getInstances().get(0).getPoints().x(0), 1e-12);
		assertEquals(Command.FAILED, run("convert", fixture("sleap/json_format_v2/minimal_instance.json"), slp.toString()));
		assertTrue(err().contains("exists; use --force"), err());
	}

	@Test
	void exportsTheSeedCsv() throws Exception {
		Path csv = dir.resolve("minimal.csv");
		assertEquals(Command.OK, run("export", "--format", "seed-csv", fixture("sleap/slp_hdf5/minimal_instance.slp"), "-o",
				csv.toString()));
		List<String> lines = Files.readAllLines(csv);
		assertEquals("video_path,video_width,video_height,frame_idx,instance_idx,track_id,part_name,predicted,x_pos,y_pos",
				lines.get(0));
		assertEquals(5, lines.size(), "2 instances x 2 nodes");
		assertEquals(Command.USAGE, run("export", "--format", "xls", fixture("sleap/slp_hdf5/minimal_instance.slp")));
		assertTrue(err().contains("--format must be seed-csv, csv, analysis-h5 or coco"), err());
	}

	@Test
	void exportsSleapsAnalysisHdf5NamedAsSleapNamesIt() throws Exception {
		Path labels = Files.copy(Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"), dir.resolve("minimal_instance.slp"));
		assertEquals(Command.OK, run("export", "--format", "analysis-h5", labels.toString()));
		assertTrue(Files.isRegularFile(dir.resolve("minimal_instance.000_centered_pair_low_quality.analysis.h5")), out());
	}

	@Test
	void mergesTwoAntDatasets() throws Exception {
		Path merged = dir.resolve("merged.slp");
		assertEquals(Command.OK, run("merge", merged.toString(), fixture("ants/datasets/col224.v001.slp"),
				fixture("ants/datasets/col402.v001.slp")), err());
		Labels labels = SlpReader.read(merged);
		assertEquals(2, labels.getVideos().size());
		assertEquals(20 + 21, labels.getLabeledFrames().size());
		assertEquals(358 + 400, labels.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum());
		assertTrue(out().contains("Wrote " + merged), out());
	}

	@Test
	void refusesAConflictingMergeAndWritesNothing() {
		Path merged = dir.resolve("merged.slp");
		assertEquals(Command.FAILED, run("merge", merged.toString(), fixture("ants/datasets/col224.v001.slp"),
				fixture("ants/datasets/quel321_1.v001.slp")));
		assertTrue(err().contains("the inputs conflict; nothing was written"), err());
		assertFalse(Files.exists(merged));
	}
}
