// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.ui.internal.app.OpenSampleProjectJob;
import org.myrmex.ui.internal.editor.RecoveryJournal;
import org.myrmex.video.sample.SampleProject;

/**
 * Crash recovery for real: a second Myrmex workbench process opens a labels file through File › Open Labels…,
 * gets an unsaved edit from the keyboard, is killed with SIGKILL once the edit is journalled, and is started
 * again on the same workspace, where it offers the edit back; Restore and Ctrl+S put it into the file. Everything
 * reaches the process as X input; what it did is read from the files it writes and holds open.
 */
class KilledWorkbenchTest {
	@TempDir
	Path folder;
	@TempDir
	Path workspace;
	@TempDir
	Path runtime;

	private static int instancesAtFrameZero(Labels labels) {
		return FrameIndex.of(labels).find(labels.getVideos().get(0), 0).orElseThrow().getInstances().size();
	}

	@Test
	void editsOfAKilledWorkbenchAreOfferedAndRestoredAtTheNextStart() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Path file = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp")).toRealPath();
		Path video = folder.resolve("clip.mp4").toRealPath();
		Path journal = RecoveryJournal.journalOf(file);
		Path sampleVideo = new SampleProject(workspace.toRealPath().resolve(OpenSampleProjectJob.FOLDER)).video();
		Path configuration = runtime.resolve("configuration");
		Path log = runtime.resolve("workbench.log");
		Path registry = workspace.resolve(".metadata/.plugins/org.myrmex.ui/recovery");
		// this workbench's own sample project opens at start: let it, so that it takes no focus later
		Gui.spinUntil(() -> Job.getJobManager().find(OpenSampleProjectJob.FAMILY).length == 0, "the sample project to open");

		// the labels file named on the command line, as ./myrmex FILE.slp does
		try (ChildWorkbench first = ChildWorkbench.start(workspace, configuration, log, file)) {
			// its sample project is made and opened first (the editor shows its video), then ours on top of it
			first.await(() -> first.holdsOpen(sampleVideo), "the sample project to open in the workbench process");
			first.await(() -> first.holdsOpen(video), "the editor of " + file + " to open its video");
			first.focus(first.awaitWindow("^Myrmex"), 2); // the canvas takes the focus on a click; the middle button only pans
			first.key("ctrl+i");
			first.await(() -> Files.isRegularFile(journal), "the journal of the unsaved edit");
			Gui.screenshotScreen("kill-restart-edited");
			assertEquals(137, first.kill(), "killed by SIGKILL");
		}
		assertEquals(3, instancesAtFrameZero(LabelsFiles.load(journal)), "the journal holds the new instance");
		assertEquals(2, instancesAtFrameZero(LabelsFiles.load(file)), "the file is untouched");
		assertEquals(1, journals(registry), "the registry remembers the journal");

		try (ChildWorkbench second = ChildWorkbench.start(workspace, configuration, log)) {
			String offer = second.awaitWindow("^Restore Unsaved Edits"); // asked once the sample project is open
			Gui.screenshotScreen("kill-restart-offer");
			second.focus(offer, 0);
			FileTime before = Files.getLastModifiedTime(file);
			FileTime journalled = Files.getLastModifiedTime(journal);
			second.key("Return"); // Restore is the default button
			second.await(() -> second.holdsOpen(video), "the restored editor of " + file + " to open its video");
			// the restored edits are unsaved, so the restored editor journals them again
			second.await(() -> !journalled.equals(lastModified(journal)), "the restored editor's journal");
			Gui.screenshotScreen("kill-restart-restored");
			assertEquals(2, instancesAtFrameZero(LabelsFiles.load(file)), "the file is untouched until saved");
			second.focus(second.awaitWindow("^Myrmex"), 2);
			second.key("ctrl+s");
			second.await(() -> !Files.exists(journal) && !before.equals(lastModified(file)), "the save of " + file);
			assertEquals(137, second.kill());
		}
		assertEquals(3, instancesAtFrameZero(LabelsFiles.load(file)), "the restored edit is saved");
		assertFalse(Files.exists(journal), "a save deletes the journal");
		assertEquals(0, journals(registry), "no journal left to offer at the next start");
	}

	/** @return how many journals the registry in the workspace's state folder of the ui bundle lists */
	private static long journals(Path registry) throws java.io.IOException {
		assertTrue(Files.isDirectory(registry), "the registry of journals " + registry);
		try (Stream<Path> entries = Files.list(registry)) {
			return entries.filter(entry -> entry.toString().endsWith(".journal")).count();
		}
	}

	private static FileTime lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (java.io.IOException e) {
			return null; // being replaced
		}
	}
}
