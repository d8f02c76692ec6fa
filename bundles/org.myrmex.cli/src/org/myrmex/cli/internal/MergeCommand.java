// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.merge.LabelsMerger;
import org.myrmex.model.merge.MergeConflict;
import org.myrmex.model.merge.MergeConflictException;
import org.myrmex.model.merge.MergeResult;

/** {@code myrmex merge OUT IN…}: merges labels files, refusing real conflicts, never dropping an instance. */
public final class MergeCommand implements Command {

	@Override
	public String name() {
		return "merge";
	}

	@Override
	public String summary() {
		return "merge labels files into one, matching videos, skeletons and tracks";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex merge OUT IN1 IN2 [IN…] [--force]

				Merges the inputs into OUT (.slp, or .xmi). Videos match by file name (else by base name and
				size), skeletons by node names, tracks by name; frames of the same video and index are combined
				and exact duplicates counted once. Real conflicts (different skeletons under one name, two user
				instances of one track in one frame …) are listed and nothing is written.
				  --force   overwrite OUT if it exists""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Arguments arguments;
		try {
			arguments = new Arguments(args, List.of(), List.of("--force"));
			if (arguments.positionals().size() < 3) {
				throw new IllegalArgumentException("merge needs OUT and at least two inputs");
			}
		} catch (IllegalArgumentException e) {
			err.println("myrmex merge: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		Path target = Path.of(arguments.positionals().get(0));
		List<Path> inputs = arguments.positionals().subList(1, arguments.positionals().size()).stream().map(Path::of).toList();
		if (Files.exists(target) && !arguments.flag("--force")) {
			err.println("myrmex merge: " + target + " exists; use --force to overwrite it");
			return FAILED;
		}
		if (inputs.contains(target)) {
			err.println("myrmex merge: " + target + " is also an input; write the merge to a new file");
			return FAILED;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Merging", inputs.size() + 2);
		try {
			List<Labels> labels = new ArrayList<>();
			for (Path input : inputs) {
				labels.add(LabelsFiles.load(input, progress.split(1)));
			}
			MergeResult result = new LabelsMerger().merge(labels, inputs.stream().map(p -> p.getFileName().toString()).toList());
			progress.split(1);
			LabelsFiles.save(result.labels(), target, progress.split(1));
			out.print(result.report().toText());
			out.println("Wrote " + target);
			return OK;
		} catch (MergeConflictException e) {
			err.println("myrmex merge: the inputs conflict; nothing was written:");
			for (MergeConflict conflict : e.getConflicts()) {
				err.println("  " + conflict);
			}
			return FAILED;
		} catch (LabelsFileException e) {
			err.println("myrmex merge: " + e.getMessage());
			return FAILED;
		}
	}
}
