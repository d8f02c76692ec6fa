// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.analysis.eval.Evaluation;
import org.myrmex.analysis.eval.EvaluationException;
import org.myrmex.analysis.eval.EvaluationReport;
import org.myrmex.analysis.eval.MetricsJson;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;

/** {@code myrmex eval GT.slp PR.slp [--json OUT]}: SLEAP's evaluation metrics of predictions against ground truth. */
public final class EvalCommand implements Command {

	@Override
	public String name() {
		return "eval";
	}

	@Override
	public String summary() {
		return "evaluate predictions against ground truth with SLEAP's metrics (OKS/PCK mAP, distances)";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex eval GT.slp PR.slp [--json OUT]
				       myrmex eval --run RUN_DIR [--out DIR] [--cpu|--gpu]

				Evaluates the predictions in PR.slp against the user instances of GT.slp as SLEAP's evaluator
				does: each user-labelled frame of GT.slp that has a frame in PR.slp is paired with it, its
				predictions are matched greedily by OKS (highest score first), then prints OKS and PCK mAP/mAR
				(VOC-style, over OKS thresholds 0.50:0.05:0.95), distance percentiles (p50 … p99, pixels) and
				visibility precision/recall, overall and per node. Nodes are paired by name; the two files must
				have the same node names and videos.
				  --json OUT   also write the metrics, under SLEAP's names (oks_voc.mAP, dist.p95 …), to OUT

				With --run, evaluates a training run folder as training does at its end: its model predicts
				the labelled frames of each split (labels_gt.train/val/test.slp) into labels_pr.<split>.slp
				and the metrics go to metrics.<split>.json and, as SLEAP writes them, metrics.<split>.npz
				(a centred-instance model predicts at the
				ground-truth centroids, as SLEAP evaluates it).
				  --out DIR    write those files to DIR instead of the run folder
				  --cpu, --gpu run TensorFlow on the CPU only, or on a CUDA GPU (default: a GPU if any)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Arguments arguments;
		try {
			arguments = new Arguments(args, List.of("--json", "--run", "--out"), List.of("--cpu", "--gpu"));
			if (arguments.option("--run", null) != null) {
				RunEvalCommand.check(arguments);
			} else if (arguments.option("--out", null) != null || arguments.flag("--cpu") || arguments.flag("--gpu")) {
				throw new IllegalArgumentException("--out, --cpu and --gpu go with --run RUN_DIR");
			} else if (arguments.positionals().size() != 2) {
				throw new IllegalArgumentException("eval takes two files, GT.slp and PR.slp");
			}
		} catch (IllegalArgumentException e) {
			err.println("myrmex eval: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		if (arguments.option("--run", null) != null) {
			return RunEvalCommand.run(arguments, out, err, monitor);
		}
		Path truthFile = Path.of(arguments.positionals().get(0));
		Path predictionsFile = Path.of(arguments.positionals().get(1));
		String json = arguments.option("--json", null);
		Path jsonFile = json == null ? null : Path.of(json);
		if (jsonFile != null && (sameFile(jsonFile, truthFile) || sameFile(jsonFile, predictionsFile))) {
			err.println("myrmex eval: --json " + jsonFile + " would overwrite an input file");
			return USAGE;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Evaluating", 3);
		Evaluation evaluation;
		try {
			Labels truth = LabelsFiles.load(truthFile, progress.split(1));
			Labels predictions = LabelsFiles.load(predictionsFile, progress.split(1));
			evaluation = Evaluation.of(truth, truthFile.toString(), predictions, predictionsFile.toString());
		} catch (LabelsFileException | EvaluationException e) {
			err.println("myrmex eval: " + e.getMessage());
			return FAILED;
		}
		if (jsonFile != null) {
			try {
				MetricsJson.write(evaluation, jsonFile);
			} catch (IOException e) {
				err.println("myrmex eval: cannot write " + jsonFile + ": " + e.getMessage());
				return FAILED;
			}
		}
		out.print(EvaluationReport.text(evaluation));
		if (jsonFile != null) {
			out.println("Wrote " + jsonFile);
		}
		return OK;
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
					|| Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
		} catch (IOException e) {
			return false;
		}
	}
}
