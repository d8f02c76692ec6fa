// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.PointArray;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.DuplicateFrames;
import org.myrmex.model.index.FrameIndex;

class FrameIndexTest {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;

	private Labels labels;
	private Video a;
	private Video b;

	@BeforeEach
	void createProject() {
		labels = FACTORY.createLabels();
		a = video("a.mp4");
		b = video("b.mp4");
	}

	@Test
	void ofAttachesOnceAndReturnsTheSameIndex() {
		FrameIndex index = FrameIndex.of(labels);
		assertSame(index, FrameIndex.of(labels));
		assertSame(labels, index.labels());
		assertEquals(1, labels.eAdapters().size());
		assertThrows(IllegalArgumentException.class, () -> FrameIndex.of(null));
	}

	@Test
	void indexesFramesPresentWhenAttachedAndFramesAddedLater() {
		LabeledFrame before = add(a, 3);
		FrameIndex index = FrameIndex.of(labels);
		LabeledFrame one = frame(a, 1);
		labels.getLabeledFrames().add(one);
		LabeledFrame b7 = frame(b, 7);
		LabeledFrame a9 = frame(a, 9);
		labels.getLabeledFrames().addAll(List.of(b7, a9));
		LabeledFrame a0 = frame(a, 0);
		LabeledFrame a5 = frame(a, 5);
		labels.getLabeledFrames().addAll(0, List.of(a0, a5));

		assertSame(before, index.find(a, 3).orElseThrow());
		assertSame(one, index.find(a, 1).orElseThrow());
		assertSame(b7, index.find(b, 7).orElseThrow());
		assertSame(a9, index.find(a, 9).orElseThrow());
		assertSame(a0, index.find(a, 0).orElseThrow());
		assertTrue(index.find(b, 3).isEmpty());
		assertTrue(index.find(null, 3).isEmpty());
		assertEquals(List.of(a0, one, before, a5, a9), index.frames(a));
		assertEquals(5, index.count(a));
		assertEquals(1, index.count(b));
		assertEquals(6, index.size());
		assertMatchesScan(index);
	}

	@Test
	void forgetsRemovedFramesWhateverTheWayOfRemoval() {
		LabeledFrame a1 = add(a, 1);
		LabeledFrame a2 = add(a, 2);
		LabeledFrame a3 = add(a, 3);
		LabeledFrame b1 = add(b, 1);
		LabeledFrame b2 = add(b, 2);
		FrameIndex index = FrameIndex.of(labels);

		labels.getLabeledFrames().remove(a2);
		assertTrue(index.find(a, 2).isEmpty());
		assertTrue(a2.eAdapters().isEmpty(), "a removed frame keeps no adapter of the index");
		labels.getLabeledFrames().removeAll(List.of(a1, b2));
		assertEquals(List.of(a3), index.frames(a));
		EcoreUtil.delete(b1);
		assertEquals(0, index.count(b));
		labels.getLabeledFrames().clear();
		assertEquals(0, index.size());
		assertTrue(index.first(a).isEmpty());
		assertMatchesScan(index);
	}

	@Test
	void replacingAFrameInTheListReindexes() {
		add(a, 1);
		LabeledFrame old = add(a, 2);
		FrameIndex index = FrameIndex.of(labels);
		LabeledFrame replacement = frame(b, 4);
		labels.getLabeledFrames().set(1, replacement);
		assertTrue(index.find(a, 2).isEmpty());
		assertSame(replacement, index.find(b, 4).orElseThrow());
		assertTrue(old.eAdapters().isEmpty());
		assertMatchesScan(index);
	}

