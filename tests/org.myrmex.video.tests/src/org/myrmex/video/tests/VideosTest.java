// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/** Opening the video of a labels model by its backend, with paths stored on other machines. */
class VideosTest {

	@Test
	void opensTheImageListsOfSleapLabelsFilesWrittenOnWindows() throws Exception {
		Path images = Fixtures.get("sleap/videos");
		for (String file : new String[] { "sleap/siv_format_v1/small_robot_siv.slp",
				"sleap/siv_format_v2/small_robot_siv_caching.slp" }) {
			Path labels = Fixtures.get(file);
			Video video = SlpReader.read(labels).getVideos().get(0);
			assertEquals(VideoBackend.IMAGE_LIST, video.getBackend());
			assertTrue(video.getImageFilenames().get(2).endsWith("videos\\robot2.jpg"), video.getImageFilenames().get(2));
			try (VideoSource list = Videos.open(video, labels); VideoSource folder = Videos.open(images)) {
				assertEquals(3, list.frameCount());
				assertEquals(560, list.width());
				assertEquals(320, list.height());
				assertEquals(3, list.channels());
				for (int i = 0; i < 3; i++) {
					assertEquals(folder.readRgb(i), list.readRgb(i), file + " frame " + i);
				}
			}
		}
	}

	@Test
	void opensAMediaVideoFoundNextToTheLabels() throws Exception {
		Path labels = Fixtures.get("sleap/videos/labels.slp");
		Video video = LabelsFactory.eINSTANCE.createVideo();
		video.setBackend(VideoBackend.MEDIA);
		video.setFilename("C:\\Users\\someone\\ants\\small_robot_3_frame.mp4");
		try (VideoSource source = Videos.open(video, labels)) {
			assertEquals(Fixtures.get("sleap/videos/small_robot_3_frame.mp4").toRealPath(), source.path().toRealPath());
			assertEquals(3, source.frameCount());
		}
	}

	@Test
	void describesWhereAMissingVideoWasLookedFor(@TempDir Path dir) throws Exception {
		Path labels = dir.resolve("labels.slp");
		Video video = LabelsFactory.eINSTANCE.createVideo();
		video.setBackend(VideoBackend.IMAGE_LIST);
		video.setFilename("/elsewhere/frames/f0.png");
		video.getImageFilenames().add("/elsewhere/frames/f0.png");
		VideoException e = assertThrows(VideoException.class, () -> Videos.open(video, labels));
		assertEquals(Path.of("/elsewhere/frames/f0.png"), e.getFile());
		assertTrue(e.getMessage().startsWith("/elsewhere/frames/f0.png: video \"/elsewhere/frames/f0.png\" not found; tried "),
				e.getMessage());
		video.setBackend(VideoBackend.MEDIA);
		video.setFilename("D:\\videos\\gone.mp4");
		VideoException media = assertThrows(VideoException.class, () -> Videos.open(video, labels));
		assertTrue(media.getMessage().contains("video \"D:\\videos\\gone.mp4\" not found; tried "), media.getMessage());
	}
}
