// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.UserInstance;
import org.myrmex.model.merge.LabelsMerger;
import org.myrmex.model.merge.MergeConflict;
import org.myrmex.model.merge.MergeConflictException;
import org.myrmex.model.merge.MergeResult;
import org.myrmex.model.merge.Resolution;

/**
 * Merging two copies of {@code tracks/clip.slp} (1500 frames, two tracked user instances each) where one user
 * instance of frame 700 was moved in the second: the one conflict, refused by default, resolved each way.
 */
class MergeResolutionTest {
	private static final Path CLIP = Fixtures.get("sleap/tracks/clip.slp");
	private static final int FRAME = 700;

	private static LabeledFrame frame(Labels labels) {
		return labels.getLabeledFrames().stream().filter(f -> f.getFrameIndex() == FRAME).findFirst().orElseThrow();
	}

	/** Moves the first user instance of frame 700 by 5 px. @return its moved points */
	private static PointArray moveOne(Labels labels) {
		UserInstance moved = (UserInstance) frame(labels).getInstances().get(0);
		moved.setPoints(moved.getPoints().translated(5, 0));
		return moved.getPoints();
	}

	private static MergeResult merge(Resolution resolution, List<MergeConflict> asked) throws Exception {
		Labels base = LabelsFiles.load(CLIP);
		Labels other = LabelsFiles.load(CLIP);
		moveOne(other);
		return new LabelsMerger().merge(List.of(base, other), List.of("base", "other"), conflict -> {
			asked.add(conflict);
			return resolution;
		});
	}

	private static List<Instance> frameInstances(MergeResult result) {
		return new ArrayList<>(frame(result.labels()).getInstances());
	}

	@Test
	void refusesTheMovedInstanceWithoutAResolution() throws Exception {
		Labels base = LabelsFiles.load(CLIP);
		Labels other = LabelsFiles.load(CLIP);
		moveOne(other);

		MergeConflictException e = assertThrows(MergeConflictException.class,
				() -> new LabelsMerger().merge(List.of(base, other), List.of("base", "other")));

		assertEquals(1, e.getConflicts().size());
		MergeConflict conflict = e.getConflicts().get(0);
		assertEquals(MergeConflict.Kind.USER_TRACK, conflict.kind());
		assertTrue(conflict.kind().resolvable());
		assertTrue(conflict.description().contains("frame 700 of"), conflict.description());
	}

	@Test
	void keepBaseKeepsTheOriginalInstance() throws Exception {
		List<MergeConflict> asked = new ArrayList<>();
		MergeResult result = merge(Resolution.KEEP_BASE, asked);

		assertEquals(1, asked.size(), "asked about the one conflict");
		assertEquals(3000, result.report().total().userInstances(), "every other instance is a duplicate");
		PointArray original = frame(LabelsFiles.load(CLIP)).getInstances().get(0).getPoints();
		assertEquals(2, frameInstances(result).size());
		assertTrue(frameInstances(result).stream().anyMatch(i -> i.getPoints().x(0) == original.x(0)));
		assertTrue(result.report().notes().stream().anyMatch(n -> n.endsWith(": keep base")), result.report().notes()
				.toString());
	}

	@Test
	void keepNewReplacesItWithTheMovedOne() throws Exception {
		MergeResult result = merge(Resolution.KEEP_NEW, new ArrayList<>());

		PointArray moved = moveOne(LabelsFiles.load(CLIP));
		PointArray original = frame(LabelsFiles.load(CLIP)).getInstances().get(0).getPoints();
		assertEquals(3000, result.report().total().userInstances());
		List<Instance> instances = frameInstances(result);
		assertEquals(2, instances.size());
		assertTrue(instances.stream().anyMatch(i -> i.getPoints().x(0) == moved.x(0)));
		assertTrue(instances.stream().noneMatch(i -> i.getPoints().x(0) == original.x(0)));
		assertNotEquals(instances.get(0).getTrack(), instances.get(1).getTrack(), "one instance per track");
	}

	@Test
	void keepBothKeepsTheTwoVersions() throws Exception {
		MergeResult result = merge(Resolution.KEEP_BOTH, new ArrayList<>());

		assertEquals(3001, result.report().total().userInstances());
		assertEquals(3, frameInstances(result).size());
		assertEquals(1500, result.report().total().frames());
	}
}
