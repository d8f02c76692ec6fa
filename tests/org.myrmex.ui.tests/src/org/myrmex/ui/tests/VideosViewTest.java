// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.project.MissingVideosDialog;
import org.myrmex.ui.internal.views.VideosView;
import org.myrmex.ui.internal.views.videos.OpenVideosJob;
import org.myrmex.ui.internal.views.videos.VideoHandler;
import org.myrmex.ui.internal.views.videos.VideoProbe;
import org.myrmex.ui.internal.views.videos.VideosLabels;

/**
 * The Videos view in the real workbench on a copy of {@code tracks/clip.slp} with {@code clip.mp4}: Add Videos
 * (a real video and a file that is not one), a click on a grayscale box, Replace Video (the canvas then shows the new
 * file's frames) and Remove Video (asked, answered with a click), each undone with Ctrl+Z on the canvas and checked
 * in the model; missing files and sizes the labels do not store.
 */
@ExtendWith(EditorTestSetup.class)
class VideosViewTest {
	@TempDir
	Path folder;

	@Test
	void addsTogglesReplacesAndRemovesVideosEachUndoable() throws Exception {
		LabelsEditor editor = openClip();
		Labels labels = editor.labels();
		Video clip = labels.getVideos().get(0);
		VideosView view = showView(editor);
		Table table = view.table();
		waitForProbe(view);
		assertEquals(1, table.getItemCount());
		assertEquals("clip.mp4", table.getItem(0).getText(VideosView.FILE));
		assertEquals("1024 × 1024", table.getItem(0).getText(VideosView.SIZE));
		assertEquals("1500", table.getItem(0).getText(VideosView.FRAMES));
		assertFalse(editor.isDirty());

		// Add Videos: a real video and a file that is not one, which is reported by name
		Path small = Files.copy(Fixtures.require("sleap/videos/centered_pair_small.mp4"),
				folder.resolve("centered_pair_small.mp4"));
		Path notVideo = Files.writeString(folder.resolve("notes.mp4"), "not a video");
		AtomicReference<String> error = new AtomicReference<>();
		Gui.whenShellOpens(VideoHandler.ADD_TITLE, dialog -> {
			error.set(message(dialog));
			click(button(dialog, "OK"));
		});
		execute(VideoHandler.ADD, Map.of(VideoHandler.FILES, small + File.pathSeparator + notVideo));
		waitForJobs();
		Gui.spinUntil(() -> error.get() != null, "the error about notes.mp4");
		assertTrue(error.get().contains(notVideo.toString()), error.get());
		assertEquals(2, labels.getVideos().size());
		Video added = labels.getVideos().get(1);
		assertEquals(small.toAbsolutePath().normalize().toString(), added.getFilename());
		assertEquals(List.of(384, 384, 1100, 1), List.of(added.getWidth(), added.getHeight(), added.getFrameCount(),
				added.getChannels()));
		assertTrue(added.isGrayscale(), "a one-channel video is added as grey");
		assertTrue(editor.isDirty());
		Gui.spinUntil(() -> table.getItemCount() == 2, "the added video listed");
		assertEquals("centered_pair_small.mp4", table.getItem(1).getText(VideosView.FILE));
		assertEquals("384 × 384", table.getItem(1).getText(VideosView.SIZE));
		assertEquals("1100", table.getItem(1).getText(VideosView.FRAMES));
		assertSame(added, view.selectedVideo(), "the added video is selected");
		undo(editor);
		Gui.spinUntil(() -> table.getItemCount() == 1, "the added video gone after Ctrl+Z");
		assertEquals(List.of(clip), labels.getVideos());
		assertFalse(editor.isDirty());
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL | SWT.SHIFT, 'z');
		Gui.spinUntil(() -> table.getItemCount() == 2, "the video back after Ctrl+Shift+Z");
		assertSame(added, labels.getVideos().get(1));

		// a click on the grayscale box toggles it
		String box = table.getItem(1).getText(VideosView.GRAYSCALE);
		assertEquals(VideosLabels.CHECKED, box);
		clickCell(table, 1, VideosView.GRAYSCALE);
		Gui.spinUntil(() -> !added.isGrayscale(), "grayscale off");
		Gui.spinUntil(() -> VideosLabels.UNCHECKED.equals(table.getItem(1).getText(VideosView.GRAYSCALE)),
				"the box cleared");
		undo(editor);
		Gui.spinUntil(() -> added.isGrayscale(), "grayscale back on after Ctrl+Z");
		assertEquals(VideosLabels.CHECKED, table.getItem(1).getText(VideosView.GRAYSCALE));

