// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.edit.InstanceCommands;
import org.myrmex.model.edit.PointCommands;
import org.myrmex.model.index.FrameIndex;

class InstanceCommandsTest {
	private final LabelsEditingTest.Project f = new LabelsEditingTest.Project();

	@Test
	void addingToALabelledFrameAppendsTheInstance() {
		UserInstance added = f.userInstance(PointArray.missing(3));
		f.executeUndoRedo(InstanceCommands.add(f.domain, f.labels, f.video, 100, added), () -> {
			assertEquals(List.of(f.instance), f.frame.getInstances());
			assertNull(added.eContainer());
		}, () -> {
			assertEquals(List.of(f.instance, added), f.frame.getInstances());
			assertEquals(1, f.labels.getLabeledFrames().size());
		});
	}

	@Test
	void addingToAnUnlabelledFrameCreatesItAndTheIndexFollowsUndoAndRedo() {
		FrameIndex index = FrameIndex.of(f.labels);
		UserInstance added = f.userInstance(PointArray.missing(3));
		Command add = InstanceCommands.add(f.domain, f.labels, f.video, 7, added);
		assertEquals("Add Instance", add.getLabel());
		f.stack.execute(add);
		LabeledFrame created = index.find(f.video, 7).orElseThrow();
		assertSame(created, added.eContainer());
		assertEquals(List.of(f.frame, created), f.labels.getLabeledFrames());
		assertSame(f.frame, index.next(f.video, 7).orElseThrow());

		f.stack.undo();
		assertTrue(index.find(f.video, 7).isEmpty());
		assertEquals(List.of(f.frame), f.labels.getLabeledFrames());
		assertNull(added.eContainer());
		assertTrue(created.getInstances().isEmpty());

		f.stack.redo();
		assertSame(created, index.find(f.video, 7).orElseThrow());
		assertEquals(List.of(added), created.getInstances());
		assertEquals(List.of(f.frame, created), f.labels.getLabeledFrames());
	}

	@Test
	void aSecondInstanceOnANewFrameJoinsTheFrameTheFirstCreated() {
		UserInstance first = f.userInstance(PointArray.missing(3));
		UserInstance second = f.userInstance(PointArray.missing(3));
		f.stack.execute(InstanceCommands.add(f.domain, f.labels, f.video, 7, first));
		f.stack.execute(InstanceCommands.add(f.domain, f.labels, f.video, 7, second));
		assertEquals(2, f.labels.getLabeledFrames().size());
		assertSame(first.eContainer(), second.eContainer());
		assertFalse(FrameIndex.of(f.labels).hasDuplicates());
	}

	@Test
	void deletingKeepsTheEmptyFrameAndUndoRestoresThePosition() {
		UserInstance second = f.userInstance(PointArray.of(Point.placed(0, 0), Point.missing(), Point.missing()));
		f.frame.getInstances().add(second);
		f.executeUndoRedo(InstanceCommands.delete(f.domain, f.instance),
				() -> assertEquals(List.of(f.instance, second), f.frame.getInstances()),
				() -> assertEquals(List.of(second), f.frame.getInstances()));
		f.stack.execute(InstanceCommands.delete(f.domain, second));
		assertTrue(f.frame.getInstances().isEmpty());
		assertEquals(List.of(f.frame), f.labels.getLabeledFrames(), "an empty frame stays, as in SLEAP");
		assertSame(f.frame, FrameIndex.of(f.labels).find(f.video, 100).orElseThrow());
	}

	@Test
	void deletingAPredictionClearsTheLinkOfInstancesCorrectedFromIt() {
		PredictedInstance predicted = LabelsEditingTest.Project.FACTORY.createPredictedInstance();
		predicted.setPoints(PointArray.of(Point.predicted(1, 2, 0.9), Point.missing(), Point.missing()));
		f.frame.getInstances().add(0, predicted);
		f.instance.setFromPredicted(predicted);
		f.executeUndoRedo(InstanceCommands.delete(f.domain, predicted), () -> {
			assertEquals(List.of(predicted, f.instance), f.frame.getInstances());
			assertSame(predicted, f.instance.getFromPredicted());
		}, () -> {
			assertEquals(List.of(f.instance), f.frame.getInstances());
			assertNull(f.instance.getFromPredicted());
		});
	}

	@Test
	void setTrackSetsAndClearsTheIdentity() {
		f.executeUndoRedo(InstanceCommands.setTrack(f.domain, f.instance, f.male),
				() -> assertNull(f.instance.getTrack()), () -> assertSame(f.male, f.instance.getTrack()));
		f.executeUndoRedo(InstanceCommands.setTrack(f.domain, f.instance, null),
				() -> assertSame(f.male, f.instance.getTrack()), () -> assertNull(f.instance.getTrack()));
	}

	@Test
	void theCommandStackKnowsWhetherASaveIsNeeded() {
		f.stack.saveIsDone();
		assertFalse(f.stack.isSaveNeeded());
		f.stack.execute(PointCommands.moveNode(f.domain, f.instance, 0, 9, 9));
		assertTrue(f.stack.isSaveNeeded());
		f.stack.undo();
		assertFalse(f.stack.isSaveNeeded(), "undone back to the saved state");
		f.stack.redo();
		assertTrue(f.stack.isSaveNeeded());
		f.stack.saveIsDone();
		assertFalse(f.stack.isSaveNeeded());
		f.stack.execute(InstanceCommands.setTrack(f.domain, f.instance, f.female));
		f.stack.undo();
		assertFalse(f.stack.isSaveNeeded());
		f.stack.undo();
		assertTrue(f.stack.isSaveNeeded(), "undone past the save");
		assertEquals(1, f.instance.getPoints().x(0));
	}

	@Test
	void rejectsBadArgumentsNamingThem() {
		UserInstance free = f.userInstance(PointArray.missing(3));
		IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
				() -> InstanceCommands.add(f.domain, f.labels, f.video, -1, free));
		assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
		Video foreign = LabelsEditingTest.Project.FACTORY.createVideo();
		assertThrows(IllegalArgumentException.class, () -> InstanceCommands.add(f.domain, f.labels, foreign, 1, free));
		assertThrows(IllegalArgumentException.class,
				() -> InstanceCommands.add(f.domain, f.labels, f.video, 1, f.instance), "already in a frame");
		assertThrows(IllegalArgumentException.class, () -> InstanceCommands.add(f.domain, f.labels, f.video, 1, null));
		assertThrows(IllegalArgumentException.class, () -> InstanceCommands.delete(f.domain, free));
		assertThrows(IllegalArgumentException.class, () -> InstanceCommands.delete(null, f.instance));
		Labels other = LabelsEditingTest.Project.FACTORY.createLabels();
		Track foreignTrack = LabelsEditingTest.Project.FACTORY.createTrack();
		other.getTracks().add(foreignTrack);
		assertThrows(IllegalArgumentException.class, () -> InstanceCommands.setTrack(f.domain, f.instance, foreignTrack));
		Instance unplaced = f.userInstance(PointArray.missing(3));
		assertThrows(IllegalArgumentException.class, () -> InstanceCommands.setTrack(f.domain, null, f.male));
		InstanceCommands.setTrack(f.domain, unplaced, foreignTrack); // an instance in no project accepts any track
	}
}
