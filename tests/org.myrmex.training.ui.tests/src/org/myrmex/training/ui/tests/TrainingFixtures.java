// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.ui.tests.Gui;

/** The ant clip as a project folder, and the wizard fields the tests type into. */
final class TrainingFixtures {
	private TrainingFixtures() {
	}

	/**
	 * Copies {@code tracks/clip.slp} into {@code folder} beside a link to its video.
	 *
	 * @return the copied labels
	 */
	static Path clip(Path folder) throws IOException {
		Path labels = folder.resolve("clip.slp");
		Files.copy(Fixtures.require("sleap/tracks/clip.slp"), labels);
		Files.createSymbolicLink(folder.resolve("clip.mp4"), Fixtures.require("sleap/tracks/clip.mp4"));
		return labels;
	}

	/** @return the wizard's field of the SLEAP setting {@code field}, e.g. {@code optimization.epochs} */
	static Control field(Shell shell, String field) {
		return Gui.descendants(shell).stream().filter(c -> field.equals(c.getData("setting")) && c.isVisible())
				.findFirst().orElseThrow(() -> new AssertionError("no field " + field + " on the page"));
	}

	/** Replaces the text of a field by typing, as a person does. */
	static void type(Shell shell, String field, String text) {
		Text control = (Text) field(shell, field);
		Gui.focus(control);
		Gui.key(org.eclipse.swt.SWT.CTRL, 'a');
		Gui.type(text);
		Gui.spinUntil(() -> control.getText().equals(text), field + " reading " + text);
	}

	/** Waits (pumping events) until {@code condition} holds, for long work such as training. */
	static void waitLong(BooleanSupplier condition, Duration patience, String what) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + patience + " for " + what);
			}
			if (!Gui.display().readAndDispatch()) {
				Gui.display().timerExec(50, () -> {
				});
				Gui.display().sleep();
			}
		}
	}
}
