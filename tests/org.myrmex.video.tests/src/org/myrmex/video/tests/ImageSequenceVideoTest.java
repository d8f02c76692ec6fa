// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

class ImageSequenceVideoTest {

	@Test
	void readsTheRobotImagesOfAFolderAsThreeRgbFrames() throws Exception {
		Path folder = Fixtures.get("sleap/videos");
		try (VideoSource video = Videos.open(folder)) {
			assertEquals(folder, video.path());
			assertEquals(3, video.frameCount());
			assertEquals(560, video.width());
			assertEquals(320, video.height());
			assertEquals(3, video.channels());
			assertEquals(0, video.fps());
			for (int i = 0; i < 3; i++) {
				assertMatchesImageIo(folder.resolve("robot" + i + ".jpg"), video.readRgb(i));
			}
			assertNotEquals(video.readRgb(0), video.readRgb(2));
		}
	}

	/** javax.imageio decodes these baseline JPEGs to the same samples as OpenCV: the frames must match exactly. */
	private static void assertMatchesImageIo(Path jpeg, VideoFrame frame) throws Exception {
		BufferedImage reference = ImageIO.read(jpeg.toFile());
		assertEquals(reference.getWidth(), frame.width());
		assertEquals(reference.getHeight(), frame.height());
		for (int y = 0; y < frame.height(); y++) {
			for (int x = 0; x < frame.width(); x++) {
				int rgb = reference.getRGB(x, y);
				for (int c = 0; c < 3; c++) {
					assertEquals(rgb >> (16 - 8 * c) & 0xff, frame.get(x, y, c), jpeg + " pixel " + x + "," + y + "/" + c);
				}
			}
		}
	}

	/** Grey is OpenCV 4.9's cvtColor of the colour pixels: BT.601 weights in 15-bit fixed point, rounded. */
	@Test
	void greyIsOpenCvsLumaOfTheRgbFrameAndSequentialReadsAgree() throws Exception {
		try (VideoSource video = Videos.open(Fixtures.get("sleap/videos"))) {
			VideoFrame grey = video.readGray(1);
			VideoFrame rgb = video.readRgb(1);
			assertEquals(1, grey.channels());
			for (int y = 0; y < rgb.height(); y++) {
				for (int x = 0; x < rgb.width(); x++) {
					int luma = (rgb.get(x, y, 0) * 9798 + rgb.get(x, y, 1) * 19235 + rgb.get(x, y, 2) * 3735 + (1 << 14)) >> 15;
					assertEquals(luma, grey.get(x, y), "pixel " + x + "," + y);
				}
			}
			try (FrameReader reader = video.sequential(1, ColorMode.RGB)) {
				assertEquals(video.readRgb(1), reader.next());
				assertEquals(video.readRgb(2), reader.next());
				assertTrue(!reader.hasNext());
			}
		}
	}

