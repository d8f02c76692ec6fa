// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.ui.internal.app.RecoveryOffer;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.RecoveryJournal;

/**
 * Crash recovery: unsaved edits are journalled beside the labels file, and a start that finds a journal left
 * behind offers to restore it. The crash is simulated by putting back the journal and its registry entry
 * after the editor closed (a kill leaves exactly these behind); {@link KilledWorkbenchTest} kills a real workbench
 * process.
 */
@ExtendWith(EditorTestSetup.class)
class RecoveryTest {
	@TempDir
	Path folder;
	@TempDir
	Path aside;

	private static int instancesAtFrameZero(Labels labels) {
		return FrameIndex.of(labels).find(labels.getVideos().get(0), 0).orElseThrow().getInstances().size();
	}

	@Test
	void editsLeftInAJournalAreOfferedAndRestoredAtStart() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Path file = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		LabelsEditor editor = Gui.open(file);
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'i');
		assertEquals(3, editor.shownInstances().size());
		Path journal = RecoveryJournal.journalOf(file.toAbsolutePath().normalize());
		Gui.spinUntil(() -> Files.isRegularFile(journal), "the journal of the unsaved edit");
		Gui.spinUntil(() -> !RecoveryJournal.pending(LabelsEditor.registry()).isEmpty(), "the journal's registration");
		assertEquals(3, instancesAtFrameZero(LabelsFiles.load(journal)));

		// what a kill leaves behind: the journal and its registry entry
		Files.copy(journal, aside.resolve("journal.slp"));
		Path registry = LabelsEditor.registry();
		try (Stream<Path> entries = Files.list(registry)) {
			for (Path entry : entries.toList()) {
				Files.copy(entry, aside.resolve(entry.getFileName()));
			}
		}
		Gui.page().closeEditor(editor, false);
		Gui.settle();
		assertFalse(Files.exists(journal), "closing without saving discards the journal");
		Files.copy(aside.resolve("journal.slp"), journal);
		try (Stream<Path> entries = Files.list(aside)) {
			for (Path entry : entries.filter(p -> p.toString().endsWith(".journal")).toList()) {
				Files.copy(entry, registry.resolve(entry.getFileName()));
			}
		}

		Gui.whenShellOpens("Restore Unsaved Edits", shell -> {
			Button restore = button(shell, "Restore");
			Gui.click(restore, 1, restore.getSize().x / 2, restore.getSize().y / 2);
		});
		RecoveryOffer.offer(Gui.window());
		Gui.spinUntil(() -> Gui.page().getActiveEditor() instanceof LabelsEditor restored
				&& restored.file().equals(file.toAbsolutePath().normalize()), "the restored editor");
		LabelsEditor restored = (LabelsEditor) Gui.page().getActiveEditor();
		Gui.waitForFrame(restored, 0);
		assertTrue(restored.isDirty(), "restored edits are unsaved");
		assertEquals(3, restored.shownInstances().size());
		assertEquals(2, instancesAtFrameZero(LabelsFiles.load(file)), "the file is untouched until saved");
		Gui.focus(restored.canvas().control());
		Gui.key(SWT.CTRL, 's');
		Gui.spinUntil(() -> !restored.isDirty(), "the save");
		assertEquals(3, instancesAtFrameZero(LabelsFiles.load(file)));
		assertFalse(Files.exists(journal), "a save deletes the journal");
	}

	private static Button button(Shell shell, String text) {
		for (Control control : Gui.descendants(shell)) {
			if (control instanceof Button button && text.equals(button.getText())) {
				return button;
			}
		}
		throw new AssertionError("no button " + text + " in " + shell.getText());
	}
}
