// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.videos;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.model.Video;
import org.myrmex.model.edit.VideoCommands;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.ActiveEditorHandler;

/**
 * The Videos view's commands on the active labels editor's project: Add Videos…, Remove Video, Toggle Grayscale and
 * Replace Video…, each one undoable command on the editor's stack. Remove, Toggle and Replace act on the video
 * selected in the Videos view. Add and Replace take their files from the command's {@value #FILES} parameter when
 * given (scripts, tests), else from a file dialog; the files are opened in an {@link OpenVideosJob}, and a file that
 * is not a video is reported by name. The variant is the text after the colon of the class name in
 * {@code plugin.xml}. Enabled only while the page has a labels editor.
 */
public final class VideoHandler extends ActiveEditorHandler {
	/** The optional parameter of Add Videos… and Replace Video…: the files, separated by the path separator. */
	public static final String FILES = "org.myrmex.ui.commands.videos.files";
	public static final String ADD = "org.myrmex.ui.commands.videos.add";
	public static final String REMOVE = "org.myrmex.ui.commands.videos.remove";
	public static final String GRAYSCALE = "org.myrmex.ui.commands.videos.toggleGrayscale";
	public static final String REPLACE = "org.myrmex.ui.commands.videos.replace";
	/** Dialog titles. */
	public static final String ADD_TITLE = "Add Videos";
	public static final String REMOVE_TITLE = "Remove Video";
	public static final String REPLACE_TITLE = "Replace Video";
	private static final String[] VIDEO_FILTERS = { "*.mp4;*.avi;*.mkv;*.mov;*.m4v;*.webm;*.mpg;*.h5;*.hdf5", "*" };
	private static final String[] VIDEO_FILTER_NAMES = { "Videos", "All files" };

	@Override
	protected void run(IWorkbenchWindow window, LabelsEditor editor, String variant, ExecutionEvent event) {
		Shell shell = window.getShell();
		VideosViewPart view = view(window, editor);
		String files = event.getParameter(FILES);
		if (variant.equals("add")) {
			add(shell, editor, view, files);
			return;
		}
		Video video = view == null ? null : view.selectedVideo();
		if (video == null) {
			MessageDialog.openInformation(shell, title(), "Select a video in the Videos view first");
			return;
		}
		switch (variant) {
		case "remove" -> remove(shell, editor, video);
		case "toggleGrayscale" -> editor.execute(VideoCommands.setGrayscale(editor.getEditingDomain(), video,
				!video.isGrayscale()));
		case "replace" -> replace(shell, editor, view, video, files);
		default -> throw new IllegalStateException("unknown video command " + variant);
		}
	}

	private String title() {
		return switch (variant()) {
		case "remove" -> REMOVE_TITLE;
		case "replace" -> REPLACE_TITLE;
		default -> "Toggle Grayscale";
		};
	}

	/** The Videos view when it shows {@code editor}, else null. */
	private static VideosViewPart view(IWorkbenchWindow window, LabelsEditor editor) {
		if (window.getActivePage().findView(VideosViewPart.ID) instanceof VideosViewPart view
				&& view.editor() == editor) {
			return view;
		}
		return null;
	}

	private static void add(Shell shell, LabelsEditor editor, VideosViewPart view, String given) {
		List<Path> files = given != null ? split(given) : choose(shell, SWT.OPEN | SWT.MULTI, ADD_TITLE);
		if (files.isEmpty()) {
			return;
		}
		new OpenVideosJob(files, shell.getDisplay(), (videos, problems) -> {
			if (editor.canvas().control().isDisposed()) {
				return; // the editor closed meanwhile
			}
			if (!videos.isEmpty()
					&& editor.execute(VideoCommands.add(editor.getEditingDomain(), editor.labels(), videos))
					&& view != null) {
				view.select(videos.get(videos.size() - 1));
			}
			if (!problems.isEmpty()) {
				MessageDialog.openError(shell, ADD_TITLE, (problems.size() == 1 ? "This file is not a video Myrmex can open:"
						: "These files are not videos Myrmex can open:") + "\n\n" + String.join("\n", problems));
			}
		}).schedule();
	}

	private static void remove(Shell shell, LabelsEditor editor, Video video) {
		VideoCommands.Dependents going = VideoCommands.dependents(video);
		if (going.labelledFrames() > 0 && !MessageDialog.openQuestion(shell, REMOVE_TITLE,
				removeQuestion(video, going))) {
			return;
		}
		editor.execute(VideoCommands.remove(editor.getEditingDomain(), video));
	}

	/** @return the question asked before removing a video with labelled frames */
	public static String removeQuestion(Video video, VideoCommands.Dependents going) {
		int frames = going.labelledFrames();
		String question = "Remove video " + VideosLabels.fileName(video) + " and its " + frames + " labelled frame"
				+ (frames == 1 ? "" : "s") + " (" + going.instances() + " instance" + (going.instances() == 1 ? "" : "s");
		if (going.suggestions() > 0) {
			question += ", " + going.suggestions() + " suggestion" + (going.suggestions() == 1 ? "" : "s");
		}
		return question + ")? Undo brings them back.";
	}

	private static void replace(Shell shell, LabelsEditor editor, VideosViewPart view, Video video, String given) {
		List<Path> files = given != null ? split(given)
				: choose(shell, SWT.OPEN, REPLACE_TITLE + " " + VideosLabels.fileName(video));
		if (files.isEmpty()) {
			return;
		}
		new OpenVideosJob(files.subList(0, 1), shell.getDisplay(), (videos, problems) -> {
			if (editor.canvas().control().isDisposed() || !editor.labels().getVideos().contains(video)) {
				return;
			}
			if (!problems.isEmpty()) {
				MessageDialog.openError(shell, REPLACE_TITLE, "Cannot replace " + VideosLabels.fileName(video)
						+ ": this file is not a video Myrmex can open:\n\n" + problems.get(0));
				return;
			}
			editor.execute(VideoCommands.replace(editor.getEditingDomain(), video, videos.get(0)));
			if (view != null) {
				view.select(video);
			}
		}).schedule();
	}

	private static List<Path> split(String given) {
		List<Path> files = new ArrayList<>();
		for (String name : given.split(File.pathSeparator)) {
			if (!name.isBlank()) {
				files.add(Path.of(name));
			}
		}
		return files;
	}

	private static List<Path> choose(Shell shell, int style, String title) {
		FileDialog dialog = new FileDialog(shell, style);
		dialog.setText(title);
		dialog.setFilterExtensions(VIDEO_FILTERS);
		dialog.setFilterNames(VIDEO_FILTER_NAMES);
		if (dialog.open() == null) {
			return List.of();
		}
		List<Path> files = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(dialog.getFilterPath(), name));
		}
		return files;
	}
}
