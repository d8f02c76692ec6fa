// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.merge.Resolution;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.OpenLabelsJob;
import org.myrmex.ui.internal.merge.MergeLabelsHandler;
import org.myrmex.ui.internal.merge.MergeWizard;

/**
 * File › Merge Labels… on the labels editor of {@code tracks/clip.slp} with a copy in which the test moved one user
 * instance of frame 700: the wizard lists that one conflict, writes nothing before Finish, and writes the chosen
 * resolution beside the base, which then opens in an editor.
 */
@ExtendWith(EditorTestSetup.class)
class MergeWizardTest {
	private static final int FRAME = 700;

	@TempDir
	Path folder;

	private static LabeledFrame frame(Labels labels) {
		return labels.getLabeledFrames().stream().filter(f -> f.getFrameIndex() == FRAME).findFirst().orElseThrow();
	}

	@Test
	void showsTheConflictAndWritesTheChosenResolutionOnlyAtFinish() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Path base = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		Labels other = LabelsFiles.load(base);
		Instance moved = frame(other).getInstances().get(0);
		PointArray original = moved.getPoints();
		moved.setPoints(original.translated(12, -7));
		Path otherFile = folder.resolve("other.slp");
		LabelsFiles.save(other, otherFile, null);
		Path target = folder.resolve("clip.merged.slp");

		Gui.open(base);
		MergeWizard[] opened = new MergeWizard[1];
		List<String> seen = new ArrayList<>();
		Gui.whenShellOpens("Merge Labels", shell -> {
			MergeWizard wizard = (MergeWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
			opened[0] = wizard;
			wizard.page().addFiles(List.of(otherFile)); // the native file dialog is GTK's, not ours
			Table table = wizard.page().conflicts();
			seen.add("rows " + table.getItemCount());
			seen.add(table.getItem(0).getText(1));
			seen.add(table.getItem(0).getText(2));
			Gui.settle(); // the page's layout follows the preview
			Rectangle cell = table.getItem(0).getBounds(1);
			Gui.click(table, 1, cell.x + 20, cell.y + cell.height / 2);
			seen.add("selected " + table.getSelectionIndex());
			Gui.press(wizard.page().resolutionButton(Resolution.KEEP_BOTH));
			seen.add(wizard.page().counts());
			Gui.press(wizard.page().resolutionButton(Resolution.KEEP_NEW));
			seen.add(table.getItem(0).getText(2));
			seen.add(wizard.page().counts());
			seen.add(wizard.page().output().getText());
			seen.add("exists before Finish: " + Files.exists(target));
			ExportWizardTest.screenshot(shell, "merge-wizard");
			Gui.press(Gui.button(shell, "Finish"));
		});
		ICommandService commands = Gui.window().getService(ICommandService.class);
		Gui.window().getService(IHandlerService.class).executeCommand(
				ParameterizedCommand.generateCommand(commands.getCommand(MergeLabelsHandler.COMMAND), null), null);

		assertNotNull(opened[0], "the wizard opened");
		assertEquals("rows 1", seen.get(0), "one conflict: " + seen);
		assertTrue(seen.get(1).startsWith("a user instance of track ") && seen.get(1).contains("frame 700 of"), seen.get(1));
		assertEquals("keep base", seen.get(2), "the default");
		assertEquals("selected 0", seen.get(3), "a click on the row selects it");
		assertTrue(seen.get(4).contains("3001 user"), "keep both: one more instance: " + seen.get(4));
		assertEquals("keep new", seen.get(5));
		assertTrue(seen.get(6).contains("merged: 1 video, 1500 frames") && seen.get(6).contains("3000 user"), seen.get(6));
		assertEquals(target.toString(), seen.get(7), "beside the base by default");
		assertEquals("exists before Finish: false", seen.get(8));

		Gui.spinUntil(() -> opened[0].job() != null && opened[0].job().getResult() != null, "the merge job");
		IStatus status = opened[0].job().getResult();
		assertTrue(status.isOK(), status.getMessage());
		Gui.spinUntil(() -> Job.getJobManager().find(OpenLabelsJob.FAMILY).length == 0
				&& Gui.page().getActiveEditor() instanceof LabelsEditor editor && editor.file().equals(target),
				"the merged labels in an editor");
		LabelsEditor editor = (LabelsEditor) Gui.page().getActiveEditor();
		Gui.waitForFrame(editor, 0);
		Labels merged = LabelsFiles.load(target);
		assertEquals(3000, merged.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum());
		List<Instance> instances = frame(merged).getInstances();
		assertEquals(2, instances.size());
		assertTrue(instances.stream().anyMatch(i -> i.getPoints().x(0) == original.x(0) + 12), "the moved one kept");
		assertFalse(instances.stream().anyMatch(i -> i.getPoints().x(0) == original.x(0)), "the base's left out");
		assertEquals(3000, editor.labels().getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum());
	}

	@Test
	void aFileThatIsNoLabelsIsNamedAndBlocksFinish() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Path base = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		Path broken = Files.writeString(folder.resolve("broken.slp"), "not an HDF5 file");
		Gui.open(base);
		List<String> seen = new ArrayList<>();
		Gui.whenShellOpens("Merge Labels", shell -> {
			MergeWizard wizard = (MergeWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
			wizard.page().addFiles(List.of(broken));
			seen.add(String.valueOf(wizard.page().getErrorMessage()));
			seen.add("finish " + Gui.button(shell, "Finish").isEnabled());
			ExportWizardTest.screenshot(shell, "merge-broken-file");
			Gui.press(Gui.button(shell, "Cancel"));
		});
		ICommandService commands = Gui.window().getService(ICommandService.class);
		Gui.window().getService(IHandlerService.class).executeCommand(
				ParameterizedCommand.generateCommand(commands.getCommand(MergeLabelsHandler.COMMAND), null), null);

		assertEquals(2, seen.size(), "the wizard opened");
		assertTrue(seen.get(0).contains(broken.toString()), seen.get(0));
		assertEquals("finish false", seen.get(1));
		try (var files = Files.list(folder)) {
			assertEquals(List.of("broken.slp", "clip.mp4", "clip.slp"),
					files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList(),
					"nothing written");
		}
	}

	@Test
	void theFileMenuOffersExportAndMergeAfterPreprocessing() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Gui.open(Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp")));
		org.eclipse.swt.widgets.Menu file = null;
		for (org.eclipse.swt.widgets.MenuItem item : Gui.window().getShell().getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals("File")) {
				file = item.getMenu();
			}
		}
		assertNotNull(file, "a File menu");
		file.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event()); // JFace fills it now
		List<String> labels = new ArrayList<>();
		boolean mergeEnabled = false;
		for (org.eclipse.swt.widgets.MenuItem item : file.getItems()) {
			String label = item.getText().replace("&", "").split("\t")[0];
			labels.add(label);
			mergeEnabled |= label.equals("Merge Labels...") && item.isEnabled();
		}
		file.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		int preprocess = labels.indexOf("Pre-process Videos...");
		assertTrue(preprocess >= 0, labels.toString());
		assertTrue(labels.indexOf("Export...") > preprocess, labels.toString());
		assertTrue(labels.indexOf("Merge Labels...") > preprocess && labels.indexOf("Merge Labels...") < labels.indexOf("Save"),
				labels.toString());
		assertTrue(mergeEnabled, "Merge Labels... is enabled with a labels editor active");
	}
}
