// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.myrmex.model.Video;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * The video an editor shows, opened in a Job (the first open of a media file builds its packet index). A
 * video that cannot be found or opened is reported as a message for the canvas; the labels stay editable.
 */
final class VideoSession {
	static final Object FAMILY = VideoSession.class;

	private VideoSource source;
	private Job opening;

	/** @return the open video, or null while opening or when it could not be opened */
	synchronized VideoSource source() {
		return source;
	}

	/**
	 * Closes the current video and opens {@code video} in the background; then {@code done} gets, on the UI
	 * thread, the open source or null and the problem.
	 */
	void open(Video video, Path labelsFile, Display display, BiConsumer<VideoSource, String> done) {
		close();
		Job[] self = new Job[1];
		self[0] = Job.create("Opening video " + name(video), monitor -> {
			VideoSource opened = null;
			String problem = null;
			try {
				opened = Videos.open(video, labelsFile);
			} catch (VideoException e) {
				problem = "Video not available: " + e.getMessage()
						+ "\nThe labels stay editable; replace the video in the Videos view.";
			} catch (RuntimeException e) {
				problem = "Cannot open video " + name(video) + ": " + e;
			}
			synchronized (this) {
				if (opening != self[0]) { // closed, or another video asked for, meanwhile
					if (opened != null) {
						opened.close();
					}
					return Status.CANCEL_STATUS;
				}
				source = opened;
				opening = null;
			}
			VideoSource result = opened;
			String message = problem;
			if (!display.isDisposed()) {
				display.asyncExec(() -> done.accept(result, message));
			}
			return Status.OK_STATUS;
		});
		self[0].setSystem(true);
		synchronized (this) {
			opening = self[0];
		}
		self[0].schedule();
	}

	/** Closes the video (and abandons an open in progress). */
	void close() {
		Job job;
		VideoSource old;
		synchronized (this) {
			job = opening;
			old = source;
			source = null;
			opening = null;
		}
		if (job != null) {
			job.cancel();
		}
		if (old != null) {
			old.close();
		}
	}

	static String name(Video video) {
		if (video == null) {
			return "";
		}
		String name = video.getFilename();
		if (name == null || name.isBlank()) {
			return "video";
		}
		return Path.of(name.replace('\\', '/')).getFileName().toString();
	}
}
