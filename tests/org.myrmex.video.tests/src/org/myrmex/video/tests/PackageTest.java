// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.EmbeddedImages;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.LabelledFramesPackage;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.sample.SampleProject;
import org.myrmex.video.synth.ColonyParameters;

class PackageTest {

	@Test
	void packagesEveryLabelledFrameAndReadsItBackExactly(@TempDir Path dir) throws Exception {
		SampleProject project = new SampleProject(dir.resolve("sample"));
		Labels labels = project.create(ColonyParameters.defaults().withAntCount(2).withFrames(12, 30).withSize(128, 96)
				.withBodyLength(30), new NullProgressMonitor());
		Path pkg = dir.resolve("sample.pkg.slp");
		try (LabelledFramesPackage frames = new LabelledFramesPackage(labels, project.labels())) {
			SlpWriter.writePackage(labels, pkg, frames, new NullProgressMonitor());
		}
		Labels packaged = SlpReader.read(pkg);
		Video embedded = packaged.getVideos().get(0);
		assertEquals(VideoBackend.EMBEDDED, embedded.getBackend());
		assertEquals(SampleProject.VIDEO, embedded.getSourceVideo().getFilename());
		assertEquals(12, packaged.getLabeledFrames().size());
		assertEquals(24, packaged.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum());
		try (EmbeddedImages images = EmbeddedImages.open(pkg, embedded.getDataset());
				VideoSource video = Videos.open(project.video())) {
			assertArrayEquals(IntStream.range(0, 12).toArray(), images.frameNumbers());
			for (int frame : new int[] { 0, 7, 11 }) {
				BufferedImage png = ImageIO.read(new ByteArrayInputStream(images.encoded(frame)));
				VideoFrame original = video.readGray(frame);
				assertEquals(128, png.getWidth());
				assertEquals(96, png.getHeight());
				for (int y = 0; y < 96; y += 5) {
					for (int x = 0; x < 128; x += 5) {
						assertEquals(original.get(x, y), png.getRaster().getSample(x, y, 0), "pixel " + x + "," + y);
					}
				}
			}
			assertTrue(!images.contains(12));
		}
	}

	@Test
	void colourFramesKeepTheirColour(@TempDir Path dir) throws Exception {
		Path labelsFile = Fixtures.get("sleap/slp_hdf5/small_robot_minimal.slp");
		Labels labels = SlpReader.read(labelsFile);
		Path pkg = dir.resolve("robot.pkg.slp");
		try (LabelledFramesPackage frames = new LabelledFramesPackage(labels, labelsFile)) {
			SlpWriter.writePackage(labels, pkg, frames, new NullProgressMonitor());
		}
		Labels packaged = SlpReader.read(pkg);
		Video embedded = packaged.getVideos().get(0);
		try (VideoSource stored = Videos.open(embedded, pkg); VideoSource video = Videos.open(Fixtures.get("sleap/videos/small_robot.mp4"))) {
			assertEquals(3, stored.channels());
			for (int frame : new int[] { 0, 79 }) {
				assertEquals(video.readRgb(frame), stored.readRgb(frame), "frame " + frame + " round trip, colour kept");
			}
		}
	}
}