	@Test
	void sortsAFolderInNaturalOrderAndReadsPngExactly(@TempDir Path dir) throws Exception {
		for (int n : new int[] { 10, 2, 1 }) {
			BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < 3; y++) {
				for (int x = 0; x < 4; x++) {
					image.setRGB(x, y, (n << 16) | ((x * 60) << 8) | (y * 100));
				}
			}
			ImageIO.write(image, "png", dir.resolve("frame" + n + ".png").toFile());
		}
		Files.writeString(dir.resolve("notes.txt"), "not an image");
		try (VideoSource video = Videos.open(dir)) {
			assertEquals(3, video.frameCount());
			assertEquals(3, video.channels());
			int[] expected = { 1, 2, 10 };
			for (int i = 0; i < 3; i++) {
				VideoFrame frame = video.readRgb(i);
				assertEquals(expected[i], frame.get(3, 2, 0), "red of frame " + i);
				assertEquals(180, frame.get(3, 2, 1));
				assertEquals(200, frame.get(3, 2, 2));
				assertEquals(0, frame.get(0, 0, 1));
			}
		}
	}

	@Test
	void readsGreyPngAsOneChannel(@TempDir Path dir) throws Exception {
		BufferedImage image = new BufferedImage(5, 2, BufferedImage.TYPE_BYTE_GRAY);
		image.getRaster().setSample(4, 1, 0, 201);
		image.getRaster().setSample(0, 0, 0, 7);
		Path png = dir.resolve("grey.png");
		ImageIO.write(image, "png", png.toFile());
		try (VideoSource video = Videos.open(png)) {
			assertEquals(1, video.frameCount());
			assertEquals(1, video.channels());
			assertEquals(201, video.readGray(0).get(4, 1));
			assertEquals(7, video.readGray(0).get(0, 0));
			VideoFrame rgb = video.readRgb(0);
			assertEquals(3, rgb.channels());
			assertEquals(201, rgb.get(4, 1, 0));
			assertEquals(201, rgb.get(4, 1, 2));
		}
	}

	@Test
	void readsAListInTheOrderGiven() throws Exception {
		Path folder = Fixtures.get("sleap/videos");
		try (VideoSource list = Videos.openImages(List.of(folder.resolve("robot2.jpg"), folder.resolve("robot0.jpg")));
				VideoSource sorted = Videos.open(folder)) {
			assertEquals(2, list.frameCount());
			assertEquals(sorted.readRgb(2), list.readRgb(0));
			assertEquals(sorted.readRgb(0), list.readRgb(1));
		}
	}

	@Test
	void refusesAFrameOutOfRange() throws Exception {
		Path folder = Fixtures.get("sleap/videos");
		try (VideoSource video = Videos.open(folder)) {
			VideoException e = assertThrows(VideoException.class, () -> video.readRgb(3));
			assertEquals(folder + ": frame 3 is out of range (the video has 3 frames)", e.getMessage());
			assertThrows(VideoException.class, () -> video.readGray(-1));
		}
	}

	@Test
	void namesTheImageThatIsMissingOrNotAnImage(@TempDir Path dir) throws Exception {
		Path robot = Fixtures.get("sleap/videos/robot0.jpg");
		Path missing = dir.resolve("gone.jpg");
		Path text = dir.resolve("text.png");
		Files.writeString(text, "this is text, not a PNG");
		try (VideoSource video = Videos.openImages(List.of(robot, missing, text))) {
			VideoException gone = assertThrows(VideoException.class, () -> video.readRgb(1));
			assertEquals(missing + ": no such image file", gone.getMessage());
			VideoException notImage = assertThrows(VideoException.class, () -> video.readGray(2));
			assertEquals(text, notImage.getFile());
			assertTrue(notImage.getMessage().startsWith(text + ": is not an image OpenCV can decode"), notImage.getMessage());
		}
		VideoException first = assertThrows(VideoException.class, () -> Videos.open(text));
		assertEquals(text, first.getFile());
		assertEquals(missing + ": no such file", assertThrows(VideoException.class, () -> Videos.open(missing)).getMessage());
	}

	@Test
	void refusesAFolderWithoutImages(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("readme.txt"), "no images here");
		VideoException e = assertThrows(VideoException.class, () -> Videos.open(dir));
		assertEquals(dir, e.getFile());
		assertTrue(e.getMessage().startsWith(dir + ": no image files in the folder (looked for bmp, jpeg, jpg,"),
				e.getMessage());
	}

	@Test
	void namesTheImageOfAnotherSize(@TempDir Path dir) throws Exception {
		ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("a1.png").toFile());
		ImageIO.write(new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("a2.png").toFile());
		try (VideoSource video = Videos.open(dir)) {
			assertEquals(4, video.readRgb(0).width());
			VideoException e = assertThrows(VideoException.class, () -> video.readRgb(1));
			assertEquals(dir.resolve("a2.png") + ": is 5x3 pixels, but the sequence's first image a1.png is 4x3",
					e.getMessage());
		}
	}
}
