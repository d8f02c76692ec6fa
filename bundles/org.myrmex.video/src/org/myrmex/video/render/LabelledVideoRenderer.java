// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.render;

import java.awt.Graphics2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.edit.FrameInstances;
import org.myrmex.video.H264Writer;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * Renders labelled video: frames of one video with their instances drawn as the labelling canvas draws them
 * ({@link InstanceStyle}), encoded as H.264 MP4 through FFmpeg. The file appears only when every frame is written;
 * a failure or cancellation leaves nothing behind. {@code myrmex render} and the workbench's Video Clip export both
 * run this.
 */
public final class LabelledVideoRenderer {
	/**
	 * What to render.
	 *
	 * @param labels     the labels
	 * @param labelsFile the file they come from: videos with relative paths are found from it
	 * @param video      the index of the video
	 * @param frames     the frame numbers to render, in order (e.g. {@link #labelledFrames} or a range)
	 * @param options    how to draw and encode
	 * @param out        the MP4 to write (replaced if it exists)
	 */
	public record Request(Labels labels, Path labelsFile, int video, List<Integer> frames, RenderOptions options,
			Path out) {
		/** @throws IllegalArgumentException saying what does not fit */
		public Request {
			if (video < 0 || video >= labels.getVideos().size()) {
				throw new IllegalArgumentException(labelsFile + " has " + labels.getVideos().size() + " videos, no video "
						+ video);
			}
			if (frames.isEmpty()) {
				throw new IllegalArgumentException("no frames to render of video " + video + " of " + labelsFile);
			}
			frames = List.copyOf(frames);
		}
	}

	/** @param seconds wall time of the whole render */
	public record Result(Path file, int frames, int width, int height, double seconds) {
		/** @return frames rendered per second */
		public double fps() {
			return seconds > 0 ? frames / seconds : 0;
		}
	}

	private LabelledVideoRenderer() {
	}

	/** @return the numbers of the frames of {@code video} that hold an instance, ascending */
	public static List<Integer> labelledFrames(Labels labels, Video video) {
		TreeSet<Integer> frames = new TreeSet<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video && !frame.getInstances().isEmpty()) {
				frames.add(frame.getFrameIndex());
			}
		}
		return new ArrayList<>(frames);
	}

	/** @return e.g. {@code clip.000_clip.rendered.mp4} beside {@code clip.slp} for video 0, {@code clip.mp4} */
	public static Path defaultOutput(Path labelsFile, int videoIndex, Video video) {
		return labelsFile.toAbsolutePath().resolveSibling(String.format(Locale.ROOT, "%s.%03d_%s.rendered.mp4",
				stem(labelsFile.getFileName().toString()), videoIndex, stem(video.getFilename())));
	}

	/**
	 * Renders the frames.
	 *
	 * @throws VideoException naming the video that cannot be read or the file that cannot be written
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled (nothing is written)
	 */
	public static Result render(Request request, IProgressMonitor monitor) throws VideoException {
		long start = System.nanoTime();
		Path out = request.out().toAbsolutePath();
		if (!Files.isDirectory(out.getParent())) {
			throw new VideoException(out, "cannot write: the folder " + out.getParent() + " does not exist");
		}
		if (Files.isDirectory(out)) {
			throw new VideoException(out, "is a folder, not a video file");
		}
		Video video = request.labels().getVideos().get(request.video());
		SubMonitor progress = SubMonitor.convert(monitor, "Rendering " + out.getFileName(), request.frames().size());
		try (VideoSource source = Videos.open(video, request.labelsFile())) {
			for (int frame : request.frames()) {
				source.checkIndex(frame);
			}
			RenderOptions options = request.options();
			RenderCanvas canvas = new RenderCanvas(source.width(), source.height(), options.scale());
			double fps = options.fps() > 0 ? options.fps() : source.fps() > 0 ? source.fps() : 30;
			Map<Integer, LabeledFrame> labelled = framesOf(request.labels(), video);
			OverlayPainter painter = new OverlayPainter(options);
			try (H264Writer writer = new H264Writer(out, canvas.width(), canvas.height(), fps, options.crf(), 250, 3);
					FrameSequence frames = new FrameSequence(source, request.frames())) {
				for (int frame : request.frames()) {
					progress.split(1);
					canvas.show(frames.read(frame));
					Graphics2D g = canvas.graphics();
					try {
						draw(g, painter, request, labelled, frame);
						if (options.frameNumbers()) {
							painter.paintFrameNumber(g, frame, canvas.height());
						}
					} finally {
						g.dispose();
					}
					writer.writeBgr(canvas.bytes());
				}
				writer.finish();
			}
			return new Result(out, request.frames().size(), canvas.width(), canvas.height(),
					(System.nanoTime() - start) / 1e9);
		}
	}

	private static void draw(Graphics2D g, OverlayPainter painter, Request request, Map<Integer, LabeledFrame> labelled,
			int frame) {
		Labels labels = request.labels();
		RenderOptions options = request.options();
		LabeledFrame here = labelled.get(frame);
		if (options.trail() > 0) {
			paintTrails(g, painter, labels, labelled, frame, options.trail());
		}
		if (here == null) {
			return;
		}
		List<Instance> shown = FrameInstances.shown(here);
		for (int i = 0; i < shown.size(); i++) {
			Instance instance = shown.get(i);
			int track = instance.getTrack() == null ? -1 : labels.getTracks().indexOf(instance.getTrack());
			int index = options.colourBy() == RenderOptions.ColourBy.TRACK && track >= 0 ? track : i;
			painter.paint(g, instance, InstanceStyle.colour(index));
		}
	}

	/** Each track's centres over the last {@code trail} frames (one pass over those frames), in track order. */
	private static void paintTrails(Graphics2D g, OverlayPainter painter, Labels labels,
			Map<Integer, LabeledFrame> labelled, int frame, int trail) {
		int first = Math.max(0, frame - trail);
		Map<Integer, double[][]> trails = new TreeMap<>();
		for (int f = first; f <= frame; f++) {
			LabeledFrame at = labelled.get(f);
			if (at == null) {
				continue;
			}
			for (Instance instance : FrameInstances.shown(at)) {
				int track = instance.getTrack() == null ? -1 : labels.getTracks().indexOf(instance.getTrack());
				if (track >= 0) {
					double[][] centres = trails.computeIfAbsent(track, t -> new double[frame - first + 1][]);
					if (centres[f - first] == null) { // the first instance of the track in the frame, as shown
						centres[f - first] = OverlayPainter.centre(instance);
					}
				}
			}
		}
		trails.forEach((track, centres) -> painter.paintTrail(g, Arrays.asList(centres), InstanceStyle.colour(track)));
	}

	private static Map<Integer, LabeledFrame> framesOf(Labels labels, Video video) {
		Map<Integer, LabeledFrame> frames = new HashMap<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video) {
				frames.putIfAbsent(frame.getFrameIndex(), frame);
			}
		}
		return frames;
	}

	private static String stem(String path) {
		String name = path == null ? "video" : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
