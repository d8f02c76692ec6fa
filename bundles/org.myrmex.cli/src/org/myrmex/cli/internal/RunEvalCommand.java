// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.myrmex.analysis.eval.EvaluationException;
import org.myrmex.analysis.eval.Metrics;
import org.myrmex.analysis.eval.RunEvaluation;
import org.myrmex.cli.Command;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.predict.PredictionOptions;

/**
 * {@code myrmex eval --run RUN_DIR}: evaluates a training run folder ({@link RunEvaluation}), one line per split;
 * also the evaluation at the end of {@code myrmex train}.
 */
final class RunEvalCommand {
	private RunEvalCommand() {
	}

	/** @throws IllegalArgumentException for arguments that do not go with {@code --run} */
	static void check(Arguments arguments) {
		if (!arguments.positionals().isEmpty()) {
			throw new IllegalArgumentException("--run takes no GT.slp and PR.slp, not '"
					+ arguments.positionals().get(0) + "'");
		}
		if (arguments.option("--json", null) != null) {
			throw new IllegalArgumentException("--run writes metrics.<split>.json; --json goes with GT.slp PR.slp");
		}
		if (arguments.flag("--cpu") && arguments.flag("--gpu")) {
			throw new IllegalArgumentException("choose one of --cpu and --gpu");
		}
	}

	static int run(Arguments arguments, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Path run = Path.of(arguments.option("--run", null));
		String outDir = arguments.option("--out", null);
		ComputeDevice device = arguments.flag("--cpu") ? ComputeDevice.CPU
				: arguments.flag("--gpu") ? ComputeDevice.GPU : ComputeDevice.AUTO;
		try {
			evaluate(run, outDir == null ? run : Path.of(outDir), device, out, monitor);
			return Command.OK;
		} catch (EvaluationException e) {
			err.println("myrmex eval: " + e.getMessage());
			return Command.FAILED;
		} catch (OperationCanceledException e) {
			err.println("myrmex eval: cancelled");
			return Command.CANCELLED;
		}
	}

	/**
	 * Evaluates a run folder, printing a line per split.
	 *
	 * @throws EvaluationException                                  naming the file at fault
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	static List<RunEvaluation.Split> evaluate(Path run, Path output, ComputeDevice device, PrintStream out,
			IProgressMonitor monitor) throws EvaluationException {
		List<RunEvaluation.Split> splits = RunEvaluation.evaluate(run, output,
				PredictionOptions.defaults().withDevice(device), monitor);
		for (RunEvaluation.Split split : splits) {
			out.println(line(split));
		}
		return splits;
	}

	/** @return e.g. {@code val: OKS mAP 0.7505, mAR 0.7500, dist p50 1.02 px, p95 1.77 px (1 frame) → FILE} */
	static String line(RunEvaluation.Split split) {
		Metrics m = split.evaluation().metrics();
		return String.format(Locale.ROOT, "%s: OKS mAP %s, mAR %s, dist p50 %s px, p95 %s px (%d frame%s) -> %s",
				split.split(), f(m.oksVoc().mAP(), 4), f(m.oksVoc().mAR(), 4), f(m.distance().p50(), 2),
				f(m.distance().p95(), 2), m.framePairs(), m.framePairs() == 1 ? "" : "s", split.metrics());
	}

	private static String f(double value, int digits) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", value);
	}
}
