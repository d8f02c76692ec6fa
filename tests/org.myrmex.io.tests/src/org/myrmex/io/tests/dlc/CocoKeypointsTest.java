// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.dlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.coco.CocoKeypoints;
import org.myrmex.io.dlc.DeepLabCut;
import org.myrmex.io.export.ExportedInstances;
import org.myrmex.io.export.LabelsExport;
import org.myrmex.io.export.LabelsExport.Format;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Point;
import org.myrmex.model.UserInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** COCO keypoints: written from labels, read back, refused where it cannot hold the labels or is not COCO. */
class CocoKeypointsTest {
	@TempDir
	Path dir;

	/**
	 * The multi-animal DeepLabCut fixture project copied into {@code dir} (config.yaml, labeled-data/video), one
	 * point made not visible.
	 */
	private Labels labelsWithImages() throws Exception {
		Files.copy(Fixtures.get("sleap/dlc/madlc_230_config.yaml"), dir.resolve("config.yaml"));
		Path images = Files.createDirectories(dir.resolve("labeled-data/video"));
		Path source = Fixtures.get("sleap/dlc/labeled-data/video");
		try (Stream<Path> files = Files.list(source)) {
			for (Path file : files.toList()) {
				Files.copy(file, images.resolve(file.getFileName()));
			}
		}
		Labels labels = DeepLabCut.read(dir.resolve("config.yaml"));
		Instance first = labels.getLabeledFrames().get(0).getInstances().get(0);
		first.setPoints(first.getPoints().with(1, new Point(2, 3, false, false, Double.NaN)));
		return labels;
	}

	@Test
	void slpToCocoToSlpKeepsNodesPointsAndVisibility() throws Exception {
		Labels original = labelsWithImages();
		Path slp = dir.resolve("labels.slp");
		LabelsFiles.save(original, slp, new NullProgressMonitor());
		Path coco = dir.resolve("labels.json");
		CocoKeypoints.write(LabelsFiles.load(slp), coco);
		assertTrue(CocoKeypoints.isCoco(coco));
		Labels back = LabelsFiles.load(coco); // by content: COCO, not SLEAP's old JSON
		Path again = dir.resolve("again.slp");
		LabelsFiles.save(back, again, new NullProgressMonitor());
		Labels round = LabelsFiles.load(again);

		assertEquals(List.of("A", "B", "C", "D", "E"),
				round.getSkeletons().get(0).getNodes().stream().map(n -> n.getName()).toList());
		assertEquals(List.of("A>B", "B>C"), round.getSkeletons().get(0).getEdges().stream()
				.map(e -> e.getSource().getName() + ">" + e.getDestination().getName()).toList());
		assertEquals("maudlc_2.3.0", round.getSkeletons().get(0).getName());
		assertEquals(original.getLabeledFrames().size(), round.getLabeledFrames().size());
		for (int f = 0; f < original.getLabeledFrames().size(); f++) {
			LabeledFrame before = original.getLabeledFrames().get(f);
			LabeledFrame after = round.getLabeledFrames().get(f);
			assertEquals(image(before), image(after), "the same image");
			assertEquals(points(before), points(after), "frame " + before.getFrameIndex());
		}
		Point hidden = round.getLabeledFrames().get(0).getInstances().get(0).getPoints().get(1);
		assertEquals(new Point(2, 3, false, false, Double.NaN), hidden, "v=1: labelled, not visible");
		assertEquals(17, round.getLabeledFrames().stream().flatMap(f -> f.getInstances().stream())
				.mapToInt(i -> i.getPoints().placedCount()).sum());
	}

	@Test
	void theJsonIsCocoKeypoints() throws Exception {
		Path coco = dir.resolve("labels.json");
		CocoKeypoints.write(labelsWithImages(), coco);
		JsonNode root = new ObjectMapper().readTree(coco.toFile());
		assertEquals(3, root.path("images").size(), "one image per labelled frame");
		assertEquals(List.of("labeled-data/video/img000.png", "labeled-data/video/img001.png",
				"labeled-data/video/img003.png"),
				List.of(0, 1, 2).stream().map(i -> root.path("images").get(i).path("file_name").asText()).toList());
		assertEquals(7, root.path("annotations").size());
		JsonNode first = root.path("annotations").get(0);
		assertEquals("[0.0,1.0,2,2.0,3.0,1,4.0,5.0,2,0,0,0,0,0,0]", first.path("keypoints").toString());
		assertEquals(3, first.path("num_keypoints").asInt());
		assertEquals("[0.0,1.0,4.0,4.0]", first.path("bbox").toString());
		JsonNode category = root.path("categories").get(0);
		assertEquals("[\"A\",\"B\",\"C\",\"D\",\"E\"]", category.path("keypoints").toString());
		assertEquals("[[1,2],[2,3]]", category.path("skeleton").toString());
		assertEquals(30, root.path("images").get(0).path("width").asInt(), "from the PNG header");
	}

