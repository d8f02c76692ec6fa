// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.OpenLabelsJob;
import org.myrmex.video.preprocess.FfmpegCommand;

/**
 * Bad input in the workbench: a labels file that is not one or is damaged (an error naming it and what is wrong, no
 * editor), a save that cannot be written (an error naming the file, the old file intact, the editor still dirty), a
 * truncated video (named on the canvas, its labels still editable).
 */
@ExtendWith({ EditorTestSetup.class, ShowErrorDialogs.class })
class BadInputTest {
	@TempDir
	Path folder;

	/** @return the text of every label and text field of {@code shell}, joined */
	static String textOf(Shell shell) {
		StringBuilder text = new StringBuilder(shell.getText());
		for (Control control : Gui.descendants(shell)) {
			if (control instanceof Label label) {
				text.append('\n').append(label.getText());
			} else if (control instanceof Text field) {
				text.append('\n').append(field.getText());
			}
		}
		return text.toString();
	}

	private static void screenshot(Shell shell, String name) {
		try {
			Gui.screenshot(shell, name);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void aFileThatIsNotLabelsIsNamedAndOpensNoEditor() throws Exception {
		Gui.waitForSampleProject();
		Path broken = Files.writeString(folder.resolve("broken.slp"), "these are not labels");
		String[] message = new String[1];
		// a modal dialog runs its own event loop: answer it from there
		Gui.whenShellOpens("Cannot open broken.slp", shell -> {
			message[0] = textOf(shell);
			screenshot(shell, "bad-labels-file");
			shell.close();
		});
		new OpenLabelsJob(Gui.window(), broken).schedule();
		Gui.spinUntil(() -> message[0] != null, "an error naming broken.slp");
		assertTrue(message[0].contains("broken.slp:"), "the file and the reason: " + message[0]);
		Gui.spinUntil(() -> Job.getJobManager().find(OpenLabelsJob.FAMILY).length == 0, "the open job to end");
		assertFalse(Arrays.stream(Gui.page().getEditorReferences()).anyMatch(r -> r.getName().equals("broken.slp")),
				"no half-open editor");
	}

	@Test
	void aDamagedTableTypeFoundByTheFuzzerIsNamedWithWhatIsWrong() throws Exception {
		// the mutant of the cli tests' FuzzRegressionTest: bytes of a compound type smashed (was an IndexOutOfBoundsException)
		byte[] bytes = Files.readAllBytes(Fixtures.require("sleap/slp_hdf5/small_robot_minimal.slp"));
		int[][] smashed = { { 1308, 0x7f }, { 3437, 0x80 }, { 4503, 0x7f }, { 5006, 0x80 }, { 9974, 0x7f },
				{ 11128, 0x80 }, { 12588, 0x7f }, { 14695, 0xff } };
		for (int[] at : smashed) {
			bytes[at[0]] = (byte) at[1];
		}
		Path damaged = Files.write(folder.resolve("damaged.slp"), bytes);
		Gui.waitForSampleProject();
		String[] message = new String[1];
		Gui.whenShellOpens("Cannot open damaged.slp", shell -> {
			message[0] = textOf(shell);
			screenshot(shell, "fuzzed-labels-file");
			shell.close();
		});
		new OpenLabelsJob(Gui.window(), damaged).schedule();
		Gui.spinUntil(() -> message[0] != null, "an error naming damaged.slp");
		assertTrue(message[0].contains("damaged.slp:") && message[0].contains("lies outside its row"), message[0]);
		Gui.spinUntil(() -> Job.getJobManager().find(OpenLabelsJob.FAMILY).length == 0, "the open job to end");
		assertFalse(Arrays.stream(Gui.page().getEditorReferences()).anyMatch(r -> r.getName().equals("damaged.slp")),
				"no half-open editor");
	}

	@Test
	void aSaveThatCannotBeWrittenNamesTheFileAndKeepsTheOldOneAndTheEdits() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Path file = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		byte[] before = Files.readAllBytes(file);
		LabelsEditor editor = Gui.open(file);
		Gui.key(SWT.CTRL, 'i');
		assertTrue(editor.isDirty());
		// a folder that is a file: no user, root included, can write below it
		Path notAFolder = Files.writeString(folder.resolve("notAFolder"), "a file");
		String[] message = new String[1];
		Gui.whenShellOpens("Cannot save clip.slp", shell -> {
			message[0] = textOf(shell);
			shell.close();
		});
		assertFalse(editor.saveAs(notAFolder.resolve("clip.slp")));
		assertNotNull(message[0], "an error dialog");
		assertTrue(message[0].contains("clip.slp"), message[0]);
		assertTrue(editor.isDirty(), "the edits are still unsaved");
		assertEquals(file.toAbsolutePath().normalize(), editor.file(), "the editor keeps its file");
		assertArrayEquals(before, Files.readAllBytes(file), "the old file is intact");
	}

	@Test
	void aTruncatedVideoIsNamedOnTheCanvasAndItsLabelsStayEditable() throws Exception {
		// the index (moov) first, as cameras that stream write it: the container then says what is lost
		Path whole = folder.resolve("whole.mp4");
		Process remux = new ProcessBuilder(FfmpegCommand.executable().toString(), "-v", "error", "-i",
				Fixtures.require("sleap/tracks/clip.mp4").toString(), "-c", "copy", "-movflags", "+faststart", whole.toString())
				.redirectErrorStream(true).start();
		assertEquals(0, remux.waitFor(), new String(remux.getInputStream().readAllBytes()));
		byte[] video = Files.readAllBytes(whole);
		Files.write(folder.resolve("clip.mp4"), Arrays.copyOf(video, video.length * 6 / 10));
		Path file = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		Gui.waitForSampleProject();
		new OpenLabelsJob(Gui.window(), file).schedule();
		Gui.spinUntil(() -> Gui.page().getActiveEditor() instanceof LabelsEditor editor
				&& editor.file().equals(file.toAbsolutePath().normalize()) && editor.canvas().message() != null
				&& editor.canvas().message().contains("truncated"), "the truncated video named on the canvas");
		LabelsEditor editor = (LabelsEditor) Gui.page().getActiveEditor();
		assertTrue(editor.canvas().message().contains("clip.mp4"), editor.canvas().message());
		assertEquals(2, editor.shownInstances().size(), "its labels are there");
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'i');
		assertEquals(3, editor.shownInstances().size(), "and editable");
		org.myrmex.model.PointArray added = editor.shownInstances().get(2).getPoints();
		double right = java.util.stream.IntStream.range(0, added.size()).mapToDouble(added::x).max().orElseThrow();
		assertTrue(right > 100, "the new instance lands among the others, not in the corner: x up to " + right);
		Gui.screenshot(Gui.window().getShell(), "truncated-video");
	}
}
