// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.model.index.FrameRows;
import org.myrmex.model.index.FrameRows.Filter;

/** {@link FrameRows}: the rows of the Labelled Frames view, on real projects. */
class FrameRowsTest {

	@Test
	void danceHas450FramesOfWhich3HaveUserInstances() throws Exception {
		Labels labels = SlpReader.read(Fixtures.require("sleap/slp_hdf5/dance.mp4.labels.slp"));
		FrameIndex index = FrameIndex.of(labels);
		FrameRows all = FrameRows.of(index, labels.getVideos(), Filter.ALL);
		assertEquals(450, all.size());
		for (int row = 0; row < all.size(); row++) {
			assertEquals(row, all.get(row).getFrameIndex(), "frame order");
		}
		FrameRows user = FrameRows.of(index, labels.getVideos(), Filter.USER);
		assertEquals(3, user.size());
		assertEquals(expected(labels, UserInstance.class), user);
		int users = 0;
		for (LabeledFrame frame : user) {
			users += FrameRows.userCount(frame);
		}
		assertEquals(3, users);
		FrameRows predicted = FrameRows.of(index, labels.getVideos(), Filter.PREDICTED);
		assertEquals(expected(labels, PredictedInstance.class), predicted);
		int predictions = 0;
		for (LabeledFrame frame : all) {
			predictions += FrameRows.predictedCount(frame);
		}
		assertEquals(450, predictions);
	}

	@Test
	void rowsGoVideoByVideoInFrameOrderAndRowOfFindsThem() throws Exception {
		Labels labels = SlpReader.read(Fixtures.require("ants/datasets/main.v001.slp"));
		FrameIndex index = FrameIndex.of(labels);
		FrameRows rows = FrameRows.of(index, labels.getVideos(), Filter.ALL);
		assertEquals(81, rows.size());
		List<LabeledFrame> sorted = new ArrayList<>(labels.getLabeledFrames());
		sorted.sort(Comparator.comparingInt((LabeledFrame f) -> labels.getVideos().indexOf(f.getVideo()))
				.thenComparingInt(LabeledFrame::getFrameIndex));
		assertEquals(sorted, rows);
		Video col402 = labels.getVideos().get(1);
		assertEquals(20, rows.rowOf(col402, 1144));
		assertSame(col402, rows.get(20).getVideo());
		assertEquals(1144, rows.get(20).getFrameIndex());
		assertEquals(-1, rows.rowOf(col402, 1145));
		assertEquals(80, rows.rowOf(labels.getVideos().get(3), rows.get(80).getFrameIndex()));
		FrameRows user = FrameRows.of(index, labels.getVideos(), Filter.USER);
		assertEquals(80, user.size(), "one Col402 frame has no user instance");
		assertTrue(FrameRows.of(index, labels.getVideos(), Filter.PREDICTED).isEmpty());
		assertThrows(IndexOutOfBoundsException.class, () -> rows.get(81));
	}

	/** The project's frames holding an instance of {@code type}, video by video in frame order. */
	private static List<LabeledFrame> expected(Labels labels, Class<? extends Instance> type) {
		List<LabeledFrame> frames = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getInstances().stream().anyMatch(type::isInstance)) {
				frames.add(frame);
			}
		}
		frames.sort(Comparator.comparingInt(LabeledFrame::getFrameIndex));
		return frames;
	}
}
