// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.Labels;
import org.myrmex.model.UserInstance;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.OpenLabelsJob;
import org.myrmex.ui.internal.project.ImportLabelsWizard;
import org.myrmex.ui.internal.project.MissingVideosDialog;
import org.myrmex.ui.internal.project.MyrmexNature;
import org.myrmex.ui.internal.project.NewProject;
import org.myrmex.ui.internal.project.NewProjectWizard;

/**
 * Workspace projects: File › New › Myrmex Project on {@code centered_pair_small.mp4}, labelled and saved, then
 * reopened from the Project Explorer; File › Import › SLEAP Labels with a moved video; a labels file whose
 * video is missing opens with Replace Missing Videos.
 */
@ExtendWith(EditorTestSetup.class)
class ProjectTest {
	private static final String NEW_PROJECT = "New Myrmex Project";

	@TempDir
	Path folder;

	@AfterEach
	void deleteProjects() throws Exception {
		for (String name : List.of("pair", "imported-clip")) {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
			if (project.exists()) {
				project.delete(true, true, null); // the links' targets (the fixtures) are never deleted
			}
		}
	}

	private static void screenshot(Shell shell, String name) {
		try {
			Gui.screenshot(shell, name);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void run(String commandId, Map<String, String> parameters) throws Exception {
		ICommandService commands = Gui.window().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters);
		Gui.window().getService(IHandlerService.class).executeCommand(command, null);
	}

	@Test
	void aNewProjectOnAVideoIsLabelledSavedAndReopenedFromTheProjectExplorer() throws Exception {
		Path video = Fixtures.require("sleap/videos/centered_pair_small.mp4");
		Gui.waitForSampleProject();
		Gui.whenShellOpens(NEW_PROJECT, shell -> {
			NewProjectWizard wizard = (NewProjectWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
			Gui.focus(Gui.descendants(shell).stream().filter(org.eclipse.swt.widgets.Text.class::isInstance)
					.findFirst().orElseThrow()); // the project name
			Gui.type("pair");
			Gui.press(Gui.button(shell, "Next >"));
			wizard.videosPage().addVideos(List.of(video)); // the native file dialog is GTK's, not ours
			Gui.spinUntil(() -> wizard.videosPage().isRead(), "the video to be read");
			Gui.press(Gui.button(shell, "Next >"));
			wizard.skeletonPage().chooseTemplate("flies13.json");
			screenshot(shell, "new-project-skeleton");
			Gui.press(Gui.button(shell, "Finish"));
		});
		run("org.eclipse.ui.newWizard", Map.of("newWizardId", NewProjectWizard.ID));

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("pair");
		assertTrue(project.exists() && project.hasNature(MyrmexNature.ID), "a Myrmex project");
		IFile link = project.getFolder(NewProject.VIDEOS).getFile("centered_pair_small.mp4");
		assertTrue(link.isLinked(), "the video is linked, not copied");
		assertEquals(video.toRealPath(), link.getLocation().toFile().toPath().toRealPath());
		assertTrue(project.getFile(NewProject.SKELETON).exists());
		Path labelsFile = project.getLocation().toFile().toPath().resolve("pair.slp");
		Gui.spinUntil(() -> Job.getJobManager().find(OpenLabelsJob.FAMILY).length == 0
				&& Gui.page().getActiveEditor() instanceof LabelsEditor editor && editor.file().equals(labelsFile),
				"the new project's labels in the editor");
		LabelsEditor editor = (LabelsEditor) Gui.page().getActiveEditor();
		Gui.waitForFrame(editor, 0);
		assertEquals(1100, editor.labels().getVideos().get(0).getFrameCount());
		assertTrue(editor.labels().getVideos().get(0).isGrayscale());

		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'i');
		Gui.key(SWT.CTRL, 'i');
		assertEquals(2, editor.shownInstances().size());
		Gui.screenshot(Gui.window().getShell(), "project");
		Gui.key(SWT.CTRL, 's');
		Gui.spinUntil(() -> !editor.isDirty(), "the save");
		Gui.page().closeEditor(editor, false);
		Gui.settle();

		CommonNavigator explorer = (CommonNavigator) Gui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		IFile labels = project.getFile("pair.slp");
		Gui.spinUntil(() -> {
			explorer.getCommonViewer().refresh();
			explorer.getCommonViewer().setSelection(new StructuredSelection(labels), true);
			return explorer.getCommonViewer().getTree().getSelectionCount() == 1;
		}, "pair.slp in the Project Explorer");
		TreeItem item = explorer.getCommonViewer().getTree().getSelection()[0];
		assertEquals("pair.slp", item.getText());
		explorer.getCommonViewer().getTree().showItem(item);
		Gui.focus(explorer.getCommonViewer().getTree());
		Rectangle bounds = item.getBounds();
		Gui.screenshot(Gui.window().getShell(), "project-explorer");
		Gui.doubleClick(explorer.getCommonViewer().getTree(), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		Gui.spinUntil(() -> Gui.page().getActiveEditor() instanceof LabelsEditor reopened
				&& reopened.file().equals(labelsFile), "pair.slp opened from the Project Explorer");
		LabelsEditor reopened = (LabelsEditor) Gui.page().getActiveEditor();
		Gui.waitForFrame(reopened, 0);
		List<Instance> instances = reopened.shownInstances();
		assertEquals(2, instances.size());
		assertTrue(instances.stream().allMatch(UserInstance.class::isInstance));
		assertEquals(13, reopened.labels().getSkeletons().get(0).getNodes().size(), "flies13");
		assertEquals(video.toAbsolutePath().normalize().toString(), reopened.labels().getVideos().get(0).getFilename());
		Gui.screenshot(Gui.window().getShell(), "project-reopened");
	}

	@Test
	void importCopiesLabelsIntoANewProjectAndFindsTheMovedVideo() throws Exception {
		Path labelsFolder = Files.createDirectories(folder.resolve("labels"));
		Path videoFolder = Files.createDirectories(folder.resolve("moved"));
		Path source = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), labelsFolder.resolve("clip.slp"));
		Path video = Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), videoFolder.resolve("clip.mp4"));
		Gui.waitForSampleProject();
		Gui.whenShellOpens("Import SLEAP Labels", shell -> {
			ImportLabelsWizard wizard = (ImportLabelsWizard) ((WizardDialog) shell.getData()).getCurrentPage()
					.getWizard();
			wizard.page().setFile(source);
			wizard.page().intoNewProject("imported-clip");
			Gui.whenShellOpens(MissingVideosDialog.TITLE, missing -> {
				((MissingVideosDialog) missing.getData()).search(videoFolder);
				Gui.press(Gui.button(missing, "Use These"));
			});
			Gui.press(Gui.button(shell, "Finish"));
		});
		run("org.eclipse.ui.file.import", Map.of("importWizardId", "org.myrmex.ui.wizards.importLabels"));

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("imported-clip");
		assertTrue(project.hasNature(MyrmexNature.ID));
		Path copy = project.getLocation().toFile().toPath().resolve("clip.slp");
		assertFalse(project.getFile("clip.slp").isLinked(), "copied");
		Labels imported = LabelsFiles.load(copy);
		assertEquals(video.toAbsolutePath().normalize().toString(), imported.getVideos().get(0).getFilename());
		assertEquals(1500, imported.getLabeledFrames().size());
		Gui.spinUntil(() -> Gui.page().getActiveEditor() instanceof LabelsEditor editor && editor.file().equals(copy),
				"the imported labels in the editor");
		Gui.waitForFrame((LabelsEditor) Gui.page().getActiveEditor(), 0);
	}

	@Test
	void aMissingVideoIsReplacedInOneUndoableStep() throws Exception {
		Path labels = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		Path elsewhere = Files.copy(Fixtures.require("sleap/tracks/clip.mp4"),
				Files.createDirectories(folder.resolve("elsewhere")).resolve("renamed.mp4"));
		String stored = LabelsFiles.load(labels).getVideos().get(0).getFilename();
		Gui.waitForSampleProject();
		Gui.whenShellOpens(MissingVideosDialog.TITLE, shell -> {
			screenshot(shell, "missing-videos");
			MissingVideosDialog dialog = (MissingVideosDialog) shell.getData();
			dialog.replace(dialog.missing().get(0), elsewhere);
			Gui.press(Gui.button(shell, "Use These"));
		});
		new OpenLabelsJob(Gui.window(), labels).schedule();
		Gui.spinUntil(() -> Gui.page().getActiveEditor() instanceof LabelsEditor editor
				&& editor.file().equals(labels.toAbsolutePath().normalize()) && editor.isDirty(), "the replaced video");
		LabelsEditor editor = (LabelsEditor) Gui.page().getActiveEditor();
		Gui.waitForFrame(editor, 0);
		assertEquals(elsewhere.toAbsolutePath().normalize().toString(), editor.labels().getVideos().get(0).getFilename());
		assertEquals(2, FrameIndex.of(editor.labels()).find(editor.labels().getVideos().get(0), 0).orElseThrow()
				.getInstances().size(), "the labels are kept");
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		assertEquals(stored, editor.labels().getVideos().get(0).getFilename());
		assertFalse(editor.isDirty());
	}
}
