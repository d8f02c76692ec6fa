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
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;
import org.myrmex.video.LabelledFramesPackage;

/** {@code myrmex convert IN OUT}: rewrites labels in another format (e.g. old SLEAP .json or .h5 to .slp). */
public final class ConvertCommand implements Command {

	@Override
	public String name() {
		return "convert";
	}

	@Override
	public String summary() {
		return "convert labels between .slp, .h5, .json (read only) and .xmi";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex convert IN OUT [--force]

				Reads IN (.slp, .pkg.slp, .h5, SLEAP's old .json, or .xmi) and writes OUT as SLEAP 1.2 .slp;
				as a package with every labelled frame embedded (PNG) when OUT ends in .pkg.slp; or as Myrmex
				.xmi when OUT ends in .xmi. The write is atomic.
				  --force   overwrite OUT if it exists""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Arguments arguments;
		try {
			arguments = new Arguments(args, List.of(), List.of("--force"));
			if (arguments.positionals().size() != 2) {
				throw new IllegalArgumentException("convert takes IN and OUT");
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
			if (output.getFileName().toString().endsWith(".pkg.slp")) {
				try (LabelledFramesPackage frames = new LabelledFramesPackage(labels, input)) {
					SlpWriter.writePackage(labels, output, frames, progress.split(1));
				}
			} else {
				LabelsFiles.save(labels, output, progress.split(1));
			}
			out.println("Wrote " + output + " (" + labels.getLabeledFrames().size() + " labelled frames)");
			return OK;
		} catch (LabelsFileException e) {
			err.println("myrmex convert: " + e.getMessage());
			return FAILED;
		}
	}
}
