// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.model.Track;
import org.myrmex.tracking.ui.internal.run.TrackDialog;
import org.myrmex.tracking.ui.internal.run.TrackJob;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/** Run › Track… on SLEAP's predictions of the clip. */
@ExtendWith(EditorTestSetup.class)
class RunTrackTest {
	@TempDir
	Path folder;

	@Test
	void targetingTwoInstancesGivesTwoTracksUndoneByOneCtrlZ() throws Exception {
		LabelsEditor editor = Gui.open(ClipFiles.copy(folder, "clip.predictions.slp"));
		List<Track> before = List.copyOf(editor.labels().getTracks());
		List<String> names = ClipFiles.trackNames(editor.labels());

		Gui.whenShellOpens(TrackDialog.TITLE, shell -> Gui.press(Gui.button(shell, "Cancel")));
		TracksViewTest.execute("org.myrmex.tracking.ui.commands.track", Map.of());
		Gui.settle();
		assertEquals(0, Job.getJobManager().find(TrackJob.FAMILY).length, "no tracking after cancel");
		assertEquals(names, ClipFiles.trackNames(editor.labels()));
		assertEquals(false, editor.isDirty());

		TrackDialog[] chosen = new TrackDialog[1];
		Gui.whenShellOpens(TrackDialog.TITLE, shell -> {
			TrackDialog dialog = (TrackDialog) shell.getData();
			Gui.focus(dialog.targetField());
			Gui.key(SWT.CTRL, 'a');
			Gui.type("2");
			Gui.press(Gui.button(shell, "Connect single track breaks (with a target count)"));
			chosen[0] = dialog;
			Gui.press(Gui.button(shell, "OK"));
		});
		TracksViewTest.execute("org.myrmex.tracking.ui.commands.track", Map.of());
		Gui.spinUntil(() -> Job.getJobManager().find(TrackJob.FAMILY).length == 0 && editor.isDirty(),
				"the tracking to finish");
		assertEquals(2, chosen[0].options().targetInstances());
		assertEquals(true, chosen[0].options().connectBreaks());
		assertEquals(2, editor.labels().getTracks().size());
		assertNotEquals(before, editor.labels().getTracks(), "new tracks");
		assertNotEquals(names, ClipFiles.trackNames(editor.labels()));
		Gui.page().showView(org.myrmex.tracking.ui.internal.tracks.TracksView.ID);
		editor.showFrame(500);
		Gui.waitForFrame(editor, 500);
		Gui.screenshot(Gui.window().getShell(), "tracked");

		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> !editor.isDirty(), "one undo");
		assertEquals(before, editor.labels().getTracks());
		assertEquals(names, ClipFiles.trackNames(editor.labels()));

		// a swap of SLEAP's tracks at frame 500, for the picture: scores and a displacement spike in the plots
		Gui.key(0, SWT.TAB);
		Gui.key(SWT.CTRL, 't');
		Gui.spinUntil(editor::isDirty, "the tracks transposed from frame 500 on");
		assertEquals(true, SwapFixTest.plots(editor).series().swap(500));
		Gui.screenshot(Gui.window().getShell(), "proofreading-predictions");
	}
}
