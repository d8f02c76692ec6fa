// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.model.index.FrameRows.Filter;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.LabelledFramesView;
import org.myrmex.ui.internal.views.VideosView;
import org.myrmex.ui.internal.views.videos.VideoHandler;

/**
 * The Labelled Frames view in the real workbench: filters chosen with clicks, jumps by double-click and Enter, rows
 * rebuilt after an edit adds a frame and after its undo, and a project of 200,000 predicted frames.
 */
@ExtendWith(EditorTestSetup.class)
class LabelledFramesViewTest {
	@TempDir
	Path folder;

	@Test
	void filtersAndJumpsToAFrameByDoubleClickAndEnter() throws Exception {
		Files.copy(Fixtures.require("sleap/videos/dance.mp4"), folder.resolve("dance.mp4"));
		LabelsEditor editor = Gui.open(Files.copy(Fixtures.require("sleap/slp_hdf5/dance.mp4.labels.slp"),
				folder.resolve("dance.mp4.labels.slp")));
		VideosViewTest.showView(editor);
		LabelledFramesView view = showView(editor);
		Table table = view.table();
		assertEquals("450 labelled frames", view.countText());
		assertEquals(450, table.getItemCount());
		assertEquals(List.of("dance.mp4", "0"), texts(table.getItem(0)).subList(0, 2));

		// User: the three frames with user instances
		click(view.filterButtons()[1]);
		Gui.spinUntil(() -> table.getItemCount() == 3, "three user-labelled frames");
		assertEquals("3 user-labelled frames", view.countText());
		List<Integer> userFrames = new ArrayList<>();
		for (int row = 0; row < 3; row++) {
			List<String> cells = texts(table.getItem(row));
			assertEquals("dance.mp4", cells.get(LabelledFramesView.VIDEO));
			assertEquals("1", cells.get(LabelledFramesView.USER), "row " + row + ": " + cells);
			userFrames.add(Integer.parseInt(cells.get(LabelledFramesView.FRAME)));
		}
		assertEquals(userFrames.stream().sorted().toList(), userFrames, "in frame order");
		Gui.screenshot(Gui.window().getShell(), "labelled-frames-user");

		// double-click the second row: the editor shows that frame
		int target = userFrames.get(1);
		doubleClickRow(table, 1);
		Gui.spinUntil(() -> editor.frameIndex() == target, "the editor at frame " + target);
		Gui.waitForFrame(editor, target);
		assertEquals(1, table.getSelectionIndex());
		assertEquals(1, editor.shownInstances().stream().filter(i -> !(i instanceof PredictedInstance)).count());

		// Predicted: every frame here has a prediction; a row far down chosen with a click, then Enter
		click(view.filterButtons()[2]);
		Gui.spinUntil(() -> table.getItemCount() == 450, "the predicted frames");
		assertEquals("450 predicted frames", view.countText());
		table.setTopIndex(300);
		Gui.settle();
		Gui.settle();
		int row = table.getTopIndex() + 2;
		clickRow(table, row);
		Gui.spinUntil(() -> table.getSelectionIndex() >= 0, "a row selected by the click");
		int selected = table.getSelectionIndex();
		assertTrue(selected >= 250, "a row far down: " + selected);
		int frame = view.rows().get(selected).getFrameIndex();
		assertEquals(450, editor.frameCount());
		assertTrue(editor.frameIndex() != frame);
		Gui.key(0, SWT.CR);
		Gui.spinUntil(() -> editor.frameIndex() == frame, "the editor at frame " + frame + " after Enter");
		Gui.waitForFrame(editor, frame);
		assertEquals(Integer.toString(frame), table.getItem(selected).getText(LabelledFramesView.FRAME));

		// the editor moving on moves the selection
		click(view.filterButtons()[0]);
		Gui.spinUntil(() -> table.getItemCount() == 450, "all frames again");
		editor.showFrame(42);
		Gui.settle();
		assertEquals(42, table.getSelectionIndex());

		// for the screenshot: a grey video beside the colour one, and both side columns a little wider (sashes
		// dragged) so that every column shows
		VideosView videos = VideosViewTest.showView(editor);
		Path small = Files.copy(Fixtures.require("sleap/videos/centered_pair_small.mp4"),
				folder.resolve("centered_pair_small.mp4"));
		VideosViewTest.execute(VideoHandler.ADD, java.util.Map.of(VideoHandler.FILES, small.toString()));
		Gui.spinUntil(() -> videos.table().getItemCount() == 2, "a second video listed");
		assertEquals(450, view.table().getItemCount(), "a video without labelled frames adds no row");
		int rightWidth = folder(table).getSize().x;
		int leftWidth = folder(videos.table()).getSize().x;
		dragSash(folder(videos.table()), false, 150); // first: the editor and the right column share what is left
		dragSash(folder(table), true, -110);
		assertTrue(folder(table).getSize().x > rightWidth, "the Labelled Frames view wider");
		assertTrue(folder(videos.table()).getSize().x > leftWidth, "the Videos view wider");
		Gui.screenshot(Gui.window().getShell(), "videos-and-frames");
		Gui.page().resetPerspective(); // the other tests expect the perspective's layout
		Gui.settle();
	}

