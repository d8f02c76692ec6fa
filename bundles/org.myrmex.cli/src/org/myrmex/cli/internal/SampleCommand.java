// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.myrmex.analysis.DatasetStatistics;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.model.Labels;
import org.myrmex.video.VideoException;
import org.myrmex.video.sample.SampleProject;
import org.myrmex.video.synth.ColonyParameters;

/** {@code myrmex sample DIR}: makes the synthetic sample project (video + ground-truth labels) in a folder. */
public final class SampleCommand implements Command {

	@Override
	public String name() {
		return "sample";
	}

	@Override
	public String summary() {
		return "make the synthetic sample project (ant video + exact labels) in a folder";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex sample DIR [--ants N] [--frames N] [--size WxH] [--seed N]

				Draws a colony of walking ants, encodes it as H.264 (DIR/%s) and writes their exact
				18-node skeleton labels (DIR/%s). Refuses to overwrite an existing project.
				  --ants N     number of ants (default 3)
				  --frames N   number of frames (default 300, at 30 fps)
				  --size WxH   frame size, even numbers (default 512x512)
				  --seed N     random seed (default 1)""".formatted(SampleProject.VIDEO, SampleProject.LABELS);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Path folder;
		ColonyParameters parameters = ColonyParameters.defaults();
		try {
			Arguments arguments = new Arguments(args, List.of("--ants", "--frames", "--size", "--seed"), List.of());
			if (arguments.positionals().size() > 1) {
				throw new IllegalArgumentException("unexpected argument '" + arguments.positionals().get(1) + "'");
			}
			parameters = parameters.withAntCount(arguments.number("--ants", parameters.antCount()))
					.withFrames(arguments.number("--frames", parameters.frameCount()), parameters.fps())
					.withSeed(arguments.number("--seed", (int) parameters.seed()));
			String size = arguments.option("--size", null);
			if (size != null) {
				String[] sides = size.split("x");
				if (sides.length != 2 || !sides[0].matches("\\d{1,5}") || !sides[1].matches("\\d{1,5}")) {
					throw new IllegalArgumentException("--size takes WIDTHxHEIGHT, e.g. 512x512, not '" + size + "'");
				}
				parameters = parameters.withSize(Integer.parseInt(sides[0]), Integer.parseInt(sides[1]));
			}
			if (arguments.positionals().isEmpty()) {
				throw new IllegalArgumentException("missing DIR");
			}
			folder = Path.of(arguments.positionals().get(0));
			if (parameters.width() % 2 != 0 || parameters.height() % 2 != 0) {
				throw new IllegalArgumentException("--size must be even for H.264 (yuv420p), not " + parameters.width() + "x" + parameters.height());
			}
		} catch (IllegalArgumentException e) {
			err.println("myrmex sample: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		SampleProject project = new SampleProject(folder);
		if (Files.exists(project.video()) || Files.exists(project.labels())) {
			err.println("myrmex sample: " + folder + " already holds a sample project; not overwriting it");
			return FAILED;
		}
		try {
			Labels labels = project.create(parameters, monitor);
			DatasetStatistics statistics = DatasetStatistics.of(labels);
			out.printf("%s: %d frames, %d ants, %d user instances%n", project.video(), parameters.frameCount(),
					parameters.antCount(), statistics.userInstances());
			out.println(project.labels());
			return OK;
		} catch (OperationCanceledException e) {
			throw e;
		} catch (VideoException | LabelsFileException e) {
			err.println("myrmex sample: " + e.getMessage());
			return FAILED;
		}
	}
}
