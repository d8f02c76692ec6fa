// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoModels;

/** A file added to a project becomes a labels-model video described as SLEAP stores it. */
class VideoModelsTest {
	@TempDir
	Path folder;

	@Test
	void describesAGreyMediaFile() throws Exception {
		Path file = Fixtures.require("sleap/videos/centered_pair_small.mp4");
		Video video = VideoModels.of(file);
		assertEquals(file.toAbsolutePath().normalize().toString(), video.getFilename());
		assertEquals(VideoBackend.MEDIA, video.getBackend());
		assertEquals(384, video.getWidth());
		assertEquals(384, video.getHeight());
		assertEquals(1100, video.getFrameCount());
		assertEquals(1, video.getChannels());
		assertTrue(video.isGrayscale());
	}

	@Test
	void describesAColourMediaFile() throws Exception {
		Video video = VideoModels.of(Fixtures.require("sleap/videos/small_robot_3_frame.mp4"));
		assertEquals(3, video.getChannels());
		assertFalse(video.isGrayscale());
		assertEquals(3, video.getFrameCount());
	}

	@Test
	void describesOneImageAsAVideoOfOneFrame() throws Exception {
		Path image = Fixtures.require("sleap/videos/robot0.jpg");
		Video video = VideoModels.of(image);
		assertEquals(VideoBackend.IMAGE_LIST, video.getBackend());
		assertEquals(java.util.List.of(image.toAbsolutePath().normalize().toString()), video.getImageFilenames());
		assertEquals(1, video.getFrameCount());
	}

	@Test
	void aFileThatIsNoVideoIsNamedInTheError() throws Exception {
		Path text = Files.writeString(folder.resolve("notes.mp4"), "not a video");
		VideoException e = assertThrows(VideoException.class, () -> VideoModels.of(text));
		assertTrue(e.getMessage().contains("notes.mp4"), e.getMessage());
		VideoException missing = assertThrows(VideoException.class, () -> VideoModels.of(folder.resolve("gone.mp4")));
		assertTrue(missing.getMessage().contains("gone.mp4"), missing.getMessage());
	}
}
