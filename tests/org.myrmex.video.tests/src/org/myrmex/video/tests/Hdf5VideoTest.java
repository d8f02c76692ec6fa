// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.internal.images.Hdf5Video;

class Hdf5VideoTest {
	/**
	 * {@code sleap/test_grid/grid_2x2.h5} as h5py prints it: dataset {@code movie}, shape (1, 2, 2, 3), int32,
	 * {@code [[[[0,0,0],[1,0,0]],[[0,1,1],[1,1,1]]]]}; SLEAP's convert_range scales the 0/1 frame by 255.
	 */
	private static final int[][] GRID_RGB = { { 0, 0, 0 }, { 255, 0, 0 }, { 0, 255, 255 }, { 255, 255, 255 } };

	@Test
	void findsTheMovieDatasetOfTheGridFileAndScalesItsRange() throws Exception {
		Path grid = Fixtures.get("sleap/test_grid/grid_2x2.h5");
		try (VideoSource video = Videos.open(grid)) {
			Hdf5Video hdf5 = (Hdf5Video) video;
			assertEquals("/movie", hdf5.dataset());
			assertEquals(false, hdf5.channelsFirst());
			assertEquals(grid, video.path());
			assertEquals(1, video.frameCount());
			assertEquals(2, video.width());
			assertEquals(2, video.height());
			assertEquals(3, video.channels());
			assertEquals(0, video.fps());
			VideoFrame frame = video.readRgb(0);
			for (int i = 0; i < 4; i++) {
				for (int c = 0; c < 3; c++) {
					assertEquals(GRID_RGB[i][c], frame.get(i % 2, i / 2, c), "pixel " + i + " channel " + c);
				}
			}
			VideoFrame grey = video.readGray(0);
			assertEquals(0, grey.get(0, 0));
			assertEquals(255, grey.get(1, 1));
			VideoException e = assertThrows(VideoException.class, () -> video.readRgb(1));
			assertEquals(grid + ": frame 1 is out of range (the video has 1 frames)", e.getMessage());
		}
	}

	@Test
	void opensTheGridVideoOfASleapLabelsFileWrittenOnWindows() throws Exception {
		Path labels = Fixtures.get("sleap/test_grid/test_grid_labels.midpoint.h5");
		Video video = SlpReader.read(labels).getVideos().get(0);
		assertEquals(VideoBackend.HDF5, video.getBackend());
		assertEquals("D:/tmp/test_grid/grid_2x2.h5", video.getFilename());
		try (VideoSource source = Videos.open(video, labels)) {
			assertEquals(Fixtures.get("sleap/test_grid/grid_2x2.h5").toAbsolutePath().normalize(), source.path());
			assertEquals(255, source.readRgb(0).get(1, 0, 0));
			assertEquals(0, source.readRgb(0).get(1, 0, 1));
		}
	}

	@Test
	void readsBytesChannelsLastExactly(@TempDir Path dir) throws Exception {
		// 2 frames of 3x2 RGB; value = 100 * frame + 10 * (y * 3 + x) + channel
		byte[] values = new byte[2 * 2 * 3 * 3];
		for (int i = 0; i < values.length; i++) {
			values[i] = (byte) (100 * (i / 18) + 10 * (i % 18 / 3) + i % 3);
		}
		Path file = dir.resolve("rgb.h5");
		Hdf5Arrays.writeBytes(file, "frames", new long[] { 2, 2, 3, 3 }, values);
		try (VideoSource video = Videos.openHdf5(file, "frames", false)) {
			assertEquals(2, video.frameCount());
			assertEquals(3, video.width());
			assertEquals(2, video.height());
			VideoFrame second = video.readRgb(1);
			assertEquals(100 + 10 * 5 + 2, second.get(2, 1, 2));
			assertEquals(100 + 10 * 1 + 0, second.get(1, 0, 0));
			assertArrayEquals(java.util.Arrays.copyOfRange(values, 18, 36), second.pixels());
		}
	}

