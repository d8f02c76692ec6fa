// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.sample.SampleProject;
import org.myrmex.video.synth.AntSkeletonSpec;
import org.myrmex.video.synth.ColonyParameters;

class SampleProjectTest {
	private static final ColonyParameters SMALL = ColonyParameters.defaults().withAntCount(2).withFrames(20, 30)
			.withSize(256, 256).withBodyLength(50);

	@Test
	void makesAVideoAndItsExactLabels(@TempDir Path dir) throws Exception {
		SampleProject project = new SampleProject(dir.resolve("sample"));
		Labels labels = project.create(SMALL, new NullProgressMonitor());
		assertTrue(project.exists());
		assertEquals(20, labels.getLabeledFrames().size());
		assertEquals(2, labels.getTracks().size());
		assertEquals(18, labels.getSkeletons().get(0).getNodes().size());
		assertEquals(17, labels.getSkeletons().get(0).getEdges().size());
		assertEquals(6, labels.getSkeletons().get(0).getSymmetries().size());
		assertTrue(EcoreUtil.equals(labels, project.load()), "saved labels differ");
		try (VideoSource video = Videos.open(project.video())) {
			assertEquals(20, video.frameCount());
			assertEquals(256, video.width());
			LabeledFrame first = labels.getLabeledFrames().get(0);
			VideoFrame frame = video.readGray(first.getFrameIndex());
			for (Instance ant : first.getInstances()) {
				int x = (int) Math.round(ant.getPoints().x(AntSkeletonSpec.ABDOMEN));
				int y = (int) Math.round(ant.getPoints().y(AntSkeletonSpec.ABDOMEN));
				// the labelled abdomen lies on the dark body drawn in the video
				assertTrue(frame.get(x, y) < 100, "abdomen pixel " + frame.get(x, y) + " at " + x + "," + y);
			}
		}
	}

	@Test
	void cancellingLeavesNoProject(@TempDir Path dir) throws Exception {
		SampleProject project = new SampleProject(dir.resolve("sample"));
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> project.create(SMALL, monitor));
		assertFalse(project.exists());
		assertFalse(Files.exists(project.video()));
	}
}