	@Test
	void rowsFollowEditsAndUndo() throws Exception {
		Files.copy(Fixtures.require("sleap/json_format_v1/centered_pair_low_quality.mp4"),
				folder.resolve("centered_pair_low_quality.mp4"));
		LabelsEditor editor = Gui.open(Files.copy(Fixtures.require("sleap/slp_hdf5/minimal_instance.slp"),
				folder.resolve("minimal_instance.slp")));
		LabelledFramesView view = showView(editor);
		Table table = view.table();
		assertEquals(1, table.getItemCount());
		assertEquals("2", table.getItem(0).getText(LabelledFramesView.USER));

		// a new instance on an unlabelled frame (Ctrl+I) adds a row in frame order; Ctrl+Z takes it away
		editor.showFrame(5);
		Gui.waitForFrame(editor, 5);
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'i');
		Gui.spinUntil(() -> table.getItemCount() == 2, "the new frame listed");
		assertEquals("2 labelled frames", view.countText());
		assertEquals(List.of("0", "2", "0"), texts(table.getItem(0)).subList(1, 4));
		assertEquals(List.of("5", "1", "0"), texts(table.getItem(1)).subList(1, 4));
		assertEquals(1, table.getSelectionIndex(), "the editor's frame selected");
		Gui.key(SWT.CTRL, 'i');
		Gui.spinUntil(() -> "2".equals(table.getItem(1).getText(LabelledFramesView.USER)), "two instances on frame 5");
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> "1".equals(table.getItem(1).getText(LabelledFramesView.USER)), "one after Ctrl+Z");
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> table.getItemCount() == 1, "the frame gone after Ctrl+Z");
		assertEquals("1 labelled frame", view.countText());
	}

	@Test
	void listsTwoHundredThousandPredictedFrames() throws Exception {
		int count = 200_000;
		Path video = Files.copy(Fixtures.require("sleap/videos/centered_pair_small.mp4"),
				folder.resolve("centered_pair_small.mp4"));
		Path file = folder.resolve("many.slp");
		LabelsFiles.save(predictions(video, count), file, new NullProgressMonitor());
		if (Gui.page().findView(LabelledFramesView.ID) != null) {
			Gui.page().hideView(Gui.page().findView(LabelledFramesView.ID)); // opened below, on this project
		}
		LabelsEditor editor = Gui.open(file);
		long start = System.nanoTime();
		Gui.page().showView(LabelledFramesView.ID); // makes the view and its rows, then returns
		long filled = System.nanoTime();
		LabelledFramesView view = showView(editor); // and lets GTK measure the rows in idle time
		long settled = System.nanoTime();
		assertEquals(count, view.table().getItemCount());
		assertEquals("200000 labelled frames", view.countText());
		view.table().setTopIndex(count - 5);
		Gui.settle();
		assertEquals(List.of("centered_pair_small.mp4", Integer.toString(count - 1), "0", "1"),
				texts(view.table().getItem(count - 1)));

		// User: no row; the table of 200,000 rows is dropped at once, not row by row
		long userStart = System.nanoTime();
		click(view.filterButtons()[1]);
		Gui.spinUntil(() -> view.table().getItemCount() == 0, "no user-labelled frames");
		long user = System.nanoTime();
		assertEquals("0 user-labelled frames", view.countText());
		long predictedStart = System.nanoTime();
		click(view.filterButtons()[2]);
		Gui.spinUntil(() -> view.table().getItemCount() == count, "200,000 predicted rows");
		long predicted = System.nanoTime();
		Table table = view.table();
		table.setTopIndex(count - 20);
		Gui.settle();
		Gui.settle();
		clickRow(table, table.getTopIndex() + 1);
		Gui.spinUntil(() -> table.getSelectionIndex() >= 0, "a row selected by the click");
		Gui.key(0, SWT.CR);
		int expected = view.rows().get(table.getSelectionIndex()).getFrameIndex();
		assertTrue(expected > count - 40, "a frame near the end: " + expected);
		Gui.spinUntil(() -> editor.frameIndex() == expected, "the editor at frame " + expected);

		// an edit adds one row to the 200,000
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'i');
		Gui.spinUntil(() -> "1".equals(view.table().getItem(view.table().getSelectionIndex())
				.getText(LabelledFramesView.USER)), "the new user instance counted");
		assertEquals(count, view.table().getItemCount());
		System.out.printf("Labelled Frames view, %d frames: opened with its rows in %.0f ms, GTK's idle row measuring"
				+ " done %.0f ms later; click on User to its 0 rows %.0f ms, click on Predicted to its %d rows %.0f ms%n",
				count, (filled - start) / 1e6, (settled - filled) / 1e6, (user - userStart) / 1e6, count,
				(predicted - predictedStart) / 1e6);
	}

	// ---- helpers

	static LabelledFramesView showView(LabelsEditor editor) throws Exception {
		LabelledFramesView view = (LabelledFramesView) Gui.page().showView(LabelledFramesView.ID);
		view.setFilter(Filter.ALL); // the view outlives the tests' editors: start each with all frames
		Gui.spinUntil(() -> view.rows() != null && view.rows().size() == view.table().getItemCount()
				&& Gui.page().getActiveEditor() == editor, "the Labelled Frames view to follow the editor");
		Gui.settle();
		return view;
	}

	/** One predicted instance of a 2-node skeleton on each of {@code count} frames of one video. */
	private static Labels predictions(Path videoFile, int count) {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Labels labels = factory.createLabels();
		Video video = factory.createVideo();
		video.setFilename(videoFile.toString());
		video.setBackend(VideoBackend.MEDIA);
		labels.getVideos().add(video);
		Skeleton skeleton = factory.createSkeleton();
		skeleton.setName("pair");
		for (String name : new String[] { "head", "tail" }) {
			var node = factory.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		labels.getSkeletons().add(skeleton);
		List<LabeledFrame> frames = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LabeledFrame frame = factory.createLabeledFrame();
			frame.setVideo(video);
			frame.setFrameIndex(i);
			PredictedInstance instance = factory.createPredictedInstance();
			instance.setSkeleton(skeleton);
			instance.setScore(0.9);
			instance.setPoints(PointArray.of(new double[] { 100 + i % 100, 150 }, new double[] { 100, 120 },
					new boolean[] { true, true }, new boolean[2], new double[] { 0.9, 0.8 }));
			frame.getInstances().add(instance);
			frames.add(frame);
		}
		labels.getLabeledFrames().addAll(frames);
		return labels;
	}

	/** @return the tab folder that holds {@code control}'s view */
	private static CTabFolder folder(Control control) {
		Control folder = control;
		while (!(folder instanceof CTabFolder)) {
			folder = folder.getParent();
		}
		return (CTabFolder) folder;
	}

	/** Drags, with the mouse, the sash at the left or right edge of {@code folder} by {@code dx} pixels. */
	private static void dragSash(CTabFolder folder, boolean leftEdge, int dx) {
		Rectangle bounds = folder.getBounds();
		Composite parent = folder.getParent();
		int x = leftEdge ? bounds.x - 2 : bounds.x + bounds.width + 1;
		int y = bounds.y + bounds.height / 2;
		Gui.drag(parent, 1, x, y, x + dx, y);
	}

	private static List<String> texts(TableItem item) {
		List<String> texts = new ArrayList<>();
		for (int column = 0; column < item.getParent().getColumnCount(); column++) {
			texts.add(item.getText(column));
		}
		return texts;
	}

	private static void click(Button button) {
		Gui.click(button, 1, button.getSize().y / 2, button.getSize().y / 2);
		Gui.settle();
	}

	private static void clickRow(Table table, int row) {
		Rectangle cell = table.getItem(row).getBounds(LabelledFramesView.FRAME);
		Gui.click(table, 1, cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	private static void doubleClickRow(Table table, int row) {
		Rectangle cell = table.getItem(row).getBounds(LabelledFramesView.FRAME);
		Gui.doubleClick(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
	}
}
