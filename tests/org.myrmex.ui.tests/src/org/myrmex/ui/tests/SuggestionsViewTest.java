// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.analysis.suggest.FrameSuggestion;
import org.myrmex.analysis.suggest.Suggester;
import org.myrmex.analysis.suggest.SuggestionMethod;
import org.myrmex.analysis.suggest.SuggestionOptions;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Suggestion;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.suggest.GenerateDialog;
import org.myrmex.ui.internal.suggest.GenerateJob;
import org.myrmex.ui.internal.suggest.SuggestionSession;
import org.myrmex.ui.internal.suggest.SuggestionsView;

/**
 * The Suggestions view in the real workbench on SLEAP's centered_pair_predictions.slp: 20 prediction-score
 * suggestions generated through the dialog, listed by frame and marked on the timeline; Space and Shift+Space step
 * through them; Label Next Best Frame goes to the top-ranked one; undo takes the batch away.
 */
@ExtendWith(EditorTestSetup.class)
class SuggestionsViewTest {
	@TempDir
	Path folder;

	@Test
	void generatesStepsThroughAndUndoesPredictionScoreSuggestions() throws Exception {
		Files.createSymbolicLink(folder.resolve("centered_pair_low_quality.mp4"),
				Fixtures.require("sleap/json_format_v1/centered_pair_low_quality.mp4").toAbsolutePath());
		LabelsEditor editor = Gui.open(Files.copy(Fixtures.require("sleap/hdf5_format_v1/centered_pair_predictions.slp"),
				folder.resolve("centered_pair_predictions.slp")));
		int before = editor.labels().getSuggestions().size();
		// what the headless method picks, best first
		List<FrameSuggestion> expected = Suggester.suggest(editor.labels(), editor.file(),
				SuggestionOptions.of(SuggestionMethod.PREDICTION_SCORE, 20), new NullProgressMonitor()).frames();
		assertEquals(20, expected.size());

		SuggestionsView view = (SuggestionsView) Gui.page().showView(SuggestionsView.ID);
		Gui.page().activate(editor);
		Gui.spinUntil(() -> view.editor() == editor, "the Suggestions view to follow the editor");
		Gui.settle();
		Gui.whenShellOpens(GenerateDialog.TITLE, shell -> {
			GenerateDialog dialog = (GenerateDialog) shell.getData();
			dialog.methodCombo().select(SuggestionMethod.PREDICTION_SCORE.ordinal());
			dialog.countSpinner().setSelection(20);
			Gui.press(Gui.button(shell, "Generate"));
		});
		Button generate = view.buttons()[0];
		Gui.press(generate);
		Gui.spinUntil(() -> Job.getJobManager().find(GenerateJob.FAMILY).length == 0
				&& view.rows().size() == before + 20, "20 suggestions listed");
		Gui.settle();
		assertTrue(view.notesText().startsWith("20 frames suggested by prediction score"), view.notesText());

		// listed by frame, the method's frames, each with its method and reason
		List<Integer> frames = expected.stream().map(FrameSuggestion::frame).sorted().toList();
		List<Integer> listed = new ArrayList<>();
		for (int row = 0; row < view.table().getItemCount(); row++) {
			listed.add(Integer.parseInt(view.table().getItem(row).getText(SuggestionsView.FRAME)));
			assertEquals("Prediction score", view.table().getItem(row).getText(SuggestionsView.METHOD));
			assertTrue(!view.table().getItem(row).getText(SuggestionsView.REASON).isEmpty());
		}
		assertEquals(frames, listed);

		// the timeline marks them, in their colour, in the strip under the band
		assertArrayEquals(frames.stream().mapToInt(Integer::intValue).toArray(), editor.timeline().marks().suggested());
		ImageData timeline = grab(editor.timeline().control());
		int height = editor.timeline().control().getClientArea().height;
		for (int frame : frames) {
			RGB rgb = timeline.palette.getRGB(timeline.getPixel(editor.timeline().xOf(frame), height - 3));
			if (Math.abs(editor.timeline().xOf(frame) - editor.timeline().xOf(editor.frameIndex())) > 2) {
				assertTrue(rgb.red > 200 && rgb.green > 100 && rgb.green < 180 && rgb.blue < 60,
						"an orange mark under frame " + frame + ": " + rgb);
			}
		}

		// Space steps through them by frame, from frame 0; Shift+Space back
		Gui.focus(editor.canvas().control());
		editor.showFrame(0);
		Gui.settle();
		int start = frames.get(0) == 0 ? 1 : 0;
		for (int i = start; i < frames.size(); i++) {
			Gui.key(0, ' ');
			int want = frames.get(i);
			Gui.spinUntil(() -> editor.frameIndex() == want, "Space to suggested frame " + want);
		}
		Gui.key(0, ' ');
		Gui.spinUntil(() -> editor.frameIndex() == frames.get(0), "Space to wrap to the first suggestion");
		Gui.key(SWT.SHIFT, ' ');
		Gui.spinUntil(() -> editor.frameIndex() == frames.get(19), "Shift+Space to wrap back to the last");
		Gui.key(SWT.SHIFT, ' ');
		Gui.spinUntil(() -> editor.frameIndex() == frames.get(18), "Shift+Space to the one before");
		Gui.spinUntil(() -> view.table().getSelectionIndex() == 18, "the view selecting the shown suggestion");

		// Label Next Best Frame: the top-ranked frame (none of this file's frames has user instances)
		Gui.key(SWT.CTRL | SWT.SHIFT, 'n');
		int best = expected.get(0).frame();
		Gui.spinUntil(() -> editor.frameIndex() == best, "Label Next Best Frame to frame " + best);
		Gui.waitForFrame(editor, best);
		CTabFolder right = folder(view.table());
		dragSash(right, -260); // every column of the view shows
		Gui.screenshot(Gui.window().getShell(), "suggestions");
		dragSash(right, 260);

		// Remove takes the selected rows out, Clear all of them; each is undone by one Ctrl+Z
		Table table = view.table();
		int x = table.getSize().x / 3;
		int y = table.getSize().y / 2;
		Gui.click(table, 1, x, y);
		assertEquals(1, table.getSelectionCount(), "one row clicked");
		int first = table.getSelectionIndex();
		Gui.modifier(SWT.SHIFT, true);
		Gui.click(table, 1, x, y + 2 * table.getItemHeight());
		Gui.modifier(SWT.SHIFT, false);
		assertEquals(List.of(first, first + 1, first + 2),
				java.util.Arrays.stream(table.getSelectionIndices()).sorted().boxed().toList(), "three rows shift-clicked");
		List<Suggestion> removed = List.copyOf(view.rows().subList(first, first + 3));
		Gui.press(view.buttons()[1]);
		Gui.spinUntil(() -> view.rows().size() == before + 17, "three suggestions removed");
		assertTrue(removed.stream().noneMatch(editor.labels().getSuggestions()::contains));
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> view.rows().size() == before + 20, "the removal undone");
		Gui.press(view.buttons()[2]);
		Gui.spinUntil(() -> view.rows().isEmpty(), "every suggestion cleared");
		assertEquals(0, editor.timeline().marks().suggested().length);
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> view.rows().size() == before + 20, "the clearing undone");

		// one undo takes the whole batch away, from the labels, the view and the timeline
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> view.rows().size() == before, "the generated batch undone");
		assertEquals(before, editor.labels().getSuggestions().size());
		Gui.spinUntil(() -> editor.timeline().marks().suggested().length == before, "the timeline marks gone");
		List<Suggestion> none = view.rows();
		assertEquals(before, none.size());
	}

	@Test
	void labelNextBestFramePredictsWithTheChosenModel() throws Exception {
		Files.createSymbolicLink(folder.resolve("centered_pair_low_quality.mp4"),
				Fixtures.require("sleap/json_format_v1/centered_pair_low_quality.mp4").toAbsolutePath());
		Path models = Files.createDirectories(folder.resolve("models"));
		Path model = Files.createSymbolicLink(models.resolve("minimal_instance.UNet.bottomup"),
				Fixtures.require("sleap/models/minimal_instance.UNet.bottomup").toAbsolutePath());
		LabelsEditor editor = Gui.open(Files.copy(Fixtures.require("sleap/slp_hdf5/minimal_instance.slp"),
				folder.resolve("minimal_instance.slp")));
		SuggestionsView view = (SuggestionsView) Gui.page().showView(SuggestionsView.ID);
		Gui.page().activate(editor);
		Gui.spinUntil(() -> view.editor() == editor, "the Suggestions view to follow the editor");
		Gui.settle();

		// active learning without a model is refused in the dialog; random frames with the project's run checked
		List<String> refused = new ArrayList<>();
		Gui.whenShellOpens(GenerateDialog.TITLE, shell -> {
			GenerateDialog dialog = (GenerateDialog) shell.getData();
			dialog.methodCombo().select(SuggestionMethod.ACTIVE_LEARNING.ordinal());
			Gui.press(Gui.button(shell, "Generate"));
			refused.add(String.valueOf(dialog.getErrorMessage()));
			Table runs = Gui.descendants(shell).stream().filter(Table.class::isInstance).map(Table.class::cast)
					.findFirst().orElseThrow();
			assertEquals(1, runs.getItemCount(), "the project's run listed");
			assertEquals(model.getFileName().toString(), runs.getItem(0).getText(0));
			runs.getItem(0).setChecked(true);
			dialog.methodCombo().select(SuggestionMethod.RANDOM.ordinal());
			dialog.countSpinner().setSelection(5);
			Gui.press(Gui.button(shell, "Generate"));
		});
		Gui.press(view.buttons()[0]);
		Gui.spinUntil(() -> Job.getJobManager().find(GenerateJob.FAMILY).length == 0 && view.rows().size() == 5,
				"5 random suggestions");
		assertTrue(refused.get(0).contains("check a model folder"), refused.toString());

		// Label Next Best Frame: the first of the batch (a random draw's order), its instances predicted there
		int best = SuggestionSession.of(editor.labels()).lastBatch().get(0).getFrameIndex();
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL | SWT.SHIFT, 'n');
		Gui.spinUntil(() -> editor.frameIndex() == best, "Label Next Best Frame to frame " + best);
		Gui.spinUntil(() -> editor.shownInstances().stream().anyMatch(PredictedInstance.class::isInstance),
				"the model's predicted instances on frame " + best);
		Gui.waitForFrame(editor, best);
		Gui.screenshot(Gui.window().getShell(), "suggestions-predicted");
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> editor.shownInstances().isEmpty(), "the prediction undone");
		assertEquals(5, editor.labels().getSuggestions().size(), "the suggestions stay");
	}

	/** @return the tab folder that holds {@code control}'s view */
	static CTabFolder folder(Control control) {
		Control folder = control;
		while (!(folder instanceof CTabFolder)) {
			folder = folder.getParent();
		}
		return (CTabFolder) folder;
	}

	/** Drags, with the mouse, the sash at the left edge of {@code folder} by {@code dx} pixels. */
	static void dragSash(CTabFolder folder, int dx) {
		Rectangle bounds = folder.getBounds();
		int x = bounds.x - 2;
		int y = bounds.y + bounds.height / 2;
		Gui.drag(folder.getParent(), 1, x, y, x + dx, y);
		Gui.settle();
	}

	/** Reads {@code control} back from the screen. */
	private static ImageData grab(Canvas control) {
		control.redraw();
		control.update();
		Gui.settle();
		Rectangle area = control.getClientArea();
		Point origin = control.toDisplay(0, 0);
		Image shot = new Image(control.getDisplay(), area.width, area.height);
		GC gc = new GC(control.getDisplay());
		try {
			gc.copyArea(shot, origin.x, origin.y);
			return shot.getImageData();
		} finally {
			gc.dispose();
			shot.dispose();
		}
	}
}