	@Test
	void myrmexExportWritesTheSameCocoBesideTheLabels() throws Exception {
		Labels labels = labelsWithImages();
		Path slp = dir.resolve("labels.slp");
		Path direct = dir.resolve("direct.json");
		CocoKeypoints.write(labels, direct);
		List<Path> written = LabelsExport.export(
				new LabelsExport.Request(labels, slp, Format.COCO, -1, ExportedInstances.ALL, null), null);
		assertEquals(List.of(dir.resolve("labels.slp.coco.json")), written);
		assertEquals(Files.readString(direct), Files.readString(written.get(0)));
		assertEquals(Format.COCO, Format.of("coco"));
		assertThrows(IllegalArgumentException.class, () -> new LabelsExport.Request(labels, slp, Format.COCO, -1,
				ExportedInstances.PREDICTED, null), "COCO holds user instances only");
	}

	@Test
	void framesOfAMediaVideoAreRefusedAndNothingIsWritten() throws Exception {
		Labels labels = LabelsFiles.load(Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"));
		Path coco = dir.resolve("minimal.json");
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> CocoKeypoints.write(labels, coco));
		assertTrue(e.getMessage().startsWith(coco + ": frame 0 of "), e.getMessage());
		assertTrue(e.getMessage().contains("is not an image file"), e.getMessage());
		assertEquals(List.of(), list(dir));
	}

	@Test
	void anExportIntoAReadOnlyFolderFailsNamingTheFile() throws Exception {
		Labels labels = labelsWithImages();
		Path coco = Path.of("/proc/self/labels.json"); // read-only for every user, root included
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> CocoKeypoints.write(labels, coco));
		assertTrue(e.getMessage().startsWith(coco + ": cannot write"), e.getMessage());
		Path locked = Files.createDirectories(dir.resolve("locked"));
		Path inside = locked.resolve("labels.json");
		assertTrue(locked.toFile().setWritable(false, false));
		try {
			if (!Files.isWritable(locked)) { // not root: the folder's permission holds
				assertThrows(LabelsFileException.class, () -> CocoKeypoints.write(labels, inside));
				assertEquals(List.of(), list(locked));
			}
		} finally {
			locked.toFile().setWritable(true);
		}
	}

	@Test
	void categoriesWithoutKeypointsAreRefused() throws Exception {
		Path json = Files.writeString(dir.resolve("boxes.json"), """
				{"images": [{"id": 1, "file_name": "a.png", "width": 4, "height": 4}],
				 "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 2, 2]}],
				 "categories": [{"id": 1, "name": "ant"}]}""");
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> LabelsFiles.load(json));
		assertEquals(json + ": no category has keypoints [ant]: this is not a COCO keypoints file", e.getMessage());
	}

	@Test
	void anAnnotationOfACategoryWithoutKeypointsIsRefused() throws Exception {
		Path json = Files.writeString(dir.resolve("mixed.json"), """
				{"images": [{"id": 1, "file_name": "a.png", "width": 4, "height": 4}],
				 "annotations": [{"id": 7, "image_id": 1, "category_id": 2, "bbox": [0, 0, 2, 2]}],
				 "categories": [{"id": 1, "name": "ant", "keypoints": ["head"], "skeleton": []},
				                {"id": 2, "name": "stone"}]}""");
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> LabelsFiles.load(json));
		assertEquals(json + ": annotation 7: category 2 ('stone') has no keypoints", e.getMessage());
	}

	@Test
	void sleapsOldJsonIsStillReadAsSleap() {
		assertFalse(CocoKeypoints.isCoco(Fixtures.get("sleap/json_format_v2/minimal_instance.json")));
	}

	private static String image(LabeledFrame frame) {
		return Path.of(frame.getVideo().getImageFilenames().get(frame.getFrameIndex())).getFileName().toString();
	}

	private static List<List<Point>> points(LabeledFrame frame) {
		List<List<Point>> points = new ArrayList<>();
		for (Instance instance : frame.getInstances()) {
			assertTrue(instance instanceof UserInstance);
			points.add(instance.getPoints().toList());
		}
		return points;
	}

	private static List<Path> list(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}
}
