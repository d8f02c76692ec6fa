// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.coco.CocoKeypoints;
import org.myrmex.model.Labels;
import org.myrmex.video.LabelsSaving;

/**
 * {@code myrmex convert IN OUT}: rewrites labels in another format (old SLEAP .json, .h5, DeepLabCut, COCO to .slp;
 * labels on image folders to COCO keypoints JSON).
 */
public final class ConvertCommand implements Command {

	@Override
	public String name() {
		return "convert";
	}

	@Override
	public String summary() {
		return "convert labels between .slp, .h5, .xmi, COCO keypoints .json; read SLEAP .json and DeepLabCut";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex convert IN OUT [--format slp|coco] [--force]

				Reads IN: .slp, .pkg.slp, .h5, .xmi; a .json, either SLEAP's old labels or COCO keypoints (told
				apart by its keys); a DeepLabCut project's config.yaml (every labeled-data/*/CollectedData_*.csv,
				single- or multi-animal) or one DeepLabCut labelled-data .csv (DeepLabCut .h5 files are not read:
				use the CSV beside them). Writes OUT as SLEAP 1.2 .slp; as a package with every labelled frame
				embedded (PNG) when OUT ends in .pkg.slp; as Myrmex .xmi when OUT ends in .xmi; as COCO keypoints
				JSON when OUT ends in .json or with --format coco (user instances only, one image per labelled
				frame; only frames of image folders can be written, since COCO lists image files). The write is
				atomic.
				  --format  slp (by OUT's name, the default) or coco
				  --force   overwrite OUT if it exists""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Arguments arguments;
		try {
			arguments = new Arguments(args, List.of("--format"), List.of("--force"));
			if (arguments.positionals().size() != 2) {
				throw new IllegalArgumentException("convert takes IN and OUT");
			}
			if (!List.of("slp", "coco").contains(arguments.option("--format", "slp"))) {
				throw new IllegalArgumentException("--format must be slp or coco");
			}
		} catch (IllegalArgumentException e) {
			err.println("myrmex convert: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		Path input = Path.of(arguments.positionals().get(0));
		Path output = Path.of(arguments.positionals().get(1));
		if (Files.exists(output) && !arguments.flag("--force")) {
			err.println("myrmex convert: " + output + " exists; use --force to overwrite it");
			return FAILED;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Converting", 2);
		try {
			Labels labels = LabelsFiles.load(input, progress.split(1));
			boolean coco = arguments.option("--format", "slp").equals("coco")
					|| output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
			if (coco) {
				CocoKeypoints.write(labels, output);
			} else {
				LabelsSaving.save(labels, output, input, progress.split(1)); // .pkg.slp: frames embedded
			}
			out.println("Wrote " + output + " (" + labels.getLabeledFrames().size() + " labelled frames)");
			return OK;
		} catch (LabelsFileException e) {
			err.println("myrmex convert: " + e.getMessage());
			return FAILED;
		}
	}
}
