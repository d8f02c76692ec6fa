// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.ResolvedVideo;
import org.myrmex.io.VideoPathResolver;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.ProvenanceEntry;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/** {@code myrmex inspect FILE}: a summary of a labels file, like SLEAP's {@code sleap-inspect}. */
public final class InspectCommand implements Command {

	@Override
	public String name() {
		return "inspect";
	}

	@Override
	public String summary() {
		return "summarise a labels file (.slp, .pkg.slp, .h5, .json, .xmi), like sleap-inspect";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex inspect FILE

				Prints the skeletons, the labelled frames and instances per video, tracks, suggestions and
				provenance of a labels file.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Arguments arguments;
		try {
			arguments = new Arguments(args, List.of(), List.of());
			if (arguments.positionals().size() != 1) {
				throw new IllegalArgumentException("inspect takes one FILE");
			}
		} catch (IllegalArgumentException e) {
			err.println("myrmex inspect: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		Path file = Path.of(arguments.positionals().get(0));
		try {
			print(LabelsFiles.load(file, monitor), file, out);
			return OK;
		} catch (LabelsFileException e) {
			err.println("myrmex inspect: " + e.getMessage());
			return FAILED;
		}
	}

	/** Per video: labelled frames, user-labelled frames, instances, first and last frame, most instances in a frame. */
	private static final class VideoSummary {
		int frames;
		int userFrames;
		int userInstances;
		int predictedInstances;
		int first = Integer.MAX_VALUE;
		int last = -1;
		int mostInstances;
	}

	/** Where the video is on this machine: stored paths often come from another one. */
	private static String whereIs(Video video, Path labelsFile) {
		if (video.getBackend() == VideoBackend.EMBEDDED) {
			return "frames embedded in the labels file";
		}
		ResolvedVideo resolved = new VideoPathResolver().resolve(video.getFilename(), labelsFile);
		return resolved.isResolved() ? "found: " + resolved.path().get() : "NOT FOUND: " + resolved.describe();
	}

	static void print(Labels labels, Path file, PrintStream out) {
		out.println("Labels file: " + file);
		for (Skeleton skeleton : labels.getSkeletons()) {
			out.printf("Skeleton: %s (%d nodes, %d edges, %d symmetries)%n", skeleton.getName(), skeleton.getNodes().size(),
					skeleton.getEdges().size(), skeleton.getSymmetries().size());
			out.println("  nodes: " + String.join(", ", skeleton.getNodes().stream().map(n -> n.getName()).toList()));
		}
		Map<Integer, VideoSummary> summaries = new TreeMap<>();
		int userFrames = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			VideoSummary summary = summaries.computeIfAbsent(labels.getVideos().indexOf(frame.getVideo()), k -> new VideoSummary());
			summary.frames++;
			int user = 0;
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance) {
					summary.predictedInstances++;
				} else {
					user++;
				}
			}
			summary.userInstances += user;
			if (user > 0) {
				summary.userFrames++;
				userFrames++;
			}
			summary.first = Math.min(summary.first, frame.getFrameIndex());
			summary.last = Math.max(summary.last, frame.getFrameIndex());
			summary.mostInstances = Math.max(summary.mostInstances, frame.getInstances().size());
		}
		out.println("Labeled frames: " + labels.getLabeledFrames().size());
		out.println("Tracks: " + labels.getTracks().size());
		out.println("Suggestions: " + labels.getSuggestions().size());
		out.println("Video files:");
		for (int v = 0; v < labels.getVideos().size(); v++) {
			Video video = labels.getVideos().get(v);
			VideoSummary summary = summaries.getOrDefault(v, new VideoSummary());
			out.println("  " + video.getFilename() + "  [" + video.getBackend().getLiteral() + "]");
			out.println("    " + whereIs(video, file));
			out.println("    labeled frames: " + summary.frames);
			if (summary.frames > 0) {
				out.println("    labeled frames from " + summary.first + " to " + summary.last);
			}
			out.println("    user labeled frames: " + summary.userFrames);
			out.println("    user instances: " + summary.userInstances);
			out.println("    predicted instances: " + summary.predictedInstances);
			out.println("    max instances in frame: " + summary.mostInstances);
		}
		out.println("Total user labeled frames: " + userFrames);
		if (!labels.getProvenance().isEmpty()) {
			out.println("Provenance:");
			for (ProvenanceEntry entry : labels.getProvenance()) {
				out.println("  " + entry.getKey() + ": " + entry.getValue());
			}
		}
	}
}
