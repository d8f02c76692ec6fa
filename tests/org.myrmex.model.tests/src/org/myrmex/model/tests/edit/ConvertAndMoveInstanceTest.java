// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;
import org.myrmex.model.edit.FrameInstances;
import org.myrmex.model.edit.InstanceCommands;

class ConvertAndMoveInstanceTest {
	private final LabelsEditingTest.Project f = new LabelsEditingTest.Project();

	private PredictedInstance predicted() {
		PredictedInstance predicted = LabelsEditingTest.Project.FACTORY.createPredictedInstance();
		predicted.setSkeleton(f.skeleton);
		predicted.setTrack(f.male);
		predicted.setScore(0.9);
		predicted.setPoints(PointArray.of(Point.predicted(10, 20, 0.75), Point.missing(),
				new Point(30, 40, false, false, 0.5)));
		f.frame.getInstances().add(predicted);
		return predicted;
	}

	@Test
	void convertToUserAddsAnUnverifiedUserCopyAndHidesThePrediction() {
		PredictedInstance predicted = predicted();
		assertEquals(List.of(f.instance, predicted), FrameInstances.shown(f.frame));
		Command convert = InstanceCommands.convertToUser(f.domain, predicted);
		assertEquals("Convert to User Instance", convert.getLabel());
		f.executeUndoRedo(convert, () -> {
			assertEquals(List.of(f.instance, predicted), f.frame.getInstances());
			assertEquals(List.of(f.instance, predicted), FrameInstances.shown(f.frame));
			assertEquals(List.of(predicted), FrameInstances.unusedPredictions(f.frame));
			assertTrue(FrameInstances.userCopyOf(predicted).isEmpty());
		}, () -> {
			assertEquals(3, f.frame.getInstances().size());
			UserInstance user = assertInstanceOf(UserInstance.class, f.frame.getInstances().get(2));
			assertSame(predicted, f.frame.getInstances().get(1), "the prediction stays in the frame");
			assertSame(predicted, user.getFromPredicted());
			assertSame(f.skeleton, user.getSkeleton());
			assertSame(f.male, user.getTrack());
			assertEquals(PointArray.of(new Point(10, 20, true, false, Double.NaN), Point.missing(),
					new Point(30, 40, false, false, Double.NaN)), user.getPoints());
			assertEquals(List.of(f.instance, user), FrameInstances.shown(f.frame));
			assertEquals(List.of(), FrameInstances.unusedPredictions(f.frame));
			assertSame(user, FrameInstances.userCopyOf(predicted).orElseThrow());
			assertEquals(List.of(user), List.copyOf(convert.getResult()));
		});
		assertEquals(new Point(10, 20, true, false, 0.75), predicted.getPoints().get(0), "prediction unchanged");
	}

	@Test
	void aPredictionWithAUserCopyIsNotConvertedAgain() {
		PredictedInstance predicted = predicted();
		f.stack.execute(InstanceCommands.convertToUser(f.domain, predicted));
		f.stack.saveIsDone();
		Command again = InstanceCommands.convertToUser(f.domain, predicted);
		assertFalse(again.canExecute());
		f.stack.execute(again);
		assertEquals(3, f.frame.getInstances().size());
		assertFalse(f.stack.isSaveNeeded());
		f.stack.undo();
		assertTrue(InstanceCommands.convertToUser(f.domain, predicted).canExecute(), "undo frees it again");
	}

	@Test
	void deletingTheUserCopyShowsThePredictionAgain() {
		PredictedInstance predicted = predicted();
		f.stack.execute(InstanceCommands.convertToUser(f.domain, predicted));
		UserInstance user = FrameInstances.userCopyOf(predicted).orElseThrow();
		f.stack.execute(InstanceCommands.delete(f.domain, user));
		assertEquals(List.of(f.instance, predicted), FrameInstances.shown(f.frame));
	}

	@Test
	void convertToUserRejectsAPredictionInNoFrame() {
		PredictedInstance loose = LabelsEditingTest.Project.FACTORY.createPredictedInstance();
		loose.setPoints(PointArray.missing(3));
		assertThrows(IllegalArgumentException.class, () -> InstanceCommands.convertToUser(f.domain, loose));
		assertThrows(IllegalArgumentException.class, () -> InstanceCommands.convertToUser(f.domain, null));
		assertThrows(IllegalArgumentException.class, () -> FrameInstances.shown(null));
	}

	@Test
	void moveInstanceShiftsPlacedPointsAndKeepsFlagsAndScores() {
		f.instance.setPoints(PointArray.of(new Point(1, 2, true, true, Double.NaN), Point.missing(),
				new Point(5, 6, false, false, 0.25)));
		PointArray before = f.instance.getPoints();
		Command move = InstanceCommands.moveInstance(f.domain, f.instance, 10, -0.5);
		assertEquals("Move Instance", move.getLabel());
		f.executeUndoRedo(move, () -> assertEquals(before, f.instance.getPoints()),
				() -> assertEquals(PointArray.of(new Point(11, 1.5, true, true, Double.NaN), Point.missing(),
						new Point(15, 5.5, false, false, 0.25)), f.instance.getPoints()));
	}

	@Test
	void moveInstanceRefusesNonFiniteDeltasAndCannotMoveAnUnplacedInstance() {
		IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
				() -> InstanceCommands.moveInstance(f.domain, f.instance, Double.NaN, 0));
		assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> InstanceCommands.moveInstance(f.domain, f.instance, 0, Double.POSITIVE_INFINITY));
		assertThrows(IllegalArgumentException.class, () -> InstanceCommands.moveInstance(f.domain, null, 1, 1));
		Instance unplaced = f.userInstance(PointArray.missing(3));
		LabeledFrame frame = f.frame;
		frame.getInstances().add(unplaced);
		assertFalse(InstanceCommands.moveInstance(f.domain, unplaced, 1, 1).canExecute());
		assertNull(f.stack.getUndoCommand());
	}
}
