// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.myrmex.analysis.DatasetStatistics;
import org.myrmex.analysis.VideoCounts;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.ResolvedVideo;
import org.myrmex.io.VideoPathResolver;
import org.myrmex.model.Labels;
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
		DatasetStatistics statistics = DatasetStatistics.of(labels);
		out.println("Labeled frames: " + labels.getLabeledFrames().size());
		out.println("Tracks: " + labels.getTracks().size());
		out.println("Suggestions: " + labels.getSuggestions().size());
		out.println("Video files:");
		for (int v = 0; v < labels.getVideos().size(); v++) {
			Video video = labels.getVideos().get(v);
			VideoCounts summary = statistics.perVideo().get(v);
			out.println("  " + video.getFilename() + "  [" + video.getBackend().getLiteral() + "]");
			out.println("    " + whereIs(video, file));
			out.println("    labeled frames: " + summary.labeledFrames());
			if (summary.labeledFrames() > 0) {
				out.println("    labeled frames from " + summary.firstFrame() + " to " + summary.lastFrame());
			}
			out.println("    user labeled frames: " + summary.userFrames());
			out.println("    user instances: " + summary.userInstances());
			out.println("    predicted instances: " + summary.predictedInstances());
			out.println("    max instances in frame: " + summary.mostInstances());
		}
		out.println("Total user labeled frames: " + statistics.userFrames());
		if (!labels.getProvenance().isEmpty()) {
			out.println("Provenance:");
			for (ProvenanceEntry entry : labels.getProvenance()) {
				out.println("  " + entry.getKey() + ": " + entry.getValue());
			}
		}
	}
}