	@Test
	void followsChangesOfAFramesIndexAndVideo() {
		LabeledFrame frame = add(a, 10);
		FrameIndex index = FrameIndex.of(labels);

		frame.setFrameIndex(12);
		assertTrue(index.find(a, 10).isEmpty());
		assertSame(frame, index.find(a, 12).orElseThrow());

		frame.setVideo(b);
		assertTrue(index.find(a, 12).isEmpty());
		assertSame(frame, index.find(b, 12).orElseThrow());

		frame.eUnset(LabelsPackage.Literals.LABELED_FRAME__VIDEO);
		assertEquals(0, index.size(), "a frame without a video is not indexed");
		frame.setFrameIndex(4);
		frame.setVideo(a);
		assertSame(frame, index.find(a, 4).orElseThrow());
		assertMatchesScan(index);
	}

	@Test
	void aFrameAddedWithoutVideoIsIndexedOnceItHasOne() {
		FrameIndex index = FrameIndex.of(labels);
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setFrameIndex(8);
		labels.getLabeledFrames().add(frame);
		assertEquals(0, index.size());
		frame.setVideo(b);
		assertSame(frame, index.find(b, 8).orElseThrow());
	}

	@Test
	void navigatesAVideosLabelledFramesInFrameOrder() {
		LabeledFrame a20 = add(a, 20);
		LabeledFrame a5 = add(a, 5);
		LabeledFrame a10 = add(a, 10);
		LabeledFrame b7 = add(b, 7);
		FrameIndex index = FrameIndex.of(labels);

		assertEquals(Optional.of(a10), index.next(a, 5));
		assertEquals(Optional.of(a5), index.next(a, 4));
		assertEquals(Optional.of(a10), index.next(a, 7), "from an unlabelled frame");
		assertEquals(Optional.empty(), index.next(a, 20));
		assertEquals(Optional.of(a5), index.previous(a, 10));
		assertEquals(Optional.of(a10), index.previous(a, 15));
		assertEquals(Optional.empty(), index.previous(a, 5));
		assertEquals(Optional.of(a5), index.first(a));
		assertEquals(Optional.of(a20), index.last(a));
		assertEquals(Optional.of(b7), index.first(b));
		assertEquals(Optional.of(b7), index.last(b));
		assertEquals(Optional.empty(), index.next(b, 7));
		assertEquals(List.of(a5, a10), index.range(a, 5, 20));
		assertEquals(List.of(a5, a10, a20), index.range(a, Integer.MIN_VALUE, Integer.MAX_VALUE));
		assertEquals(List.of(), index.range(a, 11, 11));
		assertEquals(List.of(), index.range(b, 0, 7));
		assertThrows(IllegalArgumentException.class, () -> index.range(a, 3, 2));
		assertTrue(index.contains(a, 10));
		assertFalse(index.contains(b, 10));
		Video unknown = video("c.mp4");
		assertEquals(0, index.count(unknown));
		assertTrue(index.next(unknown, 0).isEmpty());
		assertTrue(index.frames(unknown).isEmpty());
	}

	@Test
	void duplicateFramesAnswerWithTheFirstInProjectOrder() {
		LabeledFrame first = add(a, 3);
		add(b, 3);
		LabeledFrame second = add(a, 3);
		FrameIndex index = FrameIndex.of(labels);

		assertSame(first, index.find(a, 3).orElseThrow());
		assertEquals(1, index.count(a), "duplicates count as one frame");
		assertTrue(index.hasDuplicates());
		assertEquals(List.of(new DuplicateFrames(a, 3, List.of(first, second))), index.duplicates());

		labels.getLabeledFrames().move(0, second);
		assertSame(second, index.find(a, 3).orElseThrow(), "moving the later one first makes it the answer");
		assertEquals(List.of(second, first), index.duplicates().get(0).frames());

		LabeledFrame inserted = frame(a, 3);
		labels.getLabeledFrames().add(0, inserted);
		assertSame(inserted, index.find(a, 3).orElseThrow());
		assertEquals(List.of(inserted, second, first), index.duplicates().get(0).frames());

		labels.getLabeledFrames().remove(inserted);
		second.setFrameIndex(4);
		assertSame(first, index.find(a, 3).orElseThrow());
		assertSame(second, index.find(a, 4).orElseThrow());
		assertFalse(index.hasDuplicates());
		assertEquals(List.of(), index.duplicates());
		assertMatchesScan(index);
	}

