// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.core.runtime.OperationCanceledException;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.ui.internal.preferences.VideoPreferences;
import org.myrmex.video.proxy.SeekProxy;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * The video an editor shows, opened in a Job (the first open of a media file builds its packet index) with the
 * frame cache limit of the Video preference page. A video that cannot be found or opened is reported as a message
 * for the canvas; the labels stay editable.
 */
final class VideoSession {
	static final Object FAMILY = VideoSession.class;

	private VideoSource source;
	private SeekProxy proxy;
	private Job opening;
	private Job building;

	/** @return the seek proxy of the open video, or null while none is ready */
	synchronized SeekProxy proxy() {
		return proxy;
	}

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
				VideoPreferences.apply(); // the frame cache limit of Preferences › Myrmex › Video
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

	/**
	 * Finds the seek proxy of the open media video in {@code cacheFolder}, or builds it in a background Job
	 * (cancellable from the Progress view); then {@code ready} gets it on the UI thread.
	 */
	void useProxy(Video video, Path cacheFolder, Display display, java.util.function.Consumer<SeekProxy> ready) {
		VideoSource open = source();
		if (open == null || video.getBackend() != VideoBackend.MEDIA) {
			return;
		}
		Path file = open.path();
		Job job = Job.create("Building the seek proxy of " + file.getFileName(), monitor -> {
			SeekProxy found;
			try {
				found = SeekProxy.open(file, cacheFolder).orElse(null);
				if (found == null) {
					found = SeekProxy.build(file, cacheFolder, monitor);
				}
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (VideoException | RuntimeException e) {
				// jumps stay exact but slower; say why in the log, not in a dialog
				return Status.warning("No seek proxy for " + file + ": " + e.getMessage(), e);
			}
			SeekProxy result = found;
			synchronized (this) {
				if (source != open) {
					result.close();
					return Status.CANCEL_STATUS;
				}
				proxy = result;
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> ready.accept(result));
			}
			return Status.OK_STATUS;
		});
		job.setPriority(Job.DECORATE);
		synchronized (this) {
			building = job;
		}
		job.schedule();
	}

	/** Closes the video and its proxy (and abandons an open or a build in progress). */
	void close() {
		Job[] jobs;
		VideoSource old;
		SeekProxy oldProxy;
		synchronized (this) {
			jobs = new Job[] { opening, building };
			old = source;
			oldProxy = proxy;
			source = null;
			proxy = null;
			opening = null;
			building = null;
		}
		for (Job job : jobs) {
			if (job != null) {
				job.cancel();
			}
		}
		if (oldProxy != null) {
			oldProxy.close();
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
