// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.videos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.myrmex.io.VideoPathResolver;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * What the Videos view cannot read from the labels: whether each video's file is there and, when the labels store
 * no size or frame count, the video's own, read by opening it. Runs in a background Job; results come back on the UI
 * thread. A video is probed again when the file it is read from changes.
 */
public final class VideoProbe {
	/** The family of the probing Job (tests wait for it). */
	public static final Object FAMILY = VideoProbe.class;

	/** What was found: a missing file, or the size and frame count read from the video (0 when not read). */
	public record Result(boolean missing, int width, int height, int frames, String problem) {
	}

	/** What a video is read from: a probe is redone when it changes. */
	private record Key(String filename, VideoBackend backend, List<String> images, String dataset) {
		static Key of(Video video) {
			return new Key(video.getFilename(), video.getBackend(), List.copyOf(video.getImageFilenames()),
					video.getDataset());
		}
	}

	private record Entry(Key key, Result result) {
	}

	private final Display display;
	private final Runnable changed;
	/** Keyed by video identity (EMF objects do not override equals); touched on the UI thread only. */
	private final Map<Video, Entry> entries = new IdentityHashMap<>();

	/** @param changed run on the UI thread whenever results arrive */
	public VideoProbe(Display display, Runnable changed) {
		this.display = display;
		this.changed = changed;
	}

	/** @return what was found about {@code video}, or null while it is being probed (or was never asked for) */
	public Result result(Video video) {
		Entry entry = entries.get(video);
		return entry == null || !entry.key().equals(Key.of(video)) ? null : entry.result();
	}

	/** Forgets every result (another project is shown). */
	public void clear() {
		entries.clear();
	}

	/** Probes, in one background Job, those of {@code videos} not probed yet or read from another file since. */
	public void probe(List<Video> videos, Path labelsFile) {
		List<Video> copies = new ArrayList<>();
		List<Video> originals = new ArrayList<>();
		for (Video video : videos) {
			Entry entry = entries.get(video);
			Key key = Key.of(video);
			if (entry == null || !entry.key().equals(key)) {
				entries.put(video, new Entry(key, null));
				originals.add(video);
				copies.add(EcoreUtil.copy(video)); // the Job reads copies: the model is the UI thread's
			}
		}
		if (originals.isEmpty()) {
			return;
		}
		Job job = new Job("Checking " + originals.size() + " video" + (originals.size() == 1 ? "" : "s")) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Result> results = new ArrayList<>();
				for (Video copy : copies) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					results.add(probe(copy, labelsFile));
				}
				if (!display.isDisposed()) {
					display.asyncExec(() -> deliver(originals, copies, results));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void deliver(List<Video> originals, List<Video> copies, List<Result> results) {
		for (int i = 0; i < originals.size(); i++) {
			Key key = Key.of(copies.get(i));
			Entry entry = entries.get(originals.get(i));
			if (entry != null && entry.key().equals(key)) {
				entries.put(originals.get(i), new Entry(key, results.get(i)));
			}
		}
		changed.run();
	}

	/** Checks that the video's files exist and, when the labels do not say, reads its size and frame count. */
	static Result probe(Video video, Path labelsFile) {
		String missing = missingFile(video, labelsFile);
		if (missing != null) {
			return new Result(true, 0, 0, 0, missing);
		}
		if (video.getWidth() > 0 && video.getHeight() > 0 && video.getFrameCount() > 0) {
			return new Result(false, 0, 0, 0, null);
		}
		try (VideoSource source = Videos.open(video, labelsFile)) {
			return new Result(false, source.width(), source.height(), source.frameCount(), null);
		} catch (VideoException | RuntimeException e) {
			return new Result(false, 0, 0, 0, e.getMessage() == null ? e.toString() : e.getMessage());
		}
	}

	/** @return why a file of the video cannot be found, or null when all are there */
	private static String missingFile(Video video, Path labelsFile) {
		List<String> names = new ArrayList<>();
		if (video.getBackend() == VideoBackend.IMAGE_LIST && !video.getImageFilenames().isEmpty()) {
			names.addAll(video.getImageFilenames());
		} else if (video.getBackend() != VideoBackend.EMBEDDED || !isLabelsFile(video.getFilename())) {
			names.add(video.getFilename());
		}
		VideoPathResolver resolver = new VideoPathResolver();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				return "the video has no file name";
			}
			var resolved = resolver.resolve(name, labelsFile);
			if (!resolved.isResolved()) {
				return resolved.describe();
			}
		}
		return null;
	}

	private static boolean isLabelsFile(String name) {
		return name == null || name.isBlank() || name.equals(".");
	}
}
