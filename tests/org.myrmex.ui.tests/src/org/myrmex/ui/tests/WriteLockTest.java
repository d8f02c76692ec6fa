// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsLock;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * The labels file's write lock between the workbench and another program (a second workbench, or a command such as
 * {@code myrmex merge} writing it), each in its own process: opened while the other holds it, the editor says who;
 * its save is refused naming the holder, the file and the edits kept; once the other has gone the save goes
 * through and the editor holds the file, so another program is told it is open in this workbench.
 */
@ExtendWith({ EditorTestSetup.class, ShowErrorDialogs.class })
class WriteLockTest {
	/**
	 * Takes the lock file's POSIX lock (fcntl, as Java's FileChannel.tryLock does) and writes a holder, printing
	 * "locked"; else prints "busy: HOLDER". Python, so that the other program is not this JVM's code.
	 */
	private static final String HOLDER = """
			import fcntl, os, sys, time
			f = open(sys.argv[1], 'a+')
			try:
			    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
			except OSError:
			    f.seek(0)
			    print('busy: ' + f.read().strip(), flush=True)
			    sys.exit(0)
			f.truncate(0); f.write(sys.argv[2]); f.flush()
			print('locked', flush=True)
			time.sleep(600)
			""";

	@TempDir
	Path folder;

	@Test
	void theEditorIsToldWhoHoldsTheFileAndHoldsItOnceFree() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Path file = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		byte[] before = Files.readAllBytes(file);
		Process merge = holder(file, "myrmex merge (process 777, user ana on cluster-login)");
		String[] warning = new String[1];
		LabelsEditor editor;
		try {
			assertEquals("locked", firstLine(merge));
			Gui.whenShellOpens(LabelsEditor.LOCKED_TITLE, shell -> {
				warning[0] = BadInputTest.textOf(shell);
				Gui.press(Gui.button(shell, "OK"));
			});
			editor = Gui.open(file);
			Gui.spinUntil(() -> warning[0] != null, "the warning that the file is held");
			assertTrue(warning[0].contains(file + ": is being written by myrmex merge (process 777, user ana on "
					+ "cluster-login)"), warning[0]);
			Gui.screenshotScreen("write-lock-warning");

			Gui.focus(editor.canvas().control());
			Gui.key(SWT.CTRL, 'i'); // a new instance: an edit to save
			assertTrue(editor.isDirty());
			String[] refusal = new String[1];
			Gui.whenShellOpens("Cannot save clip.slp", shell -> {
				refusal[0] = BadInputTest.textOf(shell);
				shell.close();
			});
			assertFalse(editor.saveAs(file), "File › Save refused");
			assertNotNull(refusal[0], "an error dialog");
			assertTrue(refusal[0].contains("is being written by myrmex merge (process 777"), refusal[0]);
			assertTrue(editor.isDirty(), "the edits are kept");
			assertArrayEquals(before, Files.readAllBytes(file), "the file is untouched");
		} finally {
			merge.destroyForcibly(); // the other program ends, here by kill -9: its lock goes with it
			merge.waitFor(30, TimeUnit.SECONDS);
		}
		assertTrue(editor.saveAs(file), "saved once the other program has gone");
		assertFalse(editor.isDirty());
		assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(file)), "saved");
		String other = firstLine(holder(file, "a second workbench"));
		assertTrue(other.startsWith("busy: " + LabelsEditor.WORKBENCH + " (process " + ProcessHandle.current().pid()),
				"the editor holds the file now: " + other);
		Gui.page().closeEditor(editor, false);
		Process after = holder(file, "a second workbench");
		try {
			assertEquals("locked", firstLine(after), "released when the editor closed");
		} finally {
			after.destroyForcibly();
			after.waitFor(30, TimeUnit.SECONDS);
		}
		assertNotNull(warning[0]);
	}

	private Process holder(Path file, String description) throws Exception {
		return new ProcessBuilder("python3", "-c", HOLDER, LabelsLock.lockFile(file).toString(), description)
				.redirectErrorStream(true).start();
	}

	private static String firstLine(Process process) throws Exception {
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		return line == null ? "(nothing, exit " + process.waitFor() + ")" : line;
	}
}
