// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.VideoBackend;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.importing.ImportPoseWizard;
import org.myrmex.ui.internal.importing.PoseCounts;
import org.myrmex.ui.internal.project.MyrmexProjects;

/**
 * File › Import › DeepLabCut or COCO Keypoints: a broken CSV is refused on the page, naming it; the multi-animal
 * DeepLabCut fixture project is previewed, converted into a project and opened.
 */
@ExtendWith(EditorTestSetup.class)
class ImportPoseTest {
	private static final String PROJECT = "dlc-import";

	@AfterEach
	void deleteProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	@TempDir
	Path folder;

	@Test
	void aDeepLabCutProjectIsPreviewedConvertedAndOpened() throws Exception {
		Path config = Fixtures.require("sleap/dlc/madlc_230_config.yaml");
		Path broken = Files.writeString(folder.resolve("CollectedData_broken.csv"), "scorer,S,S\nbodyparts,A,A\n");
		String[] refused = new String[1];
		boolean[] finishable = { true };
		Gui.waitForSampleProject();
		IProject project = MyrmexProjects.create(PROJECT, null, null);
		PoseCounts[] shown = new PoseCounts[1];
		Gui.whenShellOpens(ImportPoseWizard.TITLE, shell -> {
			ImportPoseWizard wizard = (ImportPoseWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
			Gui.focus(Gui.descendants(shell).stream().filter(Text.class::isInstance).findFirst().orElseThrow());
			Gui.type(broken.toString());
			Gui.spinUntil(() -> wizard.page().getErrorMessage() != null && wizard.page().getErrorMessage().contains("line"),
					"the broken CSV's message");
			refused[0] = wizard.page().getErrorMessage();
			finishable[0] = Gui.button(shell, "Finish").isEnabled();
			screenshot(shell, "import-dlc-broken");
			Gui.key(SWT.CTRL, 'a');
			Gui.type(config.toString());
			Gui.spinUntil(() -> wizard.page().shownCounts() != null, "the preview of " + config.getFileName());
			wizard.page().intoProject(project);
			shown[0] = wizard.page().shownCounts();
			screenshot(shell, "import-dlc");
			Gui.press(Gui.button(shell, "Finish"));
		});
		ICommandService commands = Gui.window().getService(ICommandService.class);
		Gui.window().getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
				commands.getCommand("org.eclipse.ui.file.import"), Map.of("importWizardId", ImportPoseWizard.ID)), null);

		assertEquals(broken.toAbsolutePath().normalize() + ": line 3 should be the 'coords' header row of a DeepLabCut CSV",
				refused[0]);
		assertFalse(finishable[0], "Finish is off for a file that cannot be read");
		assertEquals(new PoseCounts(3, 7, 5, 3, 1), shown[0], "frames, instances, nodes, tracks, videos");
		Path slp = MyrmexProjects.folderOf(project).resolve("madlc_230_config.slp");
		Gui.spinUntil(() -> Gui.page().getActiveEditor() instanceof LabelsEditor editor && editor.file().equals(slp),
				"the imported labels in the editor");
		LabelsEditor editor = (LabelsEditor) Gui.page().getActiveEditor();
		Gui.waitForFrame(editor, 0);
		assertTrue(project.getFile("madlc_230_config.slp").exists(), "the workspace knows the new file");
		Labels saved = LabelsFiles.load(slp);
		assertEquals(VideoBackend.IMAGE_LIST, saved.getVideos().get(0).getBackend());
		assertEquals(7, saved.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum());
		assertEquals(3, editor.labels().getTracks().size());
		screenshot(Gui.window().getShell(), "import-dlc-opened");
	}

	private static void screenshot(Shell shell, String name) {
		try {
			Gui.screenshot(shell, name);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
