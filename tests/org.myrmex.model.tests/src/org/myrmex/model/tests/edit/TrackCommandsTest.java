// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.PointArray;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.edit.TrackCommands;

class TrackCommandsTest {
	private final LabelsEditingTest.Project f = new LabelsEditingTest.Project();
	/** Frames 100…104, each with a female (first) and a male (second) instance. */
	private final List<UserInstance[]> pairs = new ArrayList<>();

	TrackCommandsTest() {
		f.frame.getInstances().clear();
		for (int i = 0; i < 5; i++) {
			LabeledFrame frame = i == 0 ? f.frame : LabelsEditingTest.Project.FACTORY.createLabeledFrame();
			frame.setVideo(f.video);
			frame.setFrameIndex(100 + i);
			if (i > 0) {
				f.labels.getLabeledFrames().add(frame);
			}
			UserInstance a = f.userInstance(PointArray.missing(3));
			a.setTrack(f.female);
			UserInstance b = f.userInstance(PointArray.missing(3));
			b.setTrack(f.male);
			frame.getInstances().add(a);
			frame.getInstances().add(b);
			pairs.add(new UserInstance[] { a, b });
		}
	}

	private void assertTracks(int swappedFrom) {
		for (int i = 0; i < pairs.size(); i++) {
			boolean swapped = 100 + i >= swappedFrom;
			assertSame(swapped ? f.male : f.female, pairs.get(i)[0].getTrack(), "frame " + (100 + i));
			assertSame(swapped ? f.female : f.male, pairs.get(i)[1].getTrack(), "frame " + (100 + i));
		}
	}

	@Test
	void transposeSwapsTheTwoTracksFromTheFrameOn() {
		f.executeUndoRedo(TrackCommands.transpose(f.domain, f.labels, f.video, 102, f.female, f.male),
				() -> assertTracks(Integer.MAX_VALUE), () -> assertTracks(102));
	}

	@Test
	void transposeInFrameSwapsTwoInstancesOnly() {
		UserInstance[] pair = pairs.get(2);
		f.executeUndoRedo(TrackCommands.transposeInFrame(f.domain, pair[0], pair[1]), () -> assertTracks(200), () -> {
			assertSame(f.male, pair[0].getTrack());
			assertSame(f.female, pair[1].getTrack());
			assertSame(f.female, pairs.get(3)[0].getTrack());
		});
	}

	@Test
	void transposingATrackWithItselfCannotRun() {
		assertFalse(TrackCommands.transpose(f.domain, f.labels, f.video, 100, f.male, f.male).canExecute());
		assertFalse(TrackCommands.transpose(f.domain, f.labels, f.video, 200, f.female, f.male).canExecute());
		assertFalse(TrackCommands.transpose(f.domain, f.labels, f.video, 100, f.female, null).canExecute(),
				"untracked instances are not given a track");
	}

	@Test
	void newTrackIsAddedAndGiven() {
		UserInstance a = pairs.get(3)[0];
		String name = TrackCommands.freeName(f.labels);
		assertEquals("track_2", name);
		f.executeUndoRedo(TrackCommands.setNewTrack(f.domain, f.labels, a, name), () -> {
			assertEquals(2, f.labels.getTracks().size());
			assertSame(f.female, a.getTrack());
		}, () -> {
			assertEquals(3, f.labels.getTracks().size());
			Track added = f.labels.getTracks().get(2);
			assertSame(added, a.getTrack());
			assertEquals("track_2", added.getName());
			assertEquals(103, added.getSpawnedOn());
		});
	}

	@Test
	void deleteFromHereUntracksLaterInstancesOnly() {
		f.executeUndoRedo(TrackCommands.deleteFrom(f.domain, f.labels, f.video, 103, f.male),
				() -> assertSame(f.male, pairs.get(4)[1].getTrack()), () -> {
					assertSame(f.male, pairs.get(2)[1].getTrack());
					assertNull(pairs.get(3)[1].getTrack());
					assertNull(pairs.get(4)[1].getTrack());
					assertSame(f.female, pairs.get(4)[0].getTrack());
				});
	}

	@Test
	void renameRefusesANameInUse() {
		f.executeUndoRedo(TrackCommands.rename(f.domain, f.labels, f.male, "drone"),
				() -> assertEquals("male", f.male.getName()), () -> assertEquals("drone", f.male.getName()));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TrackCommands.rename(f.domain, f.labels, f.male, "female"));
		assertEquals("another track is already named female", e.getMessage());
	}

	@Test
	void mergeRefusesOverlappingTracksNamingTheFrame() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TrackCommands.merge(f.domain, f.labels, f.female, f.male));
		assertEquals("tracks female and male overlap: both are in frame 100 of clip.mp4", e.getMessage());
		assertEquals(2, f.labels.getTracks().size());
	}

	@Test
	void mergeMovesTheInstancesAndRemovesTheTrack() {
		for (UserInstance[] pair : pairs.subList(0, 3)) {
			pair[1].setTrack(null);
		}
		for (UserInstance[] pair : pairs.subList(3, 5)) {
			pair[0].setTrack(null);
		}
		f.executeUndoRedo(TrackCommands.merge(f.domain, f.labels, f.female, f.male), () -> {
			assertEquals(List.of(f.female, f.male), f.labels.getTracks());
			assertSame(f.male, pairs.get(4)[1].getTrack());
		}, () -> {
			assertEquals(List.of(f.female), f.labels.getTracks());
			assertSame(f.female, pairs.get(4)[1].getTrack());
			assertSame(f.female, pairs.get(0)[0].getTrack());
		});
	}

	@Test
	void deleteUntracksEveryInstance() {
		f.executeUndoRedo(TrackCommands.delete(f.domain, f.labels, f.female), () -> {
			assertTrue(f.labels.getTracks().contains(f.female));
			pairs.forEach(p -> assertSame(f.female, p[0].getTrack()));
		}, () -> {
			assertEquals(List.of(f.male), f.labels.getTracks());
			pairs.forEach(p -> assertNull(p[0].getTrack()));
			pairs.forEach(p -> assertSame(f.male, p[1].getTrack()));
		});
	}
}
