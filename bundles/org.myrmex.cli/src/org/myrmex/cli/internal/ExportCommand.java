// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.export.ExportedInstances;
import org.myrmex.io.export.LabelsExport;
import org.myrmex.io.export.LabelsExport.Format;
import org.myrmex.model.Labels;

/** {@code myrmex export --format seed-csv|csv|analysis-h5|coco FILE}: the ant group's, SLEAP's and COCO exports. */
public final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export labels as the seed's CSV, SLEAP's CSV, SLEAP's analysis HDF5 or COCO keypoints";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex export --format seed-csv|csv|analysis-h5|coco FILE [-o OUT] [--video N] [--predictions-only]

				  --format seed-csv      one CSV for all videos: video_path,video_width,video_height,frame_idx,
				                         instance_idx,track_id,part_name,predicted,x_pos,y_pos
				  --format csv           SLEAP's CSV, one file per video
				  --format analysis-h5   SLEAP's analysis HDF5, one file per video
				  --format coco          COCO keypoints JSON (user instances of videos that are image folders:
				                         COCO lists image files)
				  -o OUT                 output file (seed-csv, coco, or one video); default: next to FILE, named as
				                         SLEAP names them (FILE.000_video.analysis.csv / .h5, FILE.csv, FILE.coco.json)
				  --video N              export only video N (0-based)
				  --predictions-only     seed-csv: predicted instances only""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Arguments arguments;
		Format format;
		int video;
		try {
			arguments = new Arguments(args, List.of("--format", "-o", "--video"), List.of("--predictions-only"));
			String name = arguments.option("--format", null);
			if (Arrays.stream(Format.values()).noneMatch(f -> f.id().equals(name))) {
				throw new IllegalArgumentException("--format must be " + Format.ids());
			}
			format = Format.of(name);
			if (arguments.positionals().size() != 1) {
				throw new IllegalArgumentException("export takes one FILE");
			}
			video = arguments.number("--video", -1);
		} catch (IllegalArgumentException e) {
			err.println("myrmex export: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		Path file = Path.of(arguments.positionals().get(0));
		String explicitOut = arguments.option("-o", null);
		try {
			Labels labels = LabelsFiles.load(file, monitor);
			LabelsExport.Request request;
			try {
				request = new LabelsExport.Request(labels, file, format, video,
						arguments.flag("--predictions-only") ? ExportedInstances.PREDICTED : ExportedInstances.ALL,
						explicitOut == null ? null : Path.of(explicitOut));
			} catch (IllegalArgumentException e) {
				err.println("myrmex export: " + e.getMessage());
				return FAILED;
			}
			for (Path target : LabelsExport.export(request, monitor)) {
				out.println("Wrote " + target);
			}
			return OK;
		} catch (LabelsFileException e) {
			err.println("myrmex export: " + e.getMessage());
			return FAILED;
		}
	}
}