	@Test
	void readsChannelsFirstAsSleapDoesFramesTransposed(@TempDir Path dir) throws Exception {
		// SLEAP's channels_first: (frames, channels, width, height); value = 10 * x + y + 100 * channel
		int width = 3;
		int height = 2;
		byte[] values = new byte[3 * width * height];
		for (int c = 0; c < 3; c++) {
			for (int x = 0; x < width; x++) {
				for (int y = 0; y < height; y++) {
					values[(c * width + x) * height + y] = (byte) (10 * x + y + 100 * c);
				}
			}
		}
		Path file = dir.resolve("first.h5");
		Hdf5Arrays.writeBytes(file, "video", new long[] { 1, 3, width, height }, values);
		try (VideoSource video = Videos.openHdf5(file, "video", true)) {
			assertEquals(width, video.width());
			assertEquals(height, video.height());
			VideoFrame frame = video.readRgb(0);
			assertEquals(21, frame.get(2, 1, 0));
			assertEquals(121, frame.get(2, 1, 1));
			assertEquals(210, frame.get(1, 0, 2));
		}
		// found automatically, the axis order follows from where 3 channels fit
		try (VideoSource video = Videos.open(file)) {
			assertTrue(((Hdf5Video) video).channelsFirst());
			assertEquals(21, video.readRgb(0).get(2, 1, 0));
		}
	}

	@Test
	void readsRankThreeAsGreyAndScalesFloatsInTheUnitRange(@TempDir Path dir) throws Exception {
		Path grey = dir.resolve("grey.h5");
		Hdf5Arrays.writeBytes(grey, "g", new long[] { 2, 1, 2 }, new byte[] { 5, (byte) 250, 7, 9 });
		try (VideoSource video = Videos.openHdf5(grey, "/g", false)) {
			assertEquals(1, video.channels());
			assertEquals(250, video.readGray(0).get(1, 0));
			assertEquals(9, video.readRgb(1).get(1, 0, 1));
		}
		Path floats = dir.resolve("floats.h5");
		Hdf5Arrays.writeDoubles(floats, "f", new long[] { 1, 1, 3 }, new double[] { 0.0, 0.5, 1.0 });
		try (VideoSource video = Videos.open(floats)) {
			VideoFrame frame = video.readGray(0);
			assertEquals(0, frame.get(0, 0));
			assertEquals(127, frame.get(1, 0));
			assertEquals(255, frame.get(2, 0));
		}
	}

	@Test
	void refusesAnHdf5FileWithoutAVideoDataset() throws Exception {
		Path labels = Fixtures.get("sleap/test_grid/test_grid_labels.midpoint.h5");
		VideoException e = assertThrows(VideoException.class, () -> Videos.open(labels));
		assertEquals(labels, e.getFile());
		assertTrue(e.getMessage().startsWith(labels + ": no video dataset (an array of numbers of rank 3, or rank 4 "
				+ "with 1 or 3 channels); the file holds /frames (1) compound"), e.getMessage());
		VideoException named = assertThrows(VideoException.class, () -> Videos.openHdf5(labels, "/movie", false));
		assertEquals(labels + ": no dataset '/movie'", named.getMessage());
		assertEquals(labels + ": 'metadata' is not a dataset",
				assertThrows(VideoException.class, () -> Videos.openHdf5(labels, "metadata", false)).getMessage());
		VideoException table = assertThrows(VideoException.class, () -> Videos.openHdf5(labels, "points", false));
		assertTrue(table.getMessage().startsWith(labels + ": dataset 'points' "), table.getMessage());
	}

	@Test
	void asksWhichDatasetWhenSeveralCouldBeTheVideo(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("two.h5");
		Hdf5Arrays.writeTwo(file, "left", "right", new long[] { 1, 2, 2 }, new byte[4]);
		VideoException e = assertThrows(VideoException.class, () -> Videos.open(file));
		assertEquals(file + ": 2 datasets could hold the video, name one: /left (1, 2, 2) uint8, /right (1, 2, 2) uint8",
				e.getMessage());
	}

	@Test
	void refusesAFileThatIsNotHdf5(@TempDir Path dir) throws Exception {
		Path text = dir.resolve("fake.h5");
		Files.writeString(text, "not HDF5");
		VideoException e = assertThrows(VideoException.class, () -> Videos.open(text));
		assertEquals(text, e.getFile());
		assertTrue(e.getMessage().startsWith(text + ": not a readable HDF5 file"), e.getMessage());
		Path missing = dir.resolve("missing.h5");
		assertEquals(missing + ": no such file",
				assertThrows(VideoException.class, () -> Videos.openHdf5(missing, "x", false)).getMessage());
	}
}
