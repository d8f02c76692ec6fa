// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.video.ColorMode;
import org.myrmex.video.LabelledFramesPackage;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.internal.images.EmbeddedVideo;
import org.myrmex.video.sample.SampleProject;
import org.myrmex.video.synth.ColonyParameters;

/** Frames of a package made from the sample project: frames 0, 3, 6 and 9 of a 12-frame, 128×96 grey video. */
class EmbeddedVideoTest {
	@TempDir
	static Path dir;
	private static SampleProject project;
	private static Path pkg;

	@BeforeAll
	static void packageTheSampleProject() throws Exception {
		project = new SampleProject(dir.resolve("sample"));
		Labels labels = project.create(ColonyParameters.defaults().withAntCount(2).withFrames(12, 30).withSize(128, 96)
				.withBodyLength(30), new NullProgressMonitor());
		labels.getLabeledFrames().removeIf(frame -> frame.getFrameIndex() % 3 != 0);
		pkg = dir.resolve("sample.pkg.slp");
		try (LabelledFramesPackage frames = new LabelledFramesPackage(labels, project.labels())) {
			SlpWriter.writePackage(labels, pkg, frames, new NullProgressMonitor());
		}
	}

	@Test
	void readsEveryEmbeddedFrameExactlyAsTheSourceVideoDecodesIt() throws Exception {
		Video video = SlpReader.read(pkg).getVideos().get(0);
		assertEquals(VideoBackend.EMBEDDED, video.getBackend());
		try (VideoSource embedded = Videos.open(video, pkg); VideoSource source = Videos.open(project.video())) {
			assertEquals(pkg, embedded.path());
			assertEquals(source.frameCount(), embedded.frameCount());
			assertEquals(128, embedded.width());
			assertEquals(96, embedded.height());
			assertEquals(1, embedded.channels());
			int[] frames = ((EmbeddedVideo) embedded).embeddedFrames();
			assertArrayEquals(new int[] { 0, 3, 6, 9 }, frames);
			for (int frame : frames) {
				assertEquals(source.readGray(frame), embedded.readGray(frame), "frame " + frame);
			}
			assertEquals(source.readGray(6).to(ColorMode.RGB), embedded.readRgb(6));
		}
	}

	@Test
	void refusesAFrameThatIsNotEmbedded() throws Exception {
		Video video = SlpReader.read(pkg).getVideos().get(0);
		try (VideoSource embedded = Videos.open(video, pkg)) {
			assertEquals(12, embedded.frameCount());
			VideoException e = assertThrows(VideoException.class, () -> embedded.readGray(4));
			assertEquals(pkg + ": frame 4 is not embedded in 'video0/video' (embedded: 4 frames)", e.getMessage());
			assertThrows(VideoException.class, () -> embedded.readGray(12));
		}
	}

	@Test
	void opensAnEmbeddedDatasetByName() throws Exception {
		try (VideoSource embedded = Videos.openEmbedded(pkg, "video0/video")) {
			// without the model, the video ends after the last embedded frame
			assertEquals(10, embedded.frameCount());
			assertEquals(128, embedded.readGray(9).width());
			VideoException e = assertThrows(VideoException.class, () -> embedded.readGray(10));
			assertEquals(pkg + ": frame 10 is out of range (the video has 10 frames)", e.getMessage());
		}
	}

	@Test
	void namesThePackageWhenTheImagesAreMissing(@TempDir Path empty) throws Exception {
		VideoException none = assertThrows(VideoException.class, () -> Videos.openEmbedded(pkg, "video7/video"));
		assertEquals(pkg + ": no embedded images at 'video7/video'", none.getMessage());
		Path missing = empty.resolve("gone.pkg.slp");
		assertEquals(missing + ": no such file",
				assertThrows(VideoException.class, () -> Videos.openEmbedded(missing, "video0/video")).getMessage());
		Path text = empty.resolve("text.pkg.slp");
		Files.writeString(text, "not HDF5");
		VideoException notHdf5 = assertThrows(VideoException.class, () -> Videos.openEmbedded(text, "video0/video"));
		assertEquals(text + ": not an HDF5 file (SLEAP .slp files are HDF5)", notHdf5.getMessage());
	}
}