		// Replace Video on the video the editor shows: same labels, the new file's frames on the canvas
		assertSame(clip, editor.video());
		editor.showFrame(100);
		Gui.waitForFrame(editor, 100);
		assertArrayEquals(new int[] { 1024, 1024 }, editor.canvas().imageSize());
		String clipFile = clip.getFilename();
		int storedWidth = clip.getWidth(); // clip.slp stores no size: the view showed the video's own
		clickCell(table, 0, VideosView.FILE);
		assertSame(clip, view.selectedVideo());
		execute(VideoHandler.REPLACE, Map.of(VideoHandler.FILES, small.toString()));
		waitForJobs();
		Gui.spinUntil(() -> small.toAbsolutePath().normalize().toString().equals(clip.getFilename()), "the replace");
		assertEquals(384, clip.getWidth());
		assertEquals(1100, clip.getFrameCount());
		assertEquals(1500, labels.getLabeledFrames().size(), "every label stays");
		waitForImage(editor, 100, 384);
		Gui.spinUntil(() -> "384 × 384".equals(table.getItem(0).getText(VideosView.SIZE)), "the new size listed");
		undo(editor);
		Gui.spinUntil(() -> clipFile.equals(clip.getFilename()), "the old file back after Ctrl+Z");
		assertEquals(storedWidth, clip.getWidth());
		waitForImage(editor, 100, 1024);

