// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.model.Video;
import org.myrmex.model.edit.FrameInstances;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.proxy.SeekProxy;

/**
 * The labels editor's canvas and timeline outside the workbench (this class sits in the editor's package on a
 * plain class path to reach them): frames/s of the canvas while scrubbing a video with its labels drawn,
 * against decoding the same frames alone; and opening a labels file of many predicted frames up to the last
 * frame on screen, against reading the file alone.
 */
public final class EditorBench {
	private EditorBench() {
	}

	/** {@code editor LABELS.slp [FRAMES]} or {@code editor-scale N}. */
	public static void run(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("--scale")) {
			scale(args.length > 1 ? Integer.parseInt(args[1]) : 200_000);
			return;
		}
		Path labelsFile = Path.of(args.length > 0 ? args[0] : "../shared/fixtures/sleap/tracks/clip.slp");
		int frames = args.length > 1 ? Integer.parseInt(args[1]) : 600;
		scrub(labelsFile, frames);
	}

	private static final class Host implements CanvasHost {
		private final Labels labels;
		private final FrameIndex index;
		private final Video video;
		int frame;

		Host(Labels labels) {
			this.labels = labels;
			this.index = FrameIndex.of(labels);
			this.video = labels.getVideos().get(0);
		}

		@Override
		public List<Instance> shownInstances() {
			return index.find(video, frame).map(FrameInstances::shown).orElse(List.of());
		}

		@Override
		public int trackIndex(Track track) {
			return track == null ? -1 : labels.getTracks().indexOf(track);
		}

		@Override
		public Instance selected() {
			return null;
		}

		@Override
		public void select(Instance instance) {
		}

		@Override
		public void moveNode(Instance instance, int node, double x, double y) {
		}

		@Override
		public void moveInstance(Instance instance, double dx, double dy) {
		}

		@Override
		public void toggleNodeVisibility(Instance instance, int node) {
		}

		@Override
		public void convertToUser(PredictedInstance instance) {
		}
	}

	private static void scrub(Path labelsFile, int frames) throws Exception {
		Labels labels = LabelsFiles.load(labelsFile);
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1100, 900);
		Host host = new Host(labels);
		VideoCanvas canvas = new VideoCanvas(shell, host);
		shell.open();
		Video video = labels.getVideos().get(0);
		try (VideoSource source = Videos.open(video, labelsFile)) {
			int count = Math.min(frames, source.frameCount());
			canvas.showMessage("", source.width(), source.height()); // the frame's size: the canvas fits it
			canvas.showImage(FrameImages.toImageData(source.read(0, ColorMode.GRAY)), source.width(), source.height(),
					false);
			System.out.println("load average before: " + org.myrmex.bench.Machine.loadAverage());
			System.out.printf("canvas %s, video %s %dx%d %s, %d frames scrubbed in order, %d instances drawn per frame,"
					+ " frames converted to %s for the canvas at fit%n", canvas.control().getSize(),
					source.path().getFileName(), source.width(), source.height(), source.channels() == 1 ? "grey" : "RGB",
					count, host.shownInstances().size(), partText(canvas.wantedPart()));
			int[] paints = new int[1];
			canvas.control().addListener(org.eclipse.swt.SWT.Paint, event -> paints[0]++);
			double decodeOnly = 0;
			for (int round = 0; round < 3; round++) {
				decodeOnly = sequential(source, count, null, null, display);
				paints[0] = 0;
				long start = System.nanoTime();
				double shown = sequential(source, count, canvas, host, display);
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("round %d: frames put on the canvas %.1f/s, paints GTK delivered meanwhile %.1f/s; decoding alone %.1f frames/s (ratio %.2f)%n",
						round + 1, shown, paints[0] / seconds, decodeOnly, shown / decodeOnly);
			}
			stepping(video, labelsFile, count, canvas, host, display, decodeOnly);
			stages(source, canvas, host, display);
			paintOnly(source, canvas, host, display);
			Path cache = Files.createTempDirectory("myrmex-proxy-bench");
			try (SeekProxy proxy = SeekProxy.build(source.path(), cache, new NullProgressMonitor())) {
				Random random = new Random(7);
				int[] order = random.ints(count, 0, source.frameCount()).toArray();
				paints[0] = 0;
				long start = System.nanoTime();
				for (int index : order) {
					host.frame = index;
					canvas.showImage(FrameImages.toImageData(proxy.frame(index, ColorMode.GRAY)), source.width(),
							source.height(), true);
					canvas.control().update();
					while (display.readAndDispatch()) {
						// the paint
					}
				}
				double proxySeconds = (System.nanoTime() - start) / 1e9;
				double proxyFps = count / proxySeconds;
				double proxyPaints = paints[0] / proxySeconds;
				int exact = Math.min(source.width() > 2000 ? 20 : 60, count);
				start = System.nanoTime();
				for (int i = 0; i < exact; i++) {
					source.read(order[i], ColorMode.GRAY);
				}
				double exactFps = exact / ((System.nanoTime() - start) / 1e9);
				System.out.printf("timeline drag (random frames): canvas with proxy frames %.1f frames/s (paints GTK"
						+ " delivered meanwhile %.1f/s), exact random decoding alone %.1f frames/s, ratio %.1f%n", proxyFps,
						proxyPaints, exactFps, proxyFps / exactFps);
				System.out.printf("memory: the scrubbed video's frame cache %s; the seek proxy's cache %.1f MB%n",
						cacheText(source), proxy.cachedBytes() / 1e6);
			}
			Runtime runtime = Runtime.getRuntime();
			System.gc();
			System.out.printf("memory: Java heap in use after GC %.0f MB of at most %.0f MB%n",
					(runtime.totalMemory() - runtime.freeMemory()) / 1e6, runtime.maxMemory() / 1e6);
			System.out.println("load average after: " + org.myrmex.bench.Machine.loadAverage());
		} finally {
			display.dispose();
		}
	}

	/**
	 * Stepping frame after frame as the editor does (→ held down): each frame asked of a {@link FrameLoader} on a
	 * freshly opened video (random access, frame cache, read-ahead), converted to the zoom's size off the UI thread,
	 * the next asked for once it is on the canvas.
	 */
	private static void stepping(Video video, Path labelsFile, int count, VideoCanvas canvas, Host host,
			Display display, double decodeOnly) throws Exception {
		try (VideoSource fresh = Videos.open(video, labelsFile)) {
			int[] shown = { -1 };
			String[] failed = { null };
			FrameLoader loader = new FrameLoader(display, new FrameLoader.Consumer() {
				@Override
				public void previewDecoded(int index, ImageData image) {
					// no proxy here
				}

				@Override
				public void frameDecoded(int index, ImageData image, FramePart part) {
					host.frame = index;
					canvas.showImage(image, part, fresh.width(), fresh.height(), false);
					canvas.control().update();
					shown[0] = index;
				}

				@Override
				public void frameFailed(int index, String message) {
					failed[0] = "frame " + index + ": " + message;
					shown[0] = index;
				}
			});
			loader.setSource(fresh, ColorMode.GRAY);
			long start = System.nanoTime();
			for (int i = 0; i < count; i++) {
				loader.request(i, canvas.wantedPart());
				while (shown[0] != i) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
			}
			double fps = count / ((System.nanoTime() - start) / 1e9);
			loader.setSource(null, null);
			if (failed[0] != null) {
				throw new IllegalStateException(failed[0]);
			}
			System.out.printf("stepping with the editor's FrameLoader (random access, read-ahead, converted to the zoom off"
					+ " the UI thread): %.1f frames/s on the canvas; sequential decoding alone %.1f frames/s (ratio %.2f);"
					+ " frame cache %s%n", fps, decodeOnly, fps / decodeOnly, cacheText(fresh));
		}
	}

	/**
	 * Where a frame's time goes once it is decoded, on the UI side: conversion for the canvas (the editor does it off
	 * the UI thread), making the SWT image, and the first paint with the instances; at fit (converted to the canvas's
	 * size), at fit with the frame converted whole at its own size (before this conversion for the view), and at 3x
	 * zoom (only the part around what is on screen). Wall and this thread's CPU milliseconds.
	 */
	private static void stages(VideoSource source, VideoCanvas canvas, Host host, Display display) throws Exception {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		java.util.List<VideoFrame> decoded = new java.util.ArrayList<>();
		try (FrameReader reader = source.sequential(0, ColorMode.GRAY)) {
			for (int i = 0; i < 8 && reader.hasNext(); i++) {
				decoded.add(reader.next());
			}
		}
		org.eclipse.swt.graphics.Point size = canvas.control().getSize();
		org.eclipse.swt.graphics.Image offscreen = new org.eclipse.swt.graphics.Image(display, size.x, size.y);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(offscreen);
		for (String how : new String[] { "fit", "whole", "3x" }) {
			if (how.equals("3x")) {
				canvas.centreOn(source.width() / 2.0, source.height() / 2.0, 3);
			} else {
				canvas.fit();
			}
			FramePart part = how.equals("whole") ? FramePart.whole(source.width(), source.height())
					: canvas.wantedPart();
			int samples = 3 * decoded.size();
			double[][] wall = new double[3][samples];
			double[][] cpu = new double[3][samples];
			int n = 0;
			for (int pass = 0; pass < 4; pass++) {
				for (int i = 0; i < decoded.size(); i++) {
					VideoFrame frame = decoded.get(i);
					long w0 = System.nanoTime();
					long c0 = threads.getCurrentThreadCpuTime();
					ImageData image = FrameImages.toImageData(frame, part);
					long w1 = System.nanoTime();
					long c1 = threads.getCurrentThreadCpuTime();
					host.frame = i;
					canvas.showImage(image, part, source.width(), source.height(), false);
					long w2 = System.nanoTime();
					long c2 = threads.getCurrentThreadCpuTime();
					// the first paint of the new image, synchronously (on screen GTK paints at most once a frame
					// clock tick, 60 Hz, whatever is asked)
					canvas.control().print(gc);
					long w3 = System.nanoTime();
					long c3 = threads.getCurrentThreadCpuTime();
					if (pass > 0) { // the first pass warms up
						wall[0][n] = (w1 - w0) / 1e6;
						wall[1][n] = (w2 - w1) / 1e6;
						wall[2][n] = (w3 - w2) / 1e6;
						cpu[0][n] = (c1 - c0) / 1e6;
						cpu[1][n] = (c2 - c1) / 1e6;
						cpu[2][n] = (c3 - c2) / 1e6;
						n++;
					}
				}
			}
			double total = median(wall[0]) + median(wall[1]) + median(wall[2]);
			System.out.printf("a new decoded frame on the canvas %s, converted %s (medians): convert %.1f ms (cpu %.1f),"
					+ " SWT image %.1f ms (cpu %.1f), first paint %.1f ms (cpu %.1f): %.1f ms, %.0f frames/s for the canvas alone%n",
					how.equals("3x") ? "at 3x zoom" : "at fit", how.equals("whole") ? "whole, as before" : "for the view",
					median(wall[0]), median(cpu[0]), median(wall[1]), median(cpu[1]), median(wall[2]), median(cpu[2]), total,
					1000 / total);
		}
		gc.dispose();
		offscreen.dispose();
		canvas.fit();
		while (display.readAndDispatch()) {
			// the last paints
		}
	}

	/** @return frames/s of decoding (and, with a canvas, converting at the zoom's size and drawing) in order */
	private static double sequential(VideoSource source, int frames, VideoCanvas canvas, Host host, Display display)
			throws Exception {
		long start = System.nanoTime();
		try (FrameReader reader = source.sequential(0, ColorMode.GRAY)) {
			for (int i = 0; i < frames && reader.hasNext(); i++) {
				int index = reader.position();
				VideoFrame frame = reader.next();
				if (canvas != null) {
					FramePart part = canvas.wantedPart();
					ImageData image = FrameImages.toImageData(frame, part);
					host.frame = index;
					canvas.showImage(image, part, frame.width(), frame.height(), false);
					canvas.control().update();
					while (display.readAndDispatch()) {
						// the paint
					}
				}
			}
		}
		return frames / ((System.nanoTime() - start) / 1e9);
	}

	private static void paintOnly(VideoSource source, VideoCanvas canvas, Host host, Display display)
			throws Exception {
		int repeats = 300;
		host.frame = 0;
		VideoFrame frame = source.read(0, ColorMode.GRAY);
		for (double scale : new double[] { 0, 3 }) {
			if (scale == 0) {
				canvas.fit();
			} else {
				canvas.centreOn(source.width() / 2.0, source.height() / 2.0, scale);
			}
			FramePart wanted = canvas.wantedPart();
			canvas.showImage(FrameImages.toImageData(frame, wanted), wanted, source.width(), source.height(), false);
			org.eclipse.swt.graphics.Point size = canvas.control().getSize();
			org.eclipse.swt.graphics.Image offscreen = new org.eclipse.swt.graphics.Image(display, size.x, size.y);
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(offscreen);
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			int batches = 10;
			double[] wall = new double[batches];
			double[] cpuTimes = new double[batches];
			for (int batch = 0; batch < batches; batch++) {
				long cpu = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				for (int i = 0; i < repeats / batches; i++) {
					canvas.control().print(gc); // the canvas's own paint, synchronously, into an image
				}
				wall[batch] = (System.nanoTime() - start) / 1e6 / (repeats / batches);
				cpuTimes[batch] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / (repeats / batches);
			}
			double ms = median(wall);
			double cpuMs = median(cpuTimes);
			gc.dispose();
			offscreen.dispose();
			System.out.printf("a repaint of the same view (a drag, a hover; image %s) and %d instances at %s, median of"
					+ " %d batches: %.2f ms, cpu %.2f ms (%.0f paints/s)%n", partText(wanted), host.shownInstances().size(),
					scale == 0 ? "fit" : "3x zoom", batches, ms, cpuMs, 1000 / ms);
		}
		canvas.fit();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String partText(FramePart part) {
		boolean whole = part.x() == 0 && part.y() == 0;
		return part.imageWidth() + "x" + part.imageHeight() + (whole && part.imageWidth() == part.width() ? ""
				: " (frame pixels " + part.width() + "x" + part.height() + " at " + part.x() + "," + part.y() + ")");
	}

	/** @return the frame cache's bytes held, peak and limit, when the source is a media file */
	private static String cacheText(VideoSource source) {
		if (!(source instanceof org.myrmex.video.internal.media.MediaVideo media)) {
			return "(none: not a media file)";
		}
		return String.format("%.0f MB held (peak %.0f MB, %d frames) of its %.0f MB limit", media.cachedBytes() / 1e6,
				media.peakCachedBytes() / 1e6, media.cachedFrames(), media.cacheLimit() / 1e6);
	}

	/** Opening a file of {@code frames} predicted frames and showing its last frame's instances and marks. */
	private static void scale(int frames) throws Exception {
		Path folder = Files.createTempDirectory("myrmex-editor-bench");
		Path file = folder.resolve("predictions.slp");
		LabelsFiles.save(org.myrmex.bench.SyntheticPredictions.make(frames, 13, 1), file, new NullProgressMonitor());
		System.out.printf("%s: %d predicted frames, 13 nodes, %.1f MB%n", file.getFileName(), frames,
				Files.size(file) / 1e6);
		for (int round = 0; round < 3; round++) {
			long start = System.nanoTime();
			Labels labels = LabelsFiles.load(file);
			long loaded = System.nanoTime();
			Video video = labels.getVideos().get(0);
			FrameIndex index = FrameIndex.of(labels);
			Optional<LabeledFrame> last = index.last(video);
			List<Instance> shown = last.map(FrameInstances::shown).orElseThrow();
			TimelineMarks marks = TimelineMarks.of(labels, index, video, last.get().getFrameIndex() + 1);
			long ready = System.nanoTime();
			long jumps = System.nanoTime();
			Random random = new Random(round);
			int found = 0;
			for (int i = 0; i < 10_000; i++) {
				found += index.find(video, random.nextInt(frames)).isPresent() ? 1 : 0;
			}
			double perJumpUs = (System.nanoTime() - jumps) / 1e3 / 10_000;
			System.out.printf("round %d: read %.0f ms (baseline) | index + last frame's %d instances + timeline marks (%d frames) %.0f ms, ratio %.2f | open to last frame %.2f s | a frame lookup %.2f us (%d found)%n",
					round + 1, (loaded - start) / 1e6, shown.size(), marks.predicted().length, (ready - loaded) / 1e6,
					(double) (ready - loaded) / (loaded - start), (ready - start) / 1e9, perJumpUs, found);
		}
		Files.deleteIfExists(file);
		Files.deleteIfExists(folder);
	}
}
