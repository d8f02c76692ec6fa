// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.ui.internal.editor.CanvasTransform;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * The labels editor driven with posted mouse and key events on {@code tracks/clip.slp} (two flies, 13 nodes,
 * every frame labelled) and {@code tracks/clip.predictions.slp}, copied with {@code clip.mp4} into a
 * temporary folder so that saving never touches the fixtures.
 */
@ExtendWith(EditorTestSetup.class)
class LabelsEditorTest {
	@TempDir
	Path folder;

	private Path copyProject(String labels) throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		return Files.copy(Fixtures.require("sleap/tracks/" + labels), folder.resolve(labels));
	}

	private static Canvas canvas(LabelsEditor editor) {
		return editor.canvas().control();
	}

	/** Screen position of node {@code node} of {@code instance}, as the canvas draws it. */
	private static int[] screen(LabelsEditor editor, Instance instance, int node) {
		CanvasTransform view = editor.canvas().view();
		PointArray points = instance.getPoints();
		return new int[] { (int) Math.round(view.toScreenX(points.x(node))),
				(int) Math.round(view.toScreenY(points.y(node))) };
	}

	/** A visible node of {@code instance} at least 3 grab distances from every other node on the canvas. */
	private static int isolatedNode(LabelsEditor editor, Instance instance, int... skip) {
		List<Instance> shown = editor.shownInstances();
		for (int node = 0; node < instance.getPoints().size(); node++) {
			final int candidate = node;
			if (!instance.getPoints().visible(node) || Arrays.stream(skip).anyMatch(s -> s == candidate)) {
				continue;
			}
			int[] at = screen(editor, instance, node);
			boolean alone = true;
			for (Instance other : shown) {
				for (int n = 0; n < other.getPoints().size(); n++) {
					if ((other == instance && n == node) || !Double.isFinite(other.getPoints().x(n))) {
						continue;
					}
					int[] there = screen(editor, other, n);
					alone &= Math.hypot(there[0] - at[0], there[1] - at[1]) > 27;
				}
			}
			if (alone) {
				return node;
			}
		}
		throw new AssertionError("no isolated node on " + instance);
	}

	private static void goToFrame(LabelsEditor editor, int frame) {
		Gui.focus(canvas(editor));
		Gui.whenShellOpens("Go to Frame", dialog -> {
			Text text = (Text) find(dialog, Text.class);
			text.setText(Integer.toString(frame));
			org.eclipse.swt.widgets.Button ok = dialog.getDefaultButton();
			Gui.click(ok, 1, ok.getSize().x / 2, ok.getSize().y / 2);
		});
		Gui.key(SWT.CTRL, 'j');
		Gui.waitForFrame(editor, frame);
	}

	private static Control find(org.eclipse.swt.widgets.Composite parent, Class<?> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return child;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Control found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Centres the canvas on {@code instance} at {@code scale} screen pixels per frame pixel. */
	private static void zoomOn(LabelsEditor editor, Instance instance, double scale) {
		PointArray points = instance.getPoints();
		double x = 0;
		double y = 0;
		int n = 0;
		for (int node = 0; node < points.size(); node++) {
			if (Double.isFinite(points.x(node))) {
				x += points.x(node);
				y += points.y(node);
				n++;
			}
		}
		editor.canvas().centreOn(x / n, y / n, scale);
		Gui.settle();
		Gui.waitForFrame(editor, editor.frameIndex()); // converted again for the new zoom
	}

	@Test
	void dragAltDragToggleThenUndoRedoSaveAndReopen() throws Exception {
		Path file = copyProject("clip.slp");
		LabelsEditor editor = Gui.open(file);
		goToFrame(editor, 100);
		List<Instance> shown = editor.shownInstances();
		assertEquals(2, shown.size());
		Instance first = shown.get(0);
		Instance second = shown.get(1);
		PointArray firstBefore = first.getPoints();
		PointArray secondBefore = second.getPoints();
		zoomOn(editor, first, 2.5);
		CanvasTransform view = editor.canvas().view();

		// drag a node: it moves to the frame point under the release and becomes verified
		int dragged = isolatedNode(editor, first);
		int[] from = screen(editor, first, dragged);
		Gui.drag(canvas(editor), 1, from[0], from[1], from[0] + 30, from[1] + 20);
		PointArray afterDrag = first.getPoints();
		assertEquals(view.toImageX(from[0] + 30), afterDrag.x(dragged), 1e-9);
		assertEquals(view.toImageY(from[1] + 20), afterDrag.y(dragged), 1e-9);
		assertTrue(afterDrag.complete(dragged));
		assertTrue(editor.isDirty());

		// Alt-drag the other instance: all its points move by the same amount
		int grabbed = isolatedNode(editor, second);
		int[] at = screen(editor, second, grabbed);
		Gui.modifier(SWT.ALT, true);
		Gui.drag(canvas(editor), 1, at[0], at[1], at[0] - 40, at[1] + 25);
		Gui.modifier(SWT.ALT, false);
		Gui.settle();
		PointArray moved = second.getPoints();
		for (int node = 0; node < moved.size(); node++) {
			assertEquals(secondBefore.x(node) - 40 / view.scale(), moved.x(node), 1e-9, "x of node " + node);
			assertEquals(secondBefore.y(node) + 25 / view.scale(), moved.y(node), 1e-9, "y of node " + node);
			assertEquals(secondBefore.complete(node), moved.complete(node));
		}

		// right-click a node: it becomes not visible, and no context menu opens
		int toggled = isolatedNode(editor, first, dragged);
		int[] node = screen(editor, first, toggled);
		Gui.click(canvas(editor), 3, node[0], node[1]);
		assertFalse(first.getPoints().visible(toggled));
		assertFalse(canvas(editor).getMenu().isVisible());
		PointArray firstEdited = first.getPoints();
		PointArray secondEdited = second.getPoints();
		zoomOn(editor, first, 3);
		assertEquals(3, editor.canvas().view().scale(), 1e-9, "zoom before the screenshot");
		Gui.screenshot(editor.getSite().getShell(), "labelling-clip-node-colours");
		assertEquals(3, editor.canvas().view().scale(), 1e-9, "zoom after the screenshot");

		// undo all three with Ctrl+Z
		Gui.focus(canvas(editor));
		for (int i = 0; i < 3; i++) {
			Gui.key(SWT.CTRL, 'z');
		}
		assertEquals(firstBefore, first.getPoints());
		assertEquals(secondBefore, second.getPoints());
		assertFalse(editor.isDirty());

		// redo all three with Ctrl+Shift+Z
		for (int i = 0; i < 3; i++) {
			Gui.key(SWT.CTRL | SWT.SHIFT, 'z');
		}
		assertEquals(firstEdited, first.getPoints());
		assertEquals(secondEdited, second.getPoints());
		assertTrue(editor.isDirty());

		// save with Ctrl+S, then read the file back
		Gui.key(SWT.CTRL, 's');
		Gui.spinUntil(() -> !editor.isDirty(), "the save to finish");
		Labels reopened = LabelsFiles.load(file);
		LabeledFrame frame = FrameIndex.of(reopened).find(reopened.getVideos().get(0), 100).orElseThrow();
		assertEquals(2, frame.getInstances().size());
		assertPointsEqual(firstEdited, frame.getInstances().get(0).getPoints());
		assertPointsEqual(secondEdited, frame.getInstances().get(1).getPoints());
		assertEquals(3000, reopened.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum());
	}

	private static void assertPointsEqual(PointArray expected, PointArray actual) {
		assertEquals(expected.size(), actual.size());
		for (int node = 0; node < expected.size(); node++) {
			assertEquals(expected.x(node), actual.x(node), 1e-9, "x of node " + node);
			assertEquals(expected.y(node), actual.y(node), 1e-9, "y of node " + node);
			assertEquals(expected.visible(node), actual.visible(node), "visibility of node " + node);
			assertEquals(expected.complete(node), actual.complete(node), "completeness of node " + node);
		}
	}

	@Test
	void doubleClickMakesAUserInstanceOfAPrediction() throws Exception {
		Path file = copyProject("clip.predictions.slp");
		LabelsEditor editor = Gui.open(file);
		List<Instance> shown = editor.shownInstances();
		assertEquals(2, shown.size());
		PredictedInstance predicted = (PredictedInstance) shown.get(0);
		zoomOn(editor, predicted, 2.5);
		int node = isolatedNode(editor, predicted);
		int[] at = screen(editor, predicted, node);
		Gui.doubleClick(canvas(editor), at[0], at[1]);
		
		Gui.spinUntil(() -> editor.shownInstances().stream().anyMatch(UserInstance.class::isInstance),
				"the user instance made from the prediction");
		UserInstance user = (UserInstance) editor.shownInstances().stream().filter(UserInstance.class::isInstance)
				.findFirst().orElseThrow();
		assertSame(predicted, user.getFromPredicted());
		assertFalse(editor.shownInstances().contains(predicted), "the prediction is hidden behind its user copy");
		assertEquals(2, editor.shownInstances().size());
		for (int n = 0; n < user.getPoints().size(); n++) {
			assertEquals(predicted.getPoints().x(n), user.getPoints().x(n), 0);
			assertFalse(user.getPoints().complete(n), "a converted point is not verified yet");
		}
		assertSame(user, editor.selected());
		// its nodes can now be dragged, and the first drag verifies the node
		int[] from = screen(editor, user, node);
		Gui.drag(canvas(editor), 1, from[0], from[1], from[0] + 15, from[1] + 15);
		assertTrue(user.getPoints().complete(node));
		int toggled = isolatedNode(editor, user, node);
		int[] other = screen(editor, user, toggled);
		Gui.click(canvas(editor), 3, other[0], other[1]);
		assertFalse(user.getPoints().visible(toggled));
		Gui.screenshot(editor.getSite().getShell(), "labelling-converted-prediction");

		Gui.focus(canvas(editor));
		for (int i = 0; i < 3; i++) {
			Gui.key(SWT.CTRL, 'z');
		}
		assertTrue(editor.shownInstances().contains(predicted));
		assertTrue(editor.shownInstances().stream().noneMatch(UserInstance.class::isInstance));
		assertFalse(editor.isDirty());
	}

	@Test
	void keysMoveThroughFramesAndTheTimelineSeeks() throws Exception {
		LabelsEditor editor = Gui.open(copyProject("clip.slp"));
		Gui.focus(canvas(editor));
		Gui.key(0, SWT.ARROW_RIGHT);
		Gui.waitForFrame(editor, 1);
		Gui.key(SWT.CTRL, SWT.ARROW_RIGHT);
		Gui.waitForFrame(editor, 51);
		Gui.key(SWT.CTRL, SWT.ARROW_LEFT);
		Gui.waitForFrame(editor, 1);
		Gui.key(0, SWT.ARROW_LEFT);
		Gui.waitForFrame(editor, 0);
		Gui.key(0, SWT.END);
		Gui.waitForFrame(editor, 1499);
		Gui.key(0, SWT.HOME);
		Gui.waitForFrame(editor, 0);
		Gui.key(SWT.ALT, SWT.ARROW_RIGHT);
		Gui.waitForFrame(editor, 1);

		Canvas timeline = editor.timeline().control();
		int x = editor.timeline().xOf(750);
		Gui.click(timeline, 1, x, timeline.getSize().y / 2);
		int expected = editor.timeline().frameAt(x);
		assertTrue(Math.abs(expected - 750) <= 2, "frame under the click: " + expected);
		Gui.waitForFrame(editor, expected);
		assertNotEquals(null, editor.timeline().marks());
		assertEquals(1500, editor.timeline().marks().user().length);

		Gui.modifier(SWT.SHIFT, true);
		Gui.drag(timeline, 1, editor.timeline().xOf(100), 10, editor.timeline().xOf(300), 10);
		Gui.modifier(SWT.SHIFT, false);
		int[] range = editor.timeline().selection();
		assertNotNull(range);
		assertTrue(Math.abs(range[0] - 100) <= 2 && Math.abs(range[1] - 300) <= 2, Arrays.toString(range));
		assertEquals(expected, editor.frameIndex(), "a Shift-drag selects without seeking");
	}

	@Test
	void farJumpsShowTheSeekProxyFirstThenTheExactFrame() throws Exception {
		LabelsEditor editor = Gui.open(copyProject("clip.slp"));
		Gui.spinUntil(editor::hasSeekProxy, "the seek proxy of clip.mp4");
		Gui.focus(canvas(editor));
		boolean[] previewSeen = new boolean[1];
		Gui.key(0, SWT.END);
		Gui.spinUntil(() -> {
			previewSeen[0] |= editor.shownFrame() == 1499 && editor.canvas().showingPreview();
			return editor.shownFrame() == 1499 && !editor.canvas().showingPreview();
		}, "the exact last frame");
		assertTrue(previewSeen[0], "the proxy's frame was shown before the exact one");
		assertEquals(2, editor.shownInstances().size());
		Gui.key(0, SWT.ARROW_LEFT);
		Gui.waitForFrame(editor, 1498);
	}

	@Test
	void newInstanceCopiesThePreviousFrameAndDeleteRemovesIt() throws Exception {
		LabelsEditor editor = Gui.open(copyProject("clip.slp"));
		goToFrame(editor, 100);
		Gui.focus(canvas(editor));
		Gui.key(SWT.CTRL, 'i');
		assertEquals(3, editor.shownInstances().size());
		Instance added = editor.selected();
		assertTrue(added instanceof UserInstance);
		assertTrue(editor.shownInstances().contains(added));
		Gui.key(0, SWT.TAB);
		assertNotEquals(added, editor.selected());
		Gui.key(SWT.SHIFT, SWT.TAB);
		assertSame(added, editor.selected());
		Gui.key(0, SWT.DEL);
		assertEquals(2, editor.shownInstances().size());
		assertFalse(editor.shownInstances().contains(added));
		Gui.key(SWT.CTRL, 'z');
		Gui.key(SWT.CTRL, 'z');
		assertEquals(2, editor.shownInstances().size());
		assertFalse(editor.isDirty());
	}
}