	@Test
	void disposeDetachesFromProjectAndFrames() {
		LabeledFrame frame = add(a, 1);
		FrameIndex index = FrameIndex.of(labels);
		assertEquals(1, frame.eAdapters().size());
		index.dispose();
		assertTrue(labels.eAdapters().isEmpty());
		assertTrue(frame.eAdapters().isEmpty());
		FrameIndex fresh = FrameIndex.of(labels);
		assertNotSame(index, fresh);
		assertSame(frame, fresh.find(a, 1).orElseThrow());
	}

	@Test
	void disposeDetachesEvenWhenTheProjectDeliversNoNotifications() {
		LabeledFrame frame = add(a, 1);
		FrameIndex index = FrameIndex.of(labels);
		labels.eSetDeliver(false);
		index.dispose();
		labels.eSetDeliver(true);
		assertTrue(labels.eAdapters().isEmpty());
		assertTrue(frame.eAdapters().isEmpty());
		assertEquals(0, index.size());
	}

	@Test
	void addsNoAdapterToInstances() {
		LabeledFrame frame = add(a, 1);
		UserInstance before = instance();
		frame.getInstances().add(before);
		FrameIndex.of(labels);
		UserInstance after = instance();
		frame.getInstances().add(after);
		LabeledFrame added = frame(b, 2);
		UserInstance inAdded = instance();
		added.getInstances().add(inAdded);
		labels.getLabeledFrames().add(added);
		assertTrue(before.eAdapters().isEmpty());
		assertTrue(after.eAdapters().isEmpty());
		assertTrue(inAdded.eAdapters().isEmpty());
	}

	@Test
	void staysEqualToALinearScanUnderRandomEdits() {
		FrameIndex index = FrameIndex.of(labels);
		Video[] videos = { a, b };
		Random random = new Random(42);
		for (int step = 0; step < 3000; step++) {
			EList<LabeledFrame> frames = labels.getLabeledFrames();
			int size = frames.size();
			switch (random.nextInt(size == 0 ? 1 : 8)) {
			case 0 -> frames.add(random.nextInt(size + 1), frame(videos[random.nextInt(2)], random.nextInt(40)));
			case 1 -> frames.addAll(random.nextInt(size + 1),
					List.of(frame(videos[random.nextInt(2)], random.nextInt(40)), frame(a, random.nextInt(40))));
			case 2 -> frames.remove(random.nextInt(size));
			case 3 -> frames.removeAll(List.of(frames.get(random.nextInt(size)), frames.get(random.nextInt(size))));
			case 4 -> frames.move(random.nextInt(size), random.nextInt(size));
			case 5 -> frames.set(random.nextInt(size), frame(videos[random.nextInt(2)], random.nextInt(40)));
			case 6 -> frames.get(random.nextInt(size)).setFrameIndex(random.nextInt(40));
			default -> frames.get(random.nextInt(size)).setVideo(videos[random.nextInt(2)]);
			}
			assertMatchesScan(index);
		}
	}

	@Test
	void aQuarterMillionFramesAreIndexedAndEditedWithoutInstanceAdapters() {
		int n = 250_000;
		PointArray points = PointArray.missing(13);
		FrameIndex index = FrameIndex.of(labels);
		List<LabeledFrame> frames = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			// video a holds the even frames 0, 2, 4, ... in order; video b the odd frames, added in reverse order
			LabeledFrame frame = i % 2 == 0 ? frame(a, i) : frame(b, n - i);
			UserInstance instance = instance();
			instance.setPoints(points);
			frame.getInstances().add(instance);
			frames.add(frame);
		}
		labels.getLabeledFrames().addAll(frames);

