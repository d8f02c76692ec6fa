// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.render.LabelledVideoRenderer;
import org.myrmex.video.render.RenderOptions;

/** {@code myrmex render LABELS.slp}: a video with the instances drawn as the labelling editor draws them. */
public final class RenderCommand implements Command {

	@Override
	public String name() {
		return "render";
	}

	@Override
	public String summary() {
		return "render a video with the labelled or predicted instances drawn on it (H.264 MP4)";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex render LABELS.slp [-o OUT.mp4] [--video N] [--frames A-B | --all-frames]
				                     [--colour-by track|instance|node] [--node-size R] [--no-edges] [--trail N]
				                     [--frame-numbers] [--scale S] [--fps F] [--crf Q]

				Draws the instances of one video as the labelling editor does (user nodes red until verified, light
				blue once verified, grey when not visible; predictions dashed with hollow nodes; edges in the colour
				of the instance's track) and encodes the frames with libx264. The file appears only when complete.
				  -o OUT.mp4          output (default beside LABELS: LABELS.000_VIDEO.rendered.mp4)
				  --video N           the video (0-based, default 0)
				  --frames A-B        frames A to B (inclusive); default: the frames that hold instances
				  --all-frames        every frame of the video
				  --colour-by C       track (default: each track its colour, as the editor), instance, node
				  --node-size R       node radius in output pixels (default 5, the editor's)
				  --no-edges          nodes only
				  --trail N           trails of the tracks' centres over the last N frames (default 0: none)
				  --frame-numbers     write the frame number in the top-left corner
				  --scale S           output size relative to the video (default 1)
				  --fps F             frames per second (default: the video's)
				  --crf Q             libx264 quality, 0 (lossless) to 51 (default 18)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Arguments arguments;
		RenderOptions options;
		try {
			arguments = new Arguments(args, List.of("-o", "--video", "--frames", "--colour-by", "--node-size", "--trail",
					"--scale", "--fps", "--crf"), List.of("--all-frames", "--no-edges", "--frame-numbers"));
			if (arguments.positionals().size() != 1) {
				throw new IllegalArgumentException("render takes one LABELS file");
			}
			if (arguments.flag("--all-frames") && arguments.option("--frames", null) != null) {
				throw new IllegalArgumentException("choose one of --frames and --all-frames");
			}
			RenderOptions defaults = RenderOptions.defaults();
			options = new RenderOptions(RenderOptions.ColourBy.of(arguments.option("--colour-by", "track")),
					arguments.number("--node-size", defaults.nodeRadius()), !arguments.flag("--no-edges"),
					arguments.number("--trail", 0), arguments.flag("--frame-numbers"),
					decimal(arguments, "--scale", 1), arguments.number("--crf", defaults.crf()),
					decimal(arguments, "--fps", 0));
		} catch (IllegalArgumentException e) {
			err.println("myrmex render: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		Path file = Path.of(arguments.positionals().get(0));
		try {
			Labels labels = LabelsFiles.load(file, monitor);
			LabelledVideoRenderer.Request request;
			try {
				int videoIndex = arguments.number("--video", 0);
				if (videoIndex < 0 || videoIndex >= labels.getVideos().size()) {
					throw new IllegalArgumentException(file + " has " + labels.getVideos().size() + " videos, no video "
							+ videoIndex);
				}
				Video video = labels.getVideos().get(videoIndex);
				String output = arguments.option("-o", null);
				request = new LabelledVideoRenderer.Request(labels, file, videoIndex,
						frames(arguments, labels, video, file, videoIndex), options, output == null
								? LabelledVideoRenderer.defaultOutput(file, videoIndex, video) : Path.of(output));
			} catch (IllegalArgumentException e) {
				err.println("myrmex render: " + e.getMessage());
				return FAILED;
			}
			LabelledVideoRenderer.Result result = LabelledVideoRenderer.render(request, monitor);
			out.println(String.format(Locale.ROOT, "Wrote %s: %d frames of %dx%d in %.1f s (%.1f frames/s)",
					result.file(), result.frames(), result.width(), result.height(), result.seconds(), result.fps()));
			return OK;
		} catch (LabelsFileException | VideoException e) {
			err.println("myrmex render: " + e.getMessage());
			return FAILED;
		}
	}

	private static List<Integer> frames(Arguments arguments, Labels labels, Video video, Path file, int index)
			throws VideoException {
		String range = arguments.option("--frames", null);
		if (range == null && !arguments.flag("--all-frames")) {
			List<Integer> labelled = LabelledVideoRenderer.labelledFrames(labels, video);
			if (labelled.isEmpty()) {
				throw new IllegalArgumentException("video " + index + " of " + file
						+ " has no frame with instances; give --frames A-B or --all-frames");
			}
			return labelled;
		}
		int first = 0;
		int last;
		if (range != null) {
			if (!range.matches("\\d{1,9}(-\\d{1,9})?")) {
				throw new IllegalArgumentException("--frames takes A-B (first and last frame) or A, not '" + range + "'");
			}
			String[] ends = range.split("-");
			first = Integer.parseInt(ends[0]);
			last = ends.length == 1 ? first : Integer.parseInt(ends[1]);
			if (last < first) {
				throw new IllegalArgumentException("--frames " + range + " is an empty range: " + last + " < " + first);
			}
		} else {
			try (VideoSource source = Videos.open(video, file)) {
				last = source.frameCount() - 1;
			}
		}
		List<Integer> frames = new ArrayList<>();
		for (int f = first; f <= last; f++) {
			frames.add(f);
		}
		return frames;
	}

	private static double decimal(Arguments arguments, String name, double fallback) {
		String text = arguments.option(name, null);
		if (text == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " takes a number, not '" + text + "'");
		}
	}
}
