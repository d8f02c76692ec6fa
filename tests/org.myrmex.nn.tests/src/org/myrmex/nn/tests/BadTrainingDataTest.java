// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.OptimizationConfig.Augmentation;
import org.myrmex.nn.data.DataException;
import org.myrmex.nn.data.ExamplePipeline;
import org.myrmex.nn.data.FrameSource;
import org.myrmex.nn.data.LabelledSamples;

/** Unusable data is refused with a message naming the problem, before any frame is read. */
class BadTrainingDataTest {

	@Test
	void anchorPartNotInTheSkeleton() throws Exception {
		Labels labels = DataFixtures.readClip();
		LabelledSamples samples = LabelledSamples.of(labels, "clip.slp");
		DataException e = assertThrows(DataException.class, () -> new ExamplePipeline(DataFixtures.centred("tail",
				null, Augmentation.defaults()), samples, null));
		assertTrue(e.getMessage().contains("\"tail\"") && e.getMessage().contains("thorax"), e.getMessage());
	}

	@Test
	void centerOnPartNotInTheSkeleton() throws Exception {
		LabelledSamples samples = LabelledSamples.of(DataFixtures.readClip(), "clip.slp");
		DataException e = assertThrows(DataException.class, () -> new ExamplePipeline(DataFixtures.config(
				new HeadConfig.CenteredInstance(null, null, 2.5, 2, 1, false), "stinger", 64, Augmentation.defaults()),
				samples, null));
		assertTrue(e.getMessage().contains("\"stinger\""), e.getMessage());
	}

	@Test
	void cropSizeNotAMultipleOfTheMaxStride() throws Exception {
		LabelledSamples samples = LabelledSamples.of(DataFixtures.readClip(), "clip.slp");
		DataException e = assertThrows(DataException.class, () -> new ExamplePipeline(DataFixtures.centred("thorax",
				100, Augmentation.defaults()), samples, null));
		assertTrue(e.getMessage().contains("crop_size 100"), e.getMessage());
	}

	@Test
	void labelsWithNoInstances() {
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		Skeleton skeleton = LabelsFactory.eINSTANCE.createSkeleton();
		Node node = LabelsFactory.eINSTANCE.createNode();
		node.setName("head");
		skeleton.getNodes().add(node);
		labels.getSkeletons().add(skeleton);
		DataException e = assertThrows(DataException.class, () -> LabelledSamples.of(labels, "empty.slp"));
		assertTrue(e.getMessage().contains("empty.slp") && e.getMessage().contains("no user-labelled instances"),
				e.getMessage());
	}

	@Test
	void missingVideo(@TempDir Path folder) throws Exception {
		Labels labels = DataFixtures.readClip();
		labels.getVideos().get(0).setFilename("/nowhere/missing_ants.mp4");
		LabelledSamples samples = LabelledSamples.of(labels, "clip.slp");
		DataException e = assertThrows(DataException.class, () -> new FrameSource(labels.getVideos(), folder.resolve(
				"clip.slp"), samples.samples(), DataConfig.Preprocessing.defaults()));
		assertTrue(e.getMessage().contains("missing_ants.mp4"), e.getMessage());
	}
}
