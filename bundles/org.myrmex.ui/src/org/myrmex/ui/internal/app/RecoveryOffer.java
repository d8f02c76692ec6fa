// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.OpenLabelsJob;
import org.myrmex.ui.internal.editor.RecoveryJournal;

/**
 * At start, offers to restore the unsaved edits that a crash or a kill left in recovery journals: Restore
 * opens the file with the journal's labels (unsaved, so the user decides whether to save them); Discard
 * deletes the journal. The labels file itself is never touched here.
 */
public final class RecoveryOffer {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private RecoveryOffer() {
	}

	/** Asks about every journal left behind, one dialog each. */
	public static void offer(IWorkbenchWindow window) {
		Path registry = LabelsEditor.registry();
		List<Path> files = RecoveryJournal.pending(registry);
		for (Path file : files) {
			Path journal = RecoveryJournal.journalOf(file);
			String when;
			try {
				when = TIME.format(Instant.ofEpochMilli(Files.getLastModifiedTime(journal).toMillis()));
			} catch (java.io.IOException e) {
				when = "an unknown time";
			}
			MessageDialog dialog = new MessageDialog(window.getShell(), "Restore Unsaved Edits", null,
					"Myrmex stopped while " + file.getFileName() + " had unsaved edits.\n\nThe edits were journalled at "
							+ when + " in " + journal + ".\nRestore them? (The file itself is unchanged until you save.)",
					MessageDialog.QUESTION, 0, "Restore", "Discard Edits");
			if (dialog.open() == 0) {
				new OpenLabelsJob(window, file, journal, true).schedule();
			} else {
				RecoveryJournal.discard(file, registry);
			}
		}
	}
}
