// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsXmi;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;

class LabelsXmiTest {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;

	static Labels twoNodeLabels() {
		Labels labels = FACTORY.createLabels();
		Video video = FACTORY.createVideo();
		video.setFilename("clip.mp4");
		video.setWidth(64);
		video.setHeight(48);
		video.setFrameCount(10);
		labels.getVideos().add(video);
		Skeleton skeleton = FACTORY.createSkeleton();
		skeleton.setName("pair");
		for (String name : new String[] { "A", "B" }) {
			Node node = FACTORY.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		labels.getSkeletons().add(skeleton);
		Track track = FACTORY.createTrack();
		track.setName("one");
		labels.getTracks().add(track);
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setVideo(video);
		frame.setFrameIndex(7);
		UserInstance instance = FACTORY.createUserInstance();
		instance.setSkeleton(skeleton);
		instance.setTrack(track);
		instance.setPoints(PointArray.of(Point.placed(1.5, 2.25), Point.missing()));
		frame.getInstances().add(instance);
		labels.getLabeledFrames().add(frame);
		return labels;
	}

	@Test
	void savedLabelsLoadBackEqual(@TempDir Path dir) throws Exception {
		Labels labels = twoNodeLabels();
		Path file = dir.resolve("project.labels.xmi");
		LabelsXmi.save(labels, file);
		Labels loaded = LabelsXmi.load(file);
		assertNotSame(labels, loaded);
		assertTrue(EcoreUtil.equals(labels, loaded), "loaded labels differ from saved ones");
		UserInstance instance = (UserInstance) loaded.getLabeledFrames().get(0).getInstances().get(0);
		assertEquals(1.5, instance.getPoints().x(0));
		assertTrue(Double.isNaN(instance.getPoints().x(1)));
		assertEquals("one", instance.getTrack().getName());
	}

	@Test
	void saveReplacesTheFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("project.labels.xmi");
		Files.writeString(file, "old content");
		LabelsXmi.save(twoNodeLabels(), file);
		assertTrue(Files.readString(file).contains("clip.mp4"));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "a temporary file was left behind");
		}
	}

	@Test
	void aFailedSaveKeepsThePreviousFile(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("project.labels.xmi");
		Files.writeString(file, "previous labels");
		Labels broken = twoNodeLabels();
		// a dangling reference (an instance's skeleton that is in no resource) makes EMF's save fail
		((UserInstance) broken.getLabeledFrames().get(0).getInstances().get(0)).setSkeleton(FACTORY.createSkeleton());
		assertThrows(LabelsFileException.class, () -> LabelsXmi.save(broken, file));
		assertEquals("previous labels", Files.readString(file));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "a temporary file was left behind");
		}
	}

	@Test
	void refusesAFileThatIsNotLabels(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("x.labels.xmi"), "<html>not labels</html>");
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> LabelsXmi.load(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
	}
}
