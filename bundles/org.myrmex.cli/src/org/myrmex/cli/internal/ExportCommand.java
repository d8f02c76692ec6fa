// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.export.AnalysisFileNames;
import org.myrmex.io.export.AnalysisH5Exporter;
import org.myrmex.io.export.SeedCsvExporter;
import org.myrmex.io.export.SleapCsvExporter;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;

/** {@code myrmex export --format seed-csv|csv|analysis-h5 FILE}: the ant group's and SLEAP's exports. */
public final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export labels as the seed's CSV, SLEAP's CSV or SLEAP's analysis HDF5";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex export --format seed-csv|csv|analysis-h5 FILE [-o OUT] [--video N] [--predictions-only]

				  --format seed-csv      one CSV for all videos: video_path,video_width,video_height,frame_idx,
				                         instance_idx,track_id,part_name,predicted,x_pos,y_pos
				  --format csv           SLEAP's CSV, one file per video
				  --format analysis-h5   SLEAP's analysis HDF5, one file per video
				  -o OUT                 output file (seed-csv, or one video); default: next to FILE, named as
				                         SLEAP names them (FILE.000_video.analysis.csv / .h5, FILE.csv)
				  --video N              export only video N (0-based)
				  --predictions-only     seed-csv: predicted instances only""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Arguments arguments;
		String format;
		Integer onlyVideo = null;
		try {
			arguments = new Arguments(args, List.of("--format", "-o", "--video"), List.of("--predictions-only"));
			format = arguments.option("--format", null);
			if (format == null || !List.of("seed-csv", "csv", "analysis-h5").contains(format)) {
				throw new IllegalArgumentException("--format must be seed-csv, csv or analysis-h5");
			}
			if (arguments.positionals().size() != 1) {
				throw new IllegalArgumentException("export takes one FILE");
			}
			int video = arguments.number("--video", -1);
			onlyVideo = video < 0 ? null : video;
		} catch (IllegalArgumentException e) {
			err.println("myrmex export: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		Path file = Path.of(arguments.positionals().get(0));
		String explicitOut = arguments.option("-o", null);
		try {
			Labels labels = LabelsFiles.load(file, monitor);
			if (format.equals("seed-csv")) {
				Path target = explicitOut != null ? Path.of(explicitOut) : file.resolveSibling(file.getFileName() + ".csv");
				SeedCsvExporter.export(labels, target, arguments.flag("--predictions-only"), monitor);
				out.println("Wrote " + target);
				return OK;
			}
			List<Integer> videos = new ArrayList<>();
			for (int v = 0; v < labels.getVideos().size(); v++) {
				if (onlyVideo == null || onlyVideo == v) {
					videos.add(v);
				}
			}
			if (videos.isEmpty()) {
				err.println("myrmex export: " + file + " has " + labels.getVideos().size() + " videos, no video " + onlyVideo);
				return FAILED;
			}
			if (explicitOut != null && videos.size() > 1) {
				err.println("myrmex export: " + file + " has " + videos.size() + " videos; -o needs --video N");
				return USAGE;
			}
			SubMonitor progress = SubMonitor.convert(monitor, "Exporting", videos.size());
			for (int v : videos) {
				Video video = labels.getVideos().get(v);
				String extension = format.equals("csv") ? "csv" : "h5";
				Path target = explicitOut != null ? Path.of(explicitOut)
						: file.resolveSibling(AnalysisFileNames.of(file.getFileName().toString(), v, video, extension));
				if (format.equals("csv")) {
					SleapCsvExporter.export(labels, video, target, progress.split(1));
				} else {
					AnalysisH5Exporter.export(labels, video, target, file.toString(), progress.split(1));
				}
				out.println("Wrote " + target);
			}
			return OK;
		} catch (LabelsFileException e) {
			err.println("myrmex export: " + e.getMessage());
			return FAILED;
		}
	}
}
