// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/** Runs a command on a stack, then undoes and redoes it, checking the model after each step. */
final class UndoRedo {
	private UndoRedo() {
	}

	static void check(BasicCommandStack stack, Command command, Runnable before, Runnable after) {
		assertTrue(command.canExecute(), "command can execute: " + command.getLabel());
		before.run();
		stack.execute(command);
		assertSame(command, stack.getMostRecentCommand(), "the command ran without error");
		after.run();
		assertTrue(stack.canUndo());
		stack.undo();
		before.run();
		assertTrue(stack.canRedo());
		stack.redo();
		after.run();
	}
}
