// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.edit.TrackCommands;
import org.myrmex.model.index.TrackSeries;
import org.myrmex.tracking.ui.internal.plots.TrackPlots;
import org.myrmex.tracking.ui.internal.tracks.TracksView;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/** Fixing a swap of the two flies' identities from frame 500 on, by keys, as a proofreader does. */
@ExtendWith(EditorTestSetup.class)
class SwapFixTest {
	@TempDir
	Path folder;

	@Test
	void theNextProblemIsTheSwapAndCtrlTFixesIt() throws Exception {
		Path file = ClipFiles.copy(folder, "clip.slp");
		List<String> truth = ClipFiles.trackNames(LabelsFiles.load(file));
		ClipFiles.edit(file, (domain, labels) -> TrackCommands.transpose(domain, labels, labels.getVideos().get(0),
				500, labels.getTracks().get(0), labels.getTracks().get(1)));
		List<String> swapped = ClipFiles.trackNames(LabelsFiles.load(file));
		assertNotEquals(truth, swapped);

		LabelsEditor editor = Gui.open(file);
		TracksView view = (TracksView) Gui.page().showView(TracksView.ID);
		Gui.page().activate(editor);
		Gui.focus(editor.canvas().control());
		TrackPlots plots = plots(editor);
		TrackSeries series = plots.series();
		assertTrue(series.swap(500), "the plots' series mark the swap");
		assertTrue(series.maxDisplacement(500) > 10 * series.maxDisplacement(499));

		Gui.key(SWT.CTRL | SWT.SHIFT, 'e');
		Gui.spinUntil(() -> editor.frameIndex() == 500, "the next identity problem, frame 500");
		Gui.waitForFrame(editor, 500);
		assertEquals(2, view.table().getItemCount());
		Gui.screenshot(Gui.window().getShell(), "proofreading");

		Gui.key(0, SWT.TAB);
		assertTrue(editor.selected() != null, "an instance is selected");
		Gui.key(SWT.CTRL, 't');
		Gui.spinUntil(() -> ClipFiles.trackNames(editor.labels()).equals(truth), "the tracks fixed from frame 500 on");
		assertFalse(plots.series().swap(500));
		Gui.key(SWT.CTRL | SWT.SHIFT, 'e');
		Gui.key(SWT.CTRL, 'e');
		assertEquals(500, editor.frameIndex(), "no identity problem and no spawn after the fix");

		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> ClipFiles.trackNames(editor.labels()).equals(swapped), "undo");
		Gui.key(SWT.CTRL | SWT.SHIFT, 'z');
		Gui.spinUntil(() -> ClipFiles.trackNames(editor.labels()).equals(truth), "redo");

		Gui.key(SWT.CTRL, 's');
		Gui.spinUntil(() -> !editor.isDirty(), "the save to finish");
		Labels reopened = LabelsFiles.load(file);
		assertEquals(truth, ClipFiles.trackNames(reopened));
		Gui.page().closeEditor(editor, false);
		LabelsEditor again = Gui.open(file);
		assertFalse(plots(again).series().swap(500));
	}

	static TrackPlots plots(LabelsEditor editor) {
		Canvas timeline = editor.timeline().control();
		return java.util.Arrays.stream(timeline.getParent().getChildren())
				.filter(c -> c.getData("org.myrmex.tracking.ui.plots") != null)
				.map(c -> (TrackPlots) c.getData("org.myrmex.tracking.ui.plots")).findFirst()
				.orElseThrow(() -> new AssertionError("no track plots under the timeline"));
	}
}
