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
		try (VideoSource source = Videos.open(labels.getVideos().get(0), labelsFile)) {
			System.out.printf("canvas %s, video %dx%d, %d frames scrubbed in order, %d instances drawn per frame%n",
					canvas.control().getSize(), source.width(), source.height(), frames,
					host.shownInstances().size());
			int[] paints = new int[1];
			canvas.control().addListener(org.eclipse.swt.SWT.Paint, event -> paints[0]++);
			for (int round = 0; round < 3; round++) {
				double decodeOnly = sequential(source, frames, null, null, display);
				paints[0] = 0;
				long start = System.nanoTime();
				double shown = sequential(source, frames, canvas, host, display);
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("round %d: frames put on the canvas %.1f/s, paints GTK delivered meanwhile %.1f/s; decoding alone %.1f frames/s (ratio %.2f)%n",
						round + 1, shown, paints[0] / seconds, decodeOnly, shown / decodeOnly);
			}
			paintOnly(canvas, host, display);
			Path cache = Files.createTempDirectory("myrmex-proxy-bench");
			try (SeekProxy proxy = SeekProxy.build(source.path(), cache, new NullProgressMonitor())) {
				Random random = new Random(7);
				int[] order = random.ints(frames, 0, source.frameCount()).toArray();
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
				double proxyFps = frames / ((System.nanoTime() - start) / 1e9);
				start = System.nanoTime();
				for (int i = 0; i < Math.min(60, frames); i++) {
					source.read(order[i], ColorMode.GRAY);
				}
				double exactFps = Math.min(60, frames) / ((System.nanoTime() - start) / 1e9);
				System.out.printf("timeline drag (random frames): canvas with proxy frames %.1f frames/s, exact random decoding alone %.1f frames/s, ratio %.1f%n",
						proxyFps, exactFps, proxyFps / exactFps);
			}
		} finally {
			display.dispose();
		}
	}

	/** @return frames/s of decoding (and, with a canvas, drawing) {@code frames} frames in order */
	private static double sequential(VideoSource source, int frames, VideoCanvas canvas, Host host, Display display)
			throws Exception {
		long start = System.nanoTime();
		try (FrameReader reader = source.sequential(0, ColorMode.GRAY)) {
			for (int i = 0; i < frames && reader.hasNext(); i++) {
				int index = reader.position();
				VideoFrame frame = reader.next();
				ImageData image = FrameImages.toImageData(frame);
				if (canvas != null) {
					host.frame = index;
					canvas.showImage(image);
					canvas.control().update();
					while (display.readAndDispatch()) {
						// the paint
					}
				}
			}
		}
		return frames / ((System.nanoTime() - start) / 1e9);
	}

	private static void paintOnly(VideoCanvas canvas, Host host, Display display) {
		int repeats = 300;
		for (double scale : new double[] { 0, 3 }) {
			if (scale == 0) {
				canvas.fit();
			} else {
				canvas.centreOn(512, 512, scale);
			}
			org.eclipse.swt.graphics.Point size = canvas.control().getSize();
			org.eclipse.swt.graphics.Image offscreen = new org.eclipse.swt.graphics.Image(display, size.x, size.y);
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(offscreen);
			long start = System.nanoTime();
			for (int i = 0; i < repeats; i++) {
				canvas.control().print(gc); // the canvas's own paint, synchronously, into an image
			}
			double ms = (System.nanoTime() - start) / 1e6 / repeats;
			gc.dispose();
			offscreen.dispose();
			System.out.printf("one paint of the frame and %d instances at %s: %.2f ms (%.0f paints/s)%n",
					host.shownInstances().size(), scale == 0 ? "fit" : "3x zoom", ms, 1000 / ms);
		}
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