		assertEquals(n / 2, index.count(a));
		assertEquals(n / 2, index.count(b));
		assertSame(frames.get(123_456), index.find(a, 123_456).orElseThrow());
		assertSame(frames.get(n - 1001), index.find(b, 1001).orElseThrow());
		assertEquals(123_458, index.next(a, 123_456).orElseThrow().getFrameIndex());
		assertEquals(123_454, index.previous(a, 123_455).orElseThrow().getFrameIndex());
		assertEquals(0, index.first(a).orElseThrow().getFrameIndex());
		assertEquals(n - 2, index.last(a).orElseThrow().getFrameIndex());
		assertEquals(1, index.first(b).orElseThrow().getFrameIndex());
		assertEquals(500, index.range(a, 1000, 2000).size());

		labels.getLabeledFrames().remove(frames.get(123_458));
		assertEquals(123_460, index.next(a, 123_456).orElseThrow().getFrameIndex());
		frames.get(0).setFrameIndex(n);
		assertEquals(n, index.last(a).orElseThrow().getFrameIndex());

		index.dispose();
		FrameIndex rebuilt = FrameIndex.of(labels);
		assertEquals(0, index.size(), "a disposed index is empty");
		assertEquals(n / 2 - 1, rebuilt.count(a));
		assertSame(frames.get(n - 7), rebuilt.find(b, 7).orElseThrow());
		for (int i = 0; i < n; i += 997) {
			LabeledFrame frame = frames.get(i);
			assertTrue(frame.getInstances().get(0).eAdapters().isEmpty(), "instance of frame " + i + " has an adapter");
			if (frame.eContainer() == labels) {
				assertEquals(1, frame.eAdapters().size());
			}
		}
	}

	/** Compares the index with what a linear scan of the project finds (first frame per key in list order). */
	private void assertMatchesScan(FrameIndex index) {
		Map<Video, TreeMap<Integer, List<LabeledFrame>>> expected = new LinkedHashMap<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() != null) {
				expected.computeIfAbsent(frame.getVideo(), v -> new TreeMap<>())
						.computeIfAbsent(frame.getFrameIndex(), i -> new ArrayList<>()).add(frame);
			}
		}
		int size = 0;
		int duplicates = 0;
		for (Video video : List.of(a, b)) {
			TreeMap<Integer, List<LabeledFrame>> byIndex = expected.getOrDefault(video, new TreeMap<>());
			List<LabeledFrame> firsts = byIndex.values().stream().map(list -> list.get(0)).toList();
			assertEquals(firsts, index.frames(video));
			assertEquals(byIndex.size(), index.count(video));
			size += byIndex.size();
			for (Map.Entry<Integer, List<LabeledFrame>> entry : byIndex.entrySet()) {
				assertSame(entry.getValue().get(0), index.find(video, entry.getKey()).orElseThrow());
				if (entry.getValue().size() > 1) {
					duplicates++;
				}
			}
			for (int i = -1; i <= 41; i++) {
				Map.Entry<Integer, List<LabeledFrame>> higher = byIndex.higherEntry(i);
				assertEquals(higher == null ? null : higher.getValue().get(0), index.next(video, i).orElse(null));
			}
		}
		assertEquals(size, index.size());
		assertEquals(duplicates, index.duplicates().size());
		for (DuplicateFrames group : index.duplicates()) {
			assertEquals(expected.get(group.video()).get(group.frameIndex()), group.frames());
		}
	}

	private Video video(String filename) {
		Video video = FACTORY.createVideo();
		video.setFilename(filename);
		labels.getVideos().add(video);
		return video;
	}

	private LabeledFrame add(Video video, int frameIndex) {
		LabeledFrame frame = frame(video, frameIndex);
		labels.getLabeledFrames().add(frame);
		return frame;
	}

	private static LabeledFrame frame(Video video, int frameIndex) {
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setVideo(video);
		frame.setFrameIndex(frameIndex);
		return frame;
	}

	private static UserInstance instance() {
		UserInstance instance = FACTORY.createUserInstance();
		instance.setPoints(PointArray.missing(2));
		return instance;
	}
}
