// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.dlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.dlc.DeepLabCut;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/** Every DeepLabCut fixture: frames, instances, nodes, points and tracks as its CSV text says, and as counted by hand. */
class DeepLabCutTest {
	private static final String FOLDER = "sleap/dlc/labeled-data/video/";

	@TestFactory
	Stream<DynamicTest> eachCsvHasTheCountsItsTextHolds() {
		// name, frames, instances, nodes, points, tracks: counted by hand from the CSV text
		return Stream.of( //
				new Object[] { "dlc_testdata.csv", 3, 3, 3, 8, 0 }, //
				new Object[] { "dlc_testdata_v2.csv", 3, 3, 3, 8, 0 }, //
				new Object[] { "madlc_testdata.csv", 3, 5, 3, 13, 2 }, //
				new Object[] { "madlc_testdata_v2.csv", 3, 5, 3, 13, 2 }, //
				new Object[] { "maudlc_testdata.csv", 3, 7, 5, 17, 3 }, //
				new Object[] { "maudlc_testdata_v2.csv", 3, 7, 5, 17, 3 }, //
				new Object[] { "CollectedData_LM.csv", 3, 7, 5, 17, 3 }) //
				.map(row -> DynamicTest.dynamicTest((String) row[0], () -> checkCounts((String) row[0], (int) row[1],
						(int) row[2], (int) row[3], (int) row[4], (int) row[5])));
	}

	private static void checkCounts(String name, int frames, int instances, int nodes, int points, int tracks)
			throws Exception {
		Path csv = Fixtures.get(FOLDER + name);
		Labels labels = DeepLabCut.read(csv);
		CsvCounts text = CsvCounts.of(csv);
		assertEquals(List.of(frames, instances, nodes, points, tracks),
				List.of(text.frames(), text.instances(), text.nodes(), text.points(), text.individuals()), "counted by hand");
		assertEquals(text.frames(), labels.getLabeledFrames().size(), "frames");
		assertEquals(text.instances(), instances(labels).size(), "instances");
		assertEquals(text.nodes(), labels.getSkeletons().get(0).getNodes().size(), "nodes");
		assertEquals(text.points(), instances(labels).stream().mapToInt(i -> i.getPoints().placedCount()).sum(), "points");
		assertEquals(text.individuals(), labels.getTracks().size(), "tracks");
		Video video = labels.getVideos().get(0);
		assertEquals(1, labels.getVideos().size());
		assertEquals(VideoBackend.IMAGE_LIST, video.getBackend());
		assertEquals(text.rows(), video.getImageFilenames().size(), "one image per row, the empty one too");
		assertEquals(csv.toAbsolutePath().normalize().resolveSibling("img003.png").toString(), video.getImageFilenames().get(3));
		assertTrue(video.getWidth() > 0 && video.getHeight() > 0, "size read from the PNG header");
		assertEquals(List.of(0, 1, 3), labels.getLabeledFrames().stream().map(LabeledFrame::getFrameIndex).toList(),
				"the empty row img002 gives no frame");
	}

	@Test
	void pointsKeepTheirCoordinatesAndEmptyCellsAreMissing() throws Exception {
		Labels labels = DeepLabCut.read(Fixtures.get(FOLDER + "maudlc_testdata_v2.csv"));
		assertEquals(List.of("A", "B", "C", "D", "E"), names(labels.getSkeletons().get(0)));
		assertEquals(List.of("Animal1", "Animal2", "single"), labels.getTracks().stream().map(t -> t.getName()).toList());
		LabeledFrame second = labels.getLabeledFrames().get(1); // img001: 12,13,,,15,16,17,18,,,20,21,22,23,24,25
		PointArray animal1 = second.getInstances().get(0).getPoints();
		assertEquals(12, animal1.x(0));
		assertEquals(13, animal1.y(0));
		assertFalse(animal1.isPlaced(1));
		assertEquals(16, animal1.y(2));
		assertFalse(animal1.isPlaced(3), "a unique body part is not Animal1's");
		Instance single = second.getInstances().get(2);
		assertEquals("single", single.getTrack().getName());
		assertEquals(List.of(false, false, false, true, true),
				List.of(0, 1, 2, 3, 4).stream().map(single.getPoints()::isPlaced).toList());
		assertEquals(24, single.getPoints().x(4));
		assertTrue(single.getPoints().visible(4));
	}

	@Test
	void aSingleAnimalCsvHasNoTracksAndNoEdges() throws Exception {
		Labels labels = DeepLabCut.read(Fixtures.get(FOLDER + "dlc_testdata.csv"));
		assertTrue(labels.getTracks().isEmpty());
		assertTrue(labels.getSkeletons().get(0).getEdges().isEmpty());
		assertNull(labels.getLabeledFrames().get(0).getInstances().get(0).getTrack());
	}

	@Test
	void aProjectConfigReadsItsCollectedDataWithTheConfigSkeleton() throws Exception {
		Path config = Fixtures.get("sleap/dlc/madlc_230_config.yaml");
		Labels labels = LabelsFiles.load(config);
		Skeleton skeleton = labels.getSkeletons().get(0);
		assertEquals("maudlc_2.3.0", skeleton.getName());
		assertEquals(List.of("A", "B", "C", "D", "E"), names(skeleton), "multianimalbodyparts then uniquebodyparts");
		assertEquals(List.of("A-B", "B-C"), skeleton.getEdges().stream()
				.map(e -> e.getSource().getName() + "-" + e.getDestination().getName()).toList(), "A-C closes a loop: left out");
		CsvCounts text = CsvCounts.of(Fixtures.get(FOLDER + "CollectedData_LM.csv"));
		assertEquals(text.frames(), labels.getLabeledFrames().size());
		assertEquals(7, instances(labels).size());
		assertEquals(17, instances(labels).stream().mapToInt(i -> i.getPoints().placedCount()).sum());
		assertEquals(3, labels.getTracks().size());
		assertEquals(1, labels.getVideos().size(), "only CollectedData_*.csv is read from labeled-data/video");
		assertTrue(Files.isRegularFile(Path.of(labels.getVideos().get(0).getImageFilenames().get(0))));
	}

	private static List<String> names(Skeleton skeleton) {
		return skeleton.getNodes().stream().map(Node::getName).toList();
	}

	private static List<Instance> instances(Labels labels) {
		return labels.getLabeledFrames().stream().flatMap(f -> f.getInstances().stream()).toList();
	}
}
