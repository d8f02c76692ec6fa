// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.export.ExportedInstances;
import org.myrmex.io.export.LabelsExport;
import org.myrmex.io.export.LabelsExport.Format;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.export.ExportJob;
import org.myrmex.ui.internal.export.ExportWizard;

/**
 * File › Export… › Myrmex › Labels on the labels editor of {@code tracks/clip.slp} (1500 frames, 3000 user
 * instances of 13 nodes), driven with real input: the seed CSV it writes is the one {@code myrmex export} writes
 * ({@link LabelsExport}, the code the command runs), it asks before replacing a file, and a folder it cannot write
 * into gives a message naming the file and leaves nothing behind.
 */
@ExtendWith(EditorTestSetup.class)
class ExportWizardTest {
	private static final String TITLE = "Export Labels";

	@TempDir
	Path folder;

	private Path copyProject() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		return Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
	}

	private static void openExportWizard() throws Exception {
		ICommandService commands = Gui.window().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(
				commands.getCommand("org.eclipse.ui.file.export"), Map.of("exportWizardId", "org.myrmex.ui.wizards.exportLabels"));
		Gui.window().getService(IHandlerService.class).executeCommand(command, null);
	}

	private static ExportWizard wizard(Shell shell) {
		return (ExportWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
	}

	/** Chooses the seed CSV and types {@code out} into the output field, as a person does. */
	private static void fillIn(Shell shell, ExportWizard wizard, Path out) {
		Gui.press(wizard.page().formatButton(Format.SLEAP_CSV));
		assertFalse(wizard.page().instancesButton(ExportedInstances.USER).isEnabled(), "SLEAP's CSV has all instances");
		Gui.press(wizard.page().formatButton(Format.SEED_CSV));
		assertTrue(wizard.page().instancesButton(ExportedInstances.USER).isEnabled());
		Gui.focus(wizard.page().output());
		Gui.key(SWT.CTRL, 'a');
		Gui.type(out.toString());
		assertEquals(out.toString(), wizard.page().output().getText());
	}

	private static IStatus finished(ExportWizard wizard) {
		Gui.spinUntil(() -> wizard.job() != null && wizard.job().getResult() != null, "the export job");
		return wizard.job().getResult();
	}

	private static byte[] cliExport(Path labels, Path out) throws Exception {
		LabelsExport.export(new LabelsExport.Request(LabelsFiles.load(labels), labels, Format.SEED_CSV, -1,
				ExportedInstances.ALL, out), null);
		return Files.readAllBytes(out);
	}

	@Test
	void writesTheSeedCsvMyrmexExportWrites() throws Exception {
		Path labels = copyProject();
		Path out = Files.createDirectories(folder.resolve("exports")).resolve("wizard.csv");
		Gui.open(labels);
		ExportWizard[] opened = new ExportWizard[1];
		Gui.whenShellOpens(TITLE, shell -> {
			opened[0] = wizard(shell);
			fillIn(shell, opened[0], out);
			screenshot(shell, "export-wizard");
			Gui.press(Gui.button(shell, "Finish"));
		});
		openExportWizard();

		assertNotNull(opened[0], "the wizard opened");
		IStatus status = finished(opened[0]);
		assertTrue(status.isOK(), status.getMessage());
		byte[] expected = cliExport(labels, folder.resolve("cli.csv"));
		assertArrayEquals(expected, Files.readAllBytes(out), "byte for byte what myrmex export writes");
		assertEquals(1 + 3000 * 13, Files.readAllLines(out).size(), "a header and one row per node of each instance");
	}

	@Test
	void exportsTheEditorsUnsavedEdits() throws Exception {
		Path labels = copyProject();
		Path out = folder.resolve("edited.csv");
		LabelsEditor editor = Gui.open(labels);
		editor.moveInstance(editor.shownInstances().get(0), 10, 0); // an undoable edit, not saved
		assertTrue(editor.isDirty());
		ExportWizard[] opened = new ExportWizard[1];
		Gui.whenShellOpens(TITLE, shell -> {
			opened[0] = wizard(shell);
			fillIn(shell, opened[0], out);
			Gui.press(Gui.button(shell, "Finish"));
		});
		openExportWizard();

		IStatus status = finished(opened[0]);
		assertTrue(status.isOK(), status.getMessage());
		List<String> saved = java.util.Arrays.asList(new String(cliExport(labels, folder.resolve("cli.csv"))).split("\n"));
		List<String> exported = Files.readAllLines(out);
		assertEquals(saved.size(), exported.size());
		int differing = 0;
		for (int i = 0; i < saved.size(); i++) {
			if (!saved.get(i).equals(exported.get(i))) {
				differing++;
				assertEquals("0", saved.get(i).split(",")[3], "only frame 0 changed: " + saved.get(i));
			}
		}
		assertTrue(differing > 0 && differing <= 13, "the moved instance's visible nodes: " + differing);
		assertTrue(editor.isDirty(), "exporting does not save");
	}

	@Test
	void exportsALabelsFileSelectedInTheProjectExplorer() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("export-source");
		try {
			project.create(null);
			project.open(null);
			IFile file = project.getFile("clip.slp");
			try (var content = Files.newInputStream(Fixtures.require("sleap/tracks/clip.slp"))) {
				file.create(content, true, null);
			}
			Path labels = file.getLocation().toFile().toPath();
			Path out = folder.resolve("selected.csv");
			Gui.waitForSampleProject();
			CommonNavigator explorer = (CommonNavigator) Gui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
			Gui.page().activate(explorer);
			Gui.spinUntil(() -> {
				explorer.getCommonViewer().refresh();
				explorer.getCommonViewer().setSelection(new StructuredSelection(file), true);
				return explorer.getCommonViewer().getTree().getSelectionCount() == 1;
			}, "clip.slp selected in the Project Explorer");
			ExportWizard[] opened = new ExportWizard[1];
			Gui.whenShellOpens(TITLE, shell -> {
				opened[0] = wizard(shell);
				fillIn(shell, opened[0], out);
				Gui.press(Gui.button(shell, "Finish"));
			});
			openExportWizard();

			assertNotNull(opened[0], "the wizard opened");
			assertEquals(labels.toAbsolutePath().normalize(), opened[0].source().file());
			assertEquals(null, opened[0].source().editor(), "read from the file, no editor");
			IStatus status = finished(opened[0]);
			assertTrue(status.isOK(), status.getMessage());
			assertArrayEquals(cliExport(labels, folder.resolve("cli.csv")), Files.readAllBytes(out));
		} finally {
			project.delete(true, true, null);
		}
	}

	@Test
	void asksBeforeReplacingAFile() throws Exception {
		Path labels = copyProject();
		Path out = Files.writeString(folder.resolve("old.csv"), "old\n");
		Gui.open(labels);
		ExportWizard[] opened = new ExportWizard[1];
		boolean[] keptAfterNo = new boolean[2];
		Gui.whenShellOpens(TITLE, shell -> {
			opened[0] = wizard(shell);
			fillIn(shell, opened[0], out);
			Gui.whenShellOpens(ExportWizard.OVERWRITE, question -> {
				screenshot(question, "export-replace-question");
				Gui.press(Gui.button(question, "No"));
			});
			Gui.press(Gui.button(shell, "Finish"));
			keptAfterNo[0] = !shell.isDisposed() && opened[0].job() == null;
			keptAfterNo[1] = readString(out).equals("old\n");
			Gui.whenShellOpens(ExportWizard.OVERWRITE, question -> Gui.press(Gui.button(question, "Yes")));
			Gui.press(Gui.button(shell, "Finish"));
		});
		openExportWizard();

		assertTrue(keptAfterNo[0], "No keeps the wizard open and exports nothing");
		assertTrue(keptAfterNo[1], "No leaves the file as it was");
		IStatus status = finished(opened[0]);
		assertTrue(status.isOK(), status.getMessage());
		assertArrayEquals(cliExport(labels, folder.resolve("cli.csv")), Files.readAllBytes(out), "Yes replaces it");
	}

	@Test
	void aFolderItCannotWriteIntoGivesAMessageNamingTheFileAndNothingPartial() throws Exception {
		Path labels = copyProject();
		Path locked = Files.createDirectories(folder.resolve("locked"));
		Path out = locked.resolve("labels.csv");
		lock(locked);
		try {
			Gui.open(labels);
			List<String> message = new java.util.ArrayList<>();
			Gui.whenShellOpens(ExportJob.FAILED, shell -> {
				Gui.descendants(shell).stream().filter(org.eclipse.swt.widgets.Label.class::isInstance)
						.map(label -> ((org.eclipse.swt.widgets.Label) label).getText()).forEach(message::add);
				screenshot(shell, "export-read-only-folder");
				Gui.press(Gui.button(shell, "OK"));
			});
			ExportWizard[] opened = new ExportWizard[1];
			Gui.whenShellOpens(TITLE, shell -> {
				opened[0] = wizard(shell);
				fillIn(shell, opened[0], out);
				Gui.press(Gui.button(shell, "Finish"));
			});
			openExportWizard();

			IStatus status = finished(opened[0]);
			assertEquals(IStatus.ERROR, status.getSeverity());
			assertTrue(status.getMessage().contains(out.toString()), status.getMessage());
			Gui.spinUntil(() -> !message.isEmpty(), "the message about the failed export");
			assertTrue(message.stream().anyMatch(text -> text.contains(out.toString())), message.toString());
			try (var left = Files.list(locked)) {
				assertEquals(List.of(), left.toList(), "nothing written, not even a temporary file");
			}
		} finally {
			unlock(locked);
		}
	}

	/** Makes {@code dir} read-only, also for root (who writes into a mode 555 folder): immutable then. */
	private static void lock(Path dir) throws Exception {
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
		if (Files.isWritable(dir)) {
			chattr("+i", dir);
		}
		assertFalse(Files.isWritable(dir), dir + " is read-only");
	}

	private static void unlock(Path dir) throws Exception {
		if (!Files.isWritable(dir)) {
			new ProcessBuilder("chattr", "-i", dir.toString()).inheritIO().start().waitFor();
		}
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private static void chattr(String flag, Path dir) throws Exception {
		Process process = new ProcessBuilder("chattr", flag, dir.toString()).inheritIO().start();
		assertEquals(0, process.waitFor(), "chattr " + flag + " " + dir);
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static void screenshot(Shell shell, String name) {
		try {
			Gui.screenshot(shell, name);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
