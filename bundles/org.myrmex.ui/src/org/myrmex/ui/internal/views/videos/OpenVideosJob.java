// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.videos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.myrmex.model.Video;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoModels;

/**
 * Opens video files in the background (a media file's first open builds its packet index) and describes each as a
 * video for the labels ({@link VideoFiles}); then hands the videos and, for each file that could not be opened, a
 * message naming it to the UI thread.
 */
public final class OpenVideosJob extends Job {
	/** The family of these Jobs (tests wait for it). */
	public static final Object FAMILY = OpenVideosJob.class;

	private final List<Path> files;
	private final Display display;
	private final BiConsumer<List<Video>, List<String>> done;

	/** @param done gets, on the UI thread, the videos opened (in the order given) and the problems */
	public OpenVideosJob(List<Path> files, Display display, BiConsumer<List<Video>, List<String>> done) {
		super(files.size() == 1 ? "Opening video " + files.get(0).getFileName() : "Opening " + files.size() + " videos");
		this.files = List.copyOf(files);
		this.display = display;
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), files.size());
		List<Video> videos = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			progress.split(1).subTask(file.getFileName().toString());
			try {
				videos.add(VideoModels.of(file));
			} catch (VideoException e) {
				problems.add(e.getMessage());
			}
		}
		if (!display.isDisposed()) {
			display.asyncExec(() -> done.accept(videos, problems));
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
