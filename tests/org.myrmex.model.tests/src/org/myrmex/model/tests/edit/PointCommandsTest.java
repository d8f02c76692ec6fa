// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.UserInstance;
import org.myrmex.model.edit.PointCommands;

class PointCommandsTest {
	private final LabelsEditingTest.Project f = new LabelsEditingTest.Project();

	@Test
	void moveNodeSetsOneModifiedCopyAndUndoRestoresTheOldArray() {
		PointArray before = f.instance.getPoints();
		PointArray expected = PointArray.of(Point.placed(1, 2), Point.missing(),
				new Point(10.5, -3.25, true, true, Double.NaN));
		Command move = PointCommands.moveNode(f.domain, f.instance, 2, 10.5, -3.25);
		assertEquals("Move Node", move.getLabel());
		f.executeUndoRedo(move, () -> assertEquals(before, f.instance.getPoints()),
				() -> assertEquals(expected, f.instance.getPoints()));
		assertEquals("Move Node", f.stack.getUndoCommand().getLabel());
	}

	@Test
	void movingAMissingNodePlacesIt() {
		PointArray before = f.instance.getPoints();
		f.executeUndoRedo(PointCommands.moveNode(f.domain, f.instance, 1, 7, 8),
				() -> assertEquals(before, f.instance.getPoints()),
				() -> assertEquals(new Point(7, 8, true, true, Double.NaN), f.instance.getPoints().get(1)));
	}

	@Test
	void movingAPredictedPointKeepsItsScore() {
		UserInstance predictedLike = f.userInstance(PointArray.of(Point.predicted(1, 1, 0.75)));
		f.frame.getInstances().add(predictedLike);
		f.stack.execute(PointCommands.moveNode(f.domain, predictedLike, 0, 2, 3));
		assertEquals(new Point(2, 3, true, true, 0.75), predictedLike.getPoints().get(0));
	}

	@Test
	void toggleVisibilityKeepsCoordinatesAndMarksComplete() {
		PointArray before = f.instance.getPoints();
		f.executeUndoRedo(PointCommands.toggleVisibility(f.domain, f.instance, 0),
				() -> assertEquals(before, f.instance.getPoints()),
				() -> assertEquals(new Point(1, 2, false, true, Double.NaN), f.instance.getPoints().get(0)));
		f.stack.execute(PointCommands.toggleVisibility(f.domain, f.instance, 0));
		assertEquals(new Point(1, 2, true, true, Double.NaN), f.instance.getPoints().get(0));
	}

	@Test
	void aMissingNodeCannotBeShown() {
		f.stack.saveIsDone();
		Command toggle = PointCommands.toggleVisibility(f.domain, f.instance, 1);
		assertFalse(toggle.canExecute());
		f.stack.execute(toggle);
		assertFalse(f.stack.canUndo());
		assertFalse(f.stack.isSaveNeeded());
	}

	@Test
	void markAllCompleteVerifiesPlacedPointsOnly() {
		PointArray before = f.instance.getPoints();
		PointArray expected = PointArray.of(new Point(1, 2, true, true, Double.NaN), Point.missing(),
				new Point(5, 6, true, true, Double.NaN));
		f.executeUndoRedo(PointCommands.markAllComplete(f.domain, f.instance),
				() -> assertEquals(before, f.instance.getPoints()),
				() -> assertEquals(expected, f.instance.getPoints()));
	}

	@Test
	void commandsAddNoAdapterToTheInstance() {
		f.stack.execute(PointCommands.moveNode(f.domain, f.instance, 0, 3, 3));
		f.stack.execute(PointCommands.toggleVisibility(f.domain, f.instance, 0));
		f.stack.execute(PointCommands.markAllComplete(f.domain, f.instance));
		f.stack.undo();
		f.stack.redo();
		assertTrue(f.instance.eAdapters().isEmpty());
	}

	@Test
	void rejectsBadArgumentsNamingThem() {
		IllegalArgumentException node = assertThrows(IllegalArgumentException.class,
				() -> PointCommands.moveNode(f.domain, f.instance, 3, 0, 0));
		assertTrue(node.getMessage().contains("node 3"), node.getMessage());
		assertThrows(IllegalArgumentException.class, () -> PointCommands.moveNode(f.domain, f.instance, -1, 0, 0));
		IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
				() -> PointCommands.moveNode(f.domain, f.instance, 0, Double.NaN, 0));
		assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
		assertThrows(IllegalArgumentException.class, () -> PointCommands.moveNode(null, f.instance, 0, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> PointCommands.toggleVisibility(f.domain, null, 0));
		UserInstance noPoints = LabelsEditingTest.Project.FACTORY.createUserInstance();
		assertThrows(IllegalArgumentException.class, () -> PointCommands.markAllComplete(f.domain, noPoints));
	}
}