		// Remove Video asks, saying how many labelled frames go; No keeps it, Yes removes it
		clickCell(table, 0, VideosView.FILE);
		AtomicReference<String> question = new AtomicReference<>();
		Gui.whenShellOpens(VideoHandler.REMOVE_TITLE, dialog -> {
			question.set(message(dialog));
			click(button(dialog, "No"));
		});
		execute(VideoHandler.REMOVE, Map.of());
		Gui.settle();
		assertEquals("Remove video clip.mp4 and its 1500 labelled frames (3000 instances)? Undo brings them back.",
				question.get());
		assertEquals(2, labels.getVideos().size());
		Gui.whenShellOpens(VideoHandler.REMOVE_TITLE, dialog -> click(button(dialog, "Yes")));
		execute(VideoHandler.REMOVE, Map.of());
		Gui.spinUntil(() -> labels.getVideos().size() == 1, "the video removed");
		assertSame(added, labels.getVideos().get(0));
		assertTrue(labels.getLabeledFrames().isEmpty());
		Gui.spinUntil(() -> editor.video() == added, "the editor to show the other video");
		waitForImage(editor, 0, 384);
		Gui.spinUntil(() -> table.getItemCount() == 1, "one video listed");
		Gui.screenshot(Gui.window().getShell(), "videos-removed");
		undo(editor);
		Gui.spinUntil(() -> labels.getVideos().size() == 2, "the video back after Ctrl+Z");
		assertEquals(List.of(clip, added), labels.getVideos());
		assertEquals(1500, labels.getLabeledFrames().size());
		assertEquals(3000, labels.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum());
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			assertSame(clip, frame.getVideo());
		}
		Gui.spinUntil(() -> table.getItemCount() == 2, "both videos listed");

		// a video without labels goes without a question
		clickCell(table, 1, VideosView.FILE);
		execute(VideoHandler.REMOVE, Map.of());
		Gui.spinUntil(() -> labels.getVideos().size() == 1, "the unlabelled video removed");
		assertSame(clip, labels.getVideos().get(0));
	}

	@Test
	void marksMissingFilesAndReadsSizesTheLabelsDoNotStore() throws Exception {
		Path small = Files.copy(Fixtures.require("sleap/videos/centered_pair_small.mp4"),
				folder.resolve("centered_pair_small.mp4"));
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		labels.getVideos().add(video(small.toString()));
		labels.getVideos().add(video(folder.resolve("gone.mp4").toString()));
		Path file = folder.resolve("sizes.slp");
		LabelsFiles.save(labels, file, new NullProgressMonitor());
		String[] asked = new String[1];
		Gui.whenShellOpens(MissingVideosDialog.TITLE, shell -> { // Replace Missing Videos: keep it missing for now
			asked[0] = ((MissingVideosDialog) shell.getData()).missing().get(0).getFilename();
			Gui.press(Gui.button(shell, "Keep Missing"));
		});
		LabelsEditor editor = Gui.open(file);
		assertEquals(folder.resolve("gone.mp4").toString(), asked[0], "the missing video was offered for replacing");
		VideosView view = showView(editor);
		Table table = view.table();
		waitForProbe(view);
		Gui.spinUntil(() -> "384 × 384".equals(table.getItem(0).getText(VideosView.SIZE)), "the size read from the video");
		assertEquals(0, editor.labels().getVideos().get(0).getWidth(), "the labels stay as they are");
		assertEquals("centered_pair_small.mp4", table.getItem(0).getText(VideosView.FILE));
		assertEquals("1100", table.getItem(0).getText(VideosView.FRAMES));
		assertEquals("⚠ gone.mp4" + VideosLabels.MISSING, table.getItem(1).getText(VideosView.FILE));
		assertEquals(VideosLabels.UNKNOWN, table.getItem(1).getText(VideosView.SIZE));
		assertEquals(VideosLabels.UNKNOWN, table.getItem(1).getText(VideosView.FRAMES));
		assertEquals(table.getDisplay().getSystemColor(SWT.COLOR_RED), table.getItem(1).getForeground(VideosView.FILE));
		assertFalse(editor.isDirty());

		// the missing video replaced: its mark goes, and the editor shows it
		Video gone = editor.labels().getVideos().get(1);
		doubleClickCell(table, 1, VideosView.FILE);
		Gui.spinUntil(() -> editor.video() == gone && editor.canvas().message() != null
				&& editor.canvas().message().startsWith("Video not available"), "the missing video's message");
		Path moved = Files.copy(small, folder.resolve("found.mp4"));
		execute(VideoHandler.REPLACE, Map.of(VideoHandler.FILES, moved.toString()));
		waitForJobs();
		Gui.spinUntil(() -> moved.toString().equals(gone.getFilename()), "the replace");
		waitForProbe(view);
		Gui.spinUntil(() -> "found.mp4".equals(table.getItem(1).getText(VideosView.FILE)), "the mark gone");
		waitForImage(editor, 0, 384);
		assertTrue(editor.isDirty());
	}

	// ---- the project and the view

	/** A copy of {@code tracks/clip.slp} with {@code clip.mp4} beside it, opened. */
	private LabelsEditor openClip() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		return Gui.open(Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp")));
	}

	/** A media video of unknown size. */
	private static Video video(String file) {
		Video video = LabelsFactory.eINSTANCE.createVideo();
		video.setFilename(file);
		video.setBackend(VideoBackend.MEDIA);
		return video;
	}

	static VideosView showView(LabelsEditor editor) throws Exception {
		VideosView view = (VideosView) Gui.page().showView(VideosView.ID);
		Gui.spinUntil(() -> view.editor() == editor, "the Videos view to follow the editor");
		return view;
	}

	private static void waitForProbe(VideosView view) {
		Gui.spinUntil(() -> Job.getJobManager().find(VideoProbe.FAMILY).length == 0
				&& view.editor().labels().getVideos().stream().allMatch(v -> view.probe().result(v) != null),
				"the videos checked");
		Gui.settle();
	}

	/** Waits until the canvas shows frame {@code frame} of a square video {@code size} pixels wide. */
	private static void waitForImage(LabelsEditor editor, int frame, int size) {
		Gui.spinUntil(() -> java.util.Arrays.equals(new int[] { size, size }, editor.canvas().imageSize())
				&& editor.shownFrame() == frame && editor.canvas().message() == null
				&& !editor.canvas().showingPreview(), "frame " + frame + " of a " + size + "-pixel video on the canvas");
	}

	private static void waitForJobs() {
		Gui.spinUntil(() -> Job.getJobManager().find(OpenVideosJob.FAMILY).length == 0, "the videos opened");
		Gui.settle();
	}

	private static void undo(LabelsEditor editor) {
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
	}

	static void execute(String command, Map<String, String> parameters) throws Exception {
		ICommandService commands = Gui.window().getService(ICommandService.class);
		IHandlerService handlers = Gui.window().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(command), parameters), null);
	}

	/** A real click in the middle of a cell (scrolled into view first: the view is narrow). */
	private static void clickCell(Table table, int row, int column) {
		table.showColumn(table.getColumn(column));
		Gui.settle();
		Rectangle cell = table.getItem(row).getBounds(column);
		Gui.click(table, 1, cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	private static void doubleClickCell(Table table, int row, int column) {
		table.showColumn(table.getColumn(column));
		Gui.settle();
		Rectangle cell = table.getItem(row).getBounds(column);
		Gui.doubleClick(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	private static void click(Control control) {
		Gui.click(control, 1, control.getSize().x / 2, control.getSize().y / 2);
	}

	private static Button button(Shell dialog, String text) {
		return Gui.descendants(dialog).stream().filter(c -> c instanceof Button b
				&& text.equals(b.getText().replace("&", ""))).map(Button.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	/** The message of a JFace message dialog: its longest label. */
	private static String message(Composite dialog) {
		return Gui.descendants(dialog).stream().filter(Label.class::isInstance).map(c -> ((Label) c).getText())
				.max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
	}
}
