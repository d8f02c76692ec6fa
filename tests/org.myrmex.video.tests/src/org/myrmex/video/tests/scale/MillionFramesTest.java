// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.video.H264Writer;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoModels;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * A 1.2-million-frame video (SLEAP's issue #1740), made here: 32×32 grey H.264, lossless, 30 fps — eleven hours —,
 * each frame showing its own number as 4×4-pixel blocks of black and white. It opens with the memory its index
 * needs, seeks exactly to its last frame and to frames far apart, and labels on it save and reload unchanged.
 */
class MillionFramesTest {
	private static final int FRAMES = 1_200_000;
	private static final int SIZE = 32;

	@TempDir
	Path folder;

	@Test
	void opensSeeksExactlyToTheLastFrameAndItsLabelsRoundTrip() throws Exception {
		Path video = folder.resolve("eleven-hours.mp4");
		long start = System.nanoTime();
		try (H264Writer writer = new H264Writer(video, SIZE, SIZE, 30, 0, 250)) {
			for (int f = 0; f < FRAMES; f++) {
				writer.write(frame(f));
			}
			writer.finish();
		}
		double encodeSeconds = (System.nanoTime() - start) / 1e9;
		Videos.setIndexDirectory(folder.resolve("index"));
		long heapBefore = usedHeap();
		start = System.nanoTime();
		try (VideoSource source = Videos.open(video)) {
			assertEquals(FRAMES, source.frameCount());
			double openSeconds = (System.nanoTime() - start) / 1e9;
			long heapOpen = usedHeap() - heapBefore;
			start = System.nanoTime();
			assertEquals(FRAMES - 1, number(source.readGray(FRAMES - 1)), "the last frame, exactly");
			double lastSeconds = (System.nanoTime() - start) / 1e9;
			for (int f : new int[] { 0, 599_999, 1_000_003, 250, 1_199_750, 777_777 }) {
				assertEquals(f, number(source.readGray(f)), "frame " + f);
			}
			System.out.printf("1.2M frames: encoded in %.0f s; opened in %.1f s holding %.1f MB more heap; last frame "
					+ "in %.2f s%n", encodeSeconds, openSeconds, heapOpen / 1e6, lastSeconds);
			assertTrue(heapOpen < 200_000_000, "opening holds " + heapOpen / 1e6 + " MB");
		}

		Labels labels = labelsOn(VideoModels.of(video));
		Path file = folder.resolve("eleven-hours.slp");
		LabelsFiles.save(labels, file, new NullProgressMonitor());
		Labels reloaded = LabelsFiles.load(file);
		assertTrue(EcoreUtil.equals(labels, reloaded), "reloaded labels differ");
		assertEquals(FRAMES, reloaded.getVideos().get(0).getFrameCount());
		assertEquals(List.of(0, 600_000, FRAMES - 1),
				reloaded.getLabeledFrames().stream().map(LabeledFrame::getFrameIndex).toList());
		assertTrue(Files.size(file) < 1_000_000, "the file holds what is labelled: " + Files.size(file) + " bytes");
	}

	/** The frame's number in 21 bits, bit i a 4×4 block (row-major in an 8×8 grid): white for 1, black for 0. */
	private static byte[] frame(int number) {
		byte[] pixels = new byte[SIZE * SIZE];
		for (int bit = 0; bit < 21; bit++) {
			if ((number >> bit & 1) == 1) {
				int bx = bit % 8 * 4;
				int by = bit / 8 * 4;
				for (int y = by; y < by + 4; y++) {
					for (int x = bx; x < bx + 4; x++) {
						pixels[y * SIZE + x] = (byte) 255;
					}
				}
			}
		}
		return pixels;
	}

	private static int number(VideoFrame frame) {
		int number = 0;
		for (int bit = 0; bit < 21; bit++) {
			if (frame.get(bit % 8 * 4 + 1, bit / 8 * 4 + 1) > 128) {
				number |= 1 << bit;
			}
		}
		return number;
	}

	private static Labels labelsOn(Video video) {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Labels labels = factory.createLabels();
		labels.getVideos().add(video);
		Skeleton skeleton = factory.createSkeleton();
		skeleton.setName("ant");
		for (String name : new String[] { "Head", "Abdomen" }) {
			Node node = factory.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		labels.getSkeletons().add(skeleton);
		for (int f : new int[] { 0, 600_000, FRAMES - 1 }) {
			LabeledFrame frame = factory.createLabeledFrame();
			frame.setVideo(video);
			frame.setFrameIndex(f);
			UserInstance ant = factory.createUserInstance();
			ant.setSkeleton(skeleton);
			ant.setTrackingScore(Double.NaN);
			ant.setPoints(PointArray.of(new Point(3, 4, true, true, Double.NaN), new Point(9, 12, true, false, Double.NaN)));
			frame.getInstances().add(ant);
			labels.getLabeledFrames().add(frame);
		}
		return labels;
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
